export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'dead';

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  /** JSON array of event types; `*` means every type the owner may see. */
  eventTypes: string;
  description: string | null;
  /** Kept in clear: the sender needs it to sign. Shown once at creation, never listed. */
  secret: string;
  active: number;
  customerId: string | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookDeliveriesTable {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  customerId: string | null;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
  claimedUntil: number | null;
  deliveredAt: number | null;
  createdAt: number;
}

export interface WebhookAttemptsTable {
  id: string;
  deliveryId: string;
  at: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookTables {
  webhookSubscriptions: WebhookSubscriptionsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookAttempts: WebhookAttemptsTable;
}
