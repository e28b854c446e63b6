import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import { tablesOf, type AnyDb } from '../db/database.js';
import { newId } from '../ids.js';
import { guardedLookup, refuseLiteralDestination } from './destination.js';
import { postJson } from './post.js';
import { SIGNATURE_HEADER, signPayload } from './signature.js';
import type { WebhookDeliveriesTable, WebhookTables } from './webhook.tables.js';

export interface SenderOptions {
  allowPrivateDestinations: boolean;
  maxAttempts?: number;
  timeoutMs?: number;
  pollMs?: number;
  /** First retry delay; each next one doubles, capped at `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Posts pending deliveries to their subscribers, signed, with retries and exponential backoff;
 * after `maxAttempts` a delivery is `dead` (kept, visible to its owner and to admins).
 */
export function createWebhookSender(
  deps: { db: AnyDb; clock: Clock; logger: Logger },
  options: SenderOptions,
) {
  const maxAttempts = options.maxAttempts ?? 8;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const baseBackoffMs = options.baseBackoffMs ?? 5_000;
  const maxBackoffMs = options.maxBackoffMs ?? 6 * 3600_000;
  const db = tablesOf<WebhookTables>(deps.db);
  const lookup = guardedLookup(options.allowPrivateDestinations);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function attempt(delivery: WebhookDeliveriesTable, url: string, secret: string) {
    const started = Date.now();
    try {
      const refused = refuseLiteralDestination(url, options.allowPrivateDestinations);
      if (refused) return { statusCode: null, error: refused, durationMs: 0 };
      const at = deps.clock.now();
      const status = await postJson(
        url,
        {
          'content-type': 'application/json',
          'user-agent': 'Rigline-Webhooks/1',
          'rigline-event-id': delivery.eventId,
          'rigline-event-type': delivery.eventType,
          'rigline-delivery-id': delivery.id,
          [SIGNATURE_HEADER]: signPayload(secret, delivery.body, at),
        },
        delivery.body,
        { timeoutMs, lookup },
      );
      const ok = status >= 200 && status < 300;
      return {
        statusCode: status,
        error: ok ? null : `HTTP ${status}`,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const message =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      return { statusCode: null, error: message.slice(0, 500), durationMs: Date.now() - started };
    }
  }

  async function deliver(delivery: WebhookDeliveriesTable): Promise<void> {
    const sub = await db
      .selectFrom('webhookSubscriptions')
      .select(['url', 'secret', 'active'])
      .where('id', '=', delivery.subscriptionId)
      .executeTakeFirst();
    if (!sub) return; // deleted meanwhile: its deliveries went with it
    if (sub.active !== 1) {
      // Switched off (perhaps because the endpoint is compromised): send nothing more.
      await db
        .updateTable('webhookDeliveries')
        .set({
          status: 'dead',
          lastError: 'subscription is inactive',
          nextAttemptAt: null,
          claimedUntil: null,
        })
        .where('id', '=', delivery.id)
        .execute();
      return;
    }
    const result = await attempt(delivery, sub.url, sub.secret);
    const now = deps.clock.now();
    const attempts = delivery.attempts + 1;
    const succeeded = result.error === null;
    const dead = !succeeded && attempts >= maxAttempts;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhookAttempts')
        .values({
          id: newId(),
          deliveryId: delivery.id,
          at: now,
          statusCode: result.statusCode,
          error: result.error,
          durationMs: result.durationMs,
        })
        .execute();
      await trx
        .updateTable('webhookDeliveries')
        .set({
          attempts,
          status: succeeded ? 'succeeded' : dead ? 'dead' : 'failed',
          lastStatusCode: result.statusCode,
          lastError: result.error,
          deliveredAt: succeeded ? now : null,
          nextAttemptAt:
            succeeded || dead
              ? null
              : now + Math.min(maxBackoffMs, baseBackoffMs * 2 ** (attempts - 1)),
          claimedUntil: null,
        })
        .where('id', '=', delivery.id)
        .execute();
    });
    if (!succeeded) {
      deps.logger.warn(
        { deliveryId: delivery.id, attempts, dead, err: result.error },
        'webhook delivery failed',
      );
    }
  }

  /** Attempt every due delivery once (concurrently, a bounded batch); returns how many. */
  async function sendDue(limit = 50): Promise<number> {
    const now = deps.clock.now();
    const due = await db
      .selectFrom('webhookDeliveries')
      .selectAll()
      .where('status', 'in', ['pending', 'failed'])
      .where('nextAttemptAt', '<=', now)
      .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
      .orderBy('nextAttemptAt')
      .limit(limit)
      .execute();
    const claimed: WebhookDeliveriesTable[] = [];
    for (const d of due) {
      const at = deps.clock.now();
      // The claim re-checks what was read: another sender may have sent it meanwhile.
      const res = await db
        .updateTable('webhookDeliveries')
        .set({ claimedUntil: at + timeoutMs * 2 })
        .where('id', '=', d.id)
        .where('status', '=', d.status)
        .where('attempts', '=', d.attempts)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', at)]))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 1) claimed.push(d);
    }
    await Promise.all(claimed.map(deliver));
    return claimed.length;
  }

  function tick(): void {
    // Background sending only once started: CLI jobs and tests drive `sendDue` themselves.
    if (running || !timer) return;
    running = sendDue()
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'webhook sender failed');
        return 0;
      })
      .finally(() => {
        running = null;
      });
  }

  return {
    sendDue,
    start(): void {
      if (timer) return;
      timer = setInterval(tick, options.pollMs ?? 1000);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    nudge: tick,
  };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;
