import type { Actor } from '../authz.js';
import { assertCustomerAccess, customerForWrite, customerScope } from '../authz.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../db/database.js';
import { invalid, notFound } from '../errors.js';
import type { DomainEvent, EventBus } from '../events/events.js';
import { newId, newSecret } from '../ids.js';
import type {
  DeliveryStatus,
  WebhookDeliveriesTable,
  WebhookSubscriptionsTable,
  WebhookTables,
} from './webhook.tables.js';

export const PING_EVENT = 'webhook.ping';
export const ALL_EVENTS = '*';

export interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  active: boolean;
  customerId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface Delivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
  deliveredAt: number | null;
  createdAt: number;
}

export interface SubscriptionInput {
  url: string;
  eventTypes: string[];
  description?: string | null | undefined;
}

export interface SubscriptionChanges {
  url?: string | undefined;
  eventTypes?: string[] | undefined;
  description?: string | null | undefined;
  active?: boolean | undefined;
}

export const subscriptionNotFound = () =>
  notFound('WEBHOOK_SUBSCRIPTION_NOT_FOUND', 'No such webhook subscription.');

function presentSubscription(row: WebhookSubscriptionsTable): Subscription {
  return {
    id: row.id,
    url: row.url,
    eventTypes: JSON.parse(row.eventTypes) as string[],
    description: row.description,
    active: row.active === 1,
    customerId: row.customerId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function presentDelivery(row: WebhookDeliveriesTable): Delivery {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
  };
}

/** The body a receiver gets; identical on every retry so receivers can dedupe by `id`. */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    entityType: event.entityType,
    entityId: event.entityId,
    customerId: event.customerId,
    data: event.payload,
  });
}

export function createWebhookService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}) {
  const db = tablesOf<WebhookTables>(deps.db);

  function checkEventTypes(types: string[]): void {
    const unknown = types.filter((t) => t !== ALL_EVENTS && !deps.events.isDeclared(t));
    if (unknown.length) {
      throw invalid('WEBHOOK_UNKNOWN_EVENT_TYPE', `Unknown event types: ${unknown.join(', ')}.`, [
        { path: 'eventTypes', message: `unknown: ${unknown.join(', ')}` },
      ]);
    }
  }

  async function load(
    actor: Actor,
    id: string,
    trx: AnyDb = deps.db,
  ): Promise<WebhookSubscriptionsTable> {
    const row = await tablesOf<WebhookTables>(trx)
      .selectFrom('webhookSubscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw subscriptionNotFound();
    assertCustomerAccess(actor, row.customerId, subscriptionNotFound);
    return row;
  }

  return {
    async create(
      actor: Actor,
      input: SubscriptionInput,
    ): Promise<{ subscription: Subscription; secret: string }> {
      checkEventTypes(input.eventTypes);
      const now = deps.clock.now();
      const row: WebhookSubscriptionsTable = {
        id: newId(),
        url: input.url,
        eventTypes: JSON.stringify([...new Set(input.eventTypes)]),
        description: input.description ?? null,
        secret: `whsec_${newSecret()}`,
        active: 1,
        customerId: customerForWrite(actor, null),
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      };
      const subscription = presentSubscription(row);
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<WebhookTables>(trx).insertInto('webhookSubscriptions').values(row).execute();
        await deps.audit.record(trx, actor, {
          action: 'webhook.subscription.create',
          entityType: 'webhook_subscription',
          entityId: row.id,
          after: subscription,
          customerId: row.customerId,
        });
      });
      return { subscription, secret: row.secret };
    },

    async list(actor: Actor): Promise<Subscription[]> {
      const scope = customerScope(actor);
      let q = db.selectFrom('webhookSubscriptions').selectAll();
      if (scope !== null) q = q.where('customerId', '=', scope);
      return (await q.orderBy('id', 'desc').execute()).map(presentSubscription);
    },

    async update(actor: Actor, id: string, changes: SubscriptionChanges): Promise<Subscription> {
      if (changes.eventTypes) checkEventTypes(changes.eventTypes);
      return inTransaction(deps.db, async (trx) => {
        const current = await load(actor, id, trx);
        const set: Partial<WebhookSubscriptionsTable> = { updatedAt: deps.clock.now() };
        if (changes.url !== undefined) set.url = changes.url;
        if (changes.eventTypes !== undefined)
          set.eventTypes = JSON.stringify([...new Set(changes.eventTypes)]);
        if (changes.description !== undefined) set.description = changes.description;
        if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
        await tablesOf<WebhookTables>(trx)
          .updateTable('webhookSubscriptions')
          .set(set)
          .where('id', '=', id)
          .execute();
        const after = presentSubscription({ ...current, ...set });
        await deps.audit.record(trx, actor, {
          action: 'webhook.subscription.update',
          entityType: 'webhook_subscription',
          entityId: id,
          before: presentSubscription(current),
          after,
          customerId: current.customerId,
        });
        return after;
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(deps.db, async (trx) => {
        const current = await load(actor, id, trx);
        await tablesOf<WebhookTables>(trx)
          .deleteFrom('webhookSubscriptions')
          .where('id', '=', id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'webhook.subscription.delete',
          entityType: 'webhook_subscription',
          entityId: id,
          before: presentSubscription(current),
          customerId: current.customerId,
        });
      });
    },

    /** Emit a ping event addressed to this one subscription. */
    async sendTest(actor: Actor, id: string): Promise<string> {
      return inTransaction(deps.db, async (trx) => {
        const sub = await load(actor, id, trx);
        return deps.events.emit(trx, {
          type: PING_EVENT,
          entityType: 'webhook_subscription',
          entityId: id,
          customerId: sub.customerId,
          payload: { subscriptionId: id, message: 'Test delivery from Rigline' },
        });
      });
    },

    async deliveries(
      actor: Actor,
      filter: {
        subscriptionId?: string | undefined;
        status?: DeliveryStatus | undefined;
        cursor?: string | undefined;
        limit: number;
      },
    ): Promise<{ items: Delivery[]; nextCursor: string | null }> {
      const scope = customerScope(actor);
      let q = db.selectFrom('webhookDeliveries').selectAll();
      if (scope !== null) q = q.where('customerId', '=', scope);
      if (filter.subscriptionId) q = q.where('subscriptionId', '=', filter.subscriptionId);
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.cursor) q = q.where('id', '<', filter.cursor);
      const rows = await q
        .orderBy('id', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const page = rows.slice(0, filter.limit);
      return {
        items: page.map(presentDelivery),
        nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    /**
     * Outbox subscriber: one delivery row per matching active subscription. Idempotent (unique
     * subscription+event), so a re-dispatched event never delivers twice.
     */
    async fanOut(event: DomainEvent): Promise<void> {
      const subs = await db
        .selectFrom('webhookSubscriptions')
        .selectAll()
        .where('active', '=', 1)
        .execute();
      const now = deps.clock.now();
      const matching = subs.filter((sub) => {
        if (event.type === PING_EVENT) return sub.id === event.payload.subscriptionId;
        // A subscription hears what happens from its creation on, not the backlog before it.
        if (event.occurredAt < sub.createdAt) return false;
        // A customer's subscription hears only events of its own account.
        if (sub.customerId !== null && sub.customerId !== event.customerId) return false;
        const types = JSON.parse(sub.eventTypes) as string[];
        return types.includes(ALL_EVENTS) || types.includes(event.type);
      });
      if (matching.length === 0) return;
      const body = webhookBody(event);
      await db
        .insertInto('webhookDeliveries')
        .values(
          matching.map((sub) => ({
            id: newId(),
            subscriptionId: sub.id,
            eventId: event.id,
            eventType: event.type,
            customerId: sub.customerId,
            body,
            status: 'pending' as const,
            attempts: 0,
            lastStatusCode: null,
            lastError: null,
            nextAttemptAt: now,
            claimedUntil: null,
            deliveredAt: null,
            createdAt: now,
          })),
        )
        .onConflict((oc) => oc.columns(['subscriptionId', 'eventId']).doNothing())
        .execute();
    },

    async countFailing(actor: Actor): Promise<number> {
      const scope = customerScope(actor);
      let q = db
        .selectFrom('webhookDeliveries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['failed', 'dead']);
      if (scope !== null) q = q.where('customerId', '=', scope);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
