import type { Logger } from 'pino';
import { systemActor } from '../platform/authz.js';
import type { DomainEvent } from '../platform/events/events.js';
import type { PromiseService } from '../modules/sales/index.js';

/** Changes after which yesterday's promises may be wrong. */
export const REPROMISE_ON = new Set([
  'sales.order.confirmed',
  'sales.order.cancelled',
  'sales.source.changed',
  'sales.promise.settings_changed',
  'trade.tariff_row.changed',
  'production.build_plan.changed',
  // A hold changes what the lane's record teaches about customs risk.
  'logistics.hold.opened',
  'logistics.hold.ended',
]);

/**
 * Re-promises the open book when an order, a lane, a tariff or the build plan changes. Events
 * arriving close together are coalesced into one run (a plan edit saves many cells at once), and
 * a change during a run is answered by one more run after it. The run itself is not the event's
 * delivery: a run that fails is logged and the next change tries again.
 */
export function rePromiseOnChange(deps: {
  promises: Pick<PromiseService, 'run'>;
  logger: Logger;
  quietMs?: number;
}) {
  const quietMs = deps.quietMs ?? 2_000;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function runNow() {
    timer = null;
    if (running || pending.size === 0) return;
    const trigger = [...pending].sort().join(', ').slice(0, 200);
    pending.clear();
    running = deps.promises
      .run(systemActor('re-promise'), { trigger })
      .then((r) => deps.logger.info({ trigger, lines: r.lines.length }, 're-promised'))
      .catch((error: unknown) => deps.logger.warn({ err: error, trigger }, 're-promise failed'))
      .finally(() => {
        running = null;
        if (pending.size) schedule();
      });
    await running;
  }

  function schedule() {
    timer ??= setTimeout(() => void runNow(), quietMs);
    timer.unref?.();
  }

  return {
    async onEvent(event: DomainEvent) {
      if (!REPROMISE_ON.has(event.type)) return;
      pending.add(event.type.replace(/^[a-z]+\./, '').replace(/[._]/g, ' '));
      schedule();
    },
    /** Forgets what is pending (shutdown). */
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
    },
    /** Runs what is pending now. */
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
      await runNow();
    },
  };
}
