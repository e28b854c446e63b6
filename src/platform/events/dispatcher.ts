import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import { tablesOf, type AnyDb } from '../db/database.js';
import type { DomainEvent, EventBus } from './events.js';
import type { OutboxEventsTable, OutboxTables } from './outbox.tables.js';

export type Subscriber = (event: DomainEvent) => Promise<void>;

export interface DispatcherOptions {
  pollMs?: number;
  batchSize?: number;
  maxBackoffMs?: number;
  /** How long a claimed event is reserved for this process before another may take it. */
  claimMs?: number;
}

/**
 * Delivers outbox events to in-process subscribers at least once: an event is marked dispatched
 * only after every subscriber succeeded; a failure retries the event later with backoff.
 * Subscribers must therefore be idempotent. Several processes may run a dispatcher: an event is
 * claimed with a conditional update before it is handled.
 */
export function createDispatcher(
  deps: { db: AnyDb; clock: Clock; bus: EventBus; logger: Logger },
  options: DispatcherOptions = {},
) {
  const pollMs = options.pollMs ?? 1000;
  const batchSize = options.batchSize ?? 100;
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
  const claimMs = options.claimMs ?? 30_000;
  const subscribers = new Map<string, Subscriber>();
  const db = tablesOf<OutboxTables>(deps.db);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = true;

  async function claim(row: OutboxEventsTable): Promise<boolean> {
    const now = deps.clock.now();
    // Re-check what was read: another dispatcher may have handled or rescheduled it meanwhile.
    const result = await db
      .updateTable('outboxEvents')
      .set({ claimedUntil: now + claimMs })
      .where('id', '=', row.id)
      .where('dispatchedAt', 'is', null)
      .where('attempts', '=', row.attempts)
      .where('nextAttemptAt', '<=', now)
      .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async function handle(row: OutboxEventsTable): Promise<void> {
    const event: DomainEvent = {
      id: row.id,
      type: row.type,
      entityType: row.entityType,
      entityId: row.entityId,
      customerId: row.customerId,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      occurredAt: row.occurredAt,
    };
    try {
      for (const subscriber of subscribers.values()) await subscriber(event);
      await db
        .updateTable('outboxEvents')
        .set({ dispatchedAt: deps.clock.now(), claimedUntil: null, lastError: null })
        .where('id', '=', row.id)
        .execute();
    } catch (error) {
      const attempts = row.attempts + 1;
      const backoff = Math.min(maxBackoffMs, 1000 * 2 ** (attempts - 1));
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.warn(
        { eventId: row.id, type: row.type, attempts, err: message },
        'event subscriber failed',
      );
      await db
        .updateTable('outboxEvents')
        .set({
          attempts,
          nextAttemptAt: deps.clock.now() + backoff,
          claimedUntil: null,
          lastError: message.slice(0, 1000),
        })
        .where('id', '=', row.id)
        .execute();
    }
  }

  /** Handle every due event once; returns how many were handled. */
  async function drainOnce(): Promise<number> {
    const now = deps.clock.now();
    const due = await db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('dispatchedAt', 'is', null)
      .where('nextAttemptAt', '<=', now)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    let handled = 0;
    for (const row of due) {
      if (!(await claim(row))) continue;
      await handle(row);
      handled += 1;
    }
    return handled;
  }

  function tick(): void {
    if (running) {
      again = true;
      return;
    }
    running = drainOnce()
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'event dispatch failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          tick();
        }
      });
  }

  return {
    subscribe(name: string, subscriber: Subscriber): void {
      subscribers.set(name, subscriber);
    },
    drainOnce,
    /** Handle due events until none are left (tests and CLI jobs). */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await drainOnce(); n > 0; n = await drainOnce()) total += n;
      return total;
    },
    start(): void {
      if (!stopped) return;
      stopped = false;
      deps.bus.setWakeUp(() => tick());
      timer = setInterval(tick, pollMs);
      timer.unref();
      tick();
    },
    async stop(): Promise<void> {
      stopped = true;
      deps.bus.setWakeUp(() => {});
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    async pendingCount(): Promise<number> {
      const row = await db
        .selectFrom('outboxEvents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('dispatchedAt', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
