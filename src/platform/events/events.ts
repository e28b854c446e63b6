import type { Clock } from '../clock.js';
import { tablesOf, type AnyDb } from '../db/database.js';
import { newId } from '../ids.js';
import type { OutboxTables } from './outbox.tables.js';

/** What a module emits; written to the outbox in the transaction of the change it describes. */
export interface NewEvent {
  type: string;
  entityType: string;
  entityId: string;
  /** The customer account concerned: decides which customers' webhooks may receive it. */
  customerId?: string | null;
  payload: Record<string, unknown>;
}

export interface DomainEvent {
  id: string;
  type: string;
  entityType: string;
  entityId: string;
  customerId: string | null;
  payload: Record<string, unknown>;
  occurredAt: number;
}

export interface EventTypeInfo {
  type: string;
  description: string;
}

/**
 * The event bus. Event types are declared before use so a misspelt type fails loudly at emit
 * time instead of silently reaching no subscriber.
 */
export function createEventBus(deps: { clock: Clock }) {
  const types = new Map<string, EventTypeInfo>();
  let onEmitted: () => void = () => {};

  return {
    declare(...infos: EventTypeInfo[]): void {
      for (const info of infos) types.set(info.type, info);
    },
    types(): EventTypeInfo[] {
      return [...types.values()].sort((a, b) => a.type.localeCompare(b.type));
    },
    isDeclared(type: string): boolean {
      return types.has(type);
    },
    /** Insert into the outbox with the caller's transaction; returns the event id. */
    async emit(trx: AnyDb, event: NewEvent): Promise<string> {
      if (!types.has(event.type)) throw new Error(`Undeclared event type "${event.type}"`);
      const id = newId();
      const now = deps.clock.now();
      await tablesOf<OutboxTables>(trx)
        .insertInto('outboxEvents')
        .values({
          id,
          type: event.type,
          entityType: event.entityType,
          entityId: event.entityId,
          customerId: event.customerId ?? null,
          payload: JSON.stringify(event.payload),
          occurredAt: now,
          dispatchedAt: null,
          attempts: 0,
          nextAttemptAt: now,
          claimedUntil: null,
          lastError: null,
        })
        .execute();
      // Wake the dispatcher soon; it reads only committed rows, so an early wake is harmless.
      queueMicrotask(onEmitted);
      return id;
    },
    /** The dispatcher registers itself here to hear of new events without waiting a poll. */
    setWakeUp(fn: () => void): void {
      onEmitted = fn;
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
