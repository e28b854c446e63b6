export interface OutboxEventsTable {
  id: string;
  type: string;
  entityType: string;
  entityId: string;
  customerId: string | null;
  payload: string;
  occurredAt: number;
  dispatchedAt: number | null;
  attempts: number;
  nextAttemptAt: number;
  claimedUntil: number | null;
  lastError: string | null;
}

export interface OutboxTables {
  outboxEvents: OutboxEventsTable;
}
