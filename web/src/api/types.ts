/** Types of the Rigline HTTP API (JSON, camelCase; instants are epoch milliseconds). */

export const ROLES = [
  'admin',
  'planner',
  'production',
  'buyer',
  'trade',
  'sales',
  'logistics',
  'technician',
  'customer',
] as const;

export type Role = (typeof ROLES)[number];

export type EpochMillis = number;

export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  customerId: string | null;
  kind: 'user' | 'site';
  csrfToken: string | null;
}

export interface LoginResponse {
  user: Me;
  csrfToken: string;
}

export interface HomeCount {
  key: string;
  label: string;
  value: number;
  section: string | null;
  path: string | null;
}

export interface HomeResponse {
  counts: HomeCount[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ItemList<T> {
  items: T[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  customerId: string | null;
  disabled: boolean;
  lockedUntil: EpochMillis | null;
  lastLoginAt: EpochMillis | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export type TokenScope = 'user' | 'site';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  userId: string | null;
  userEmail: string | null;
  siteId: string | null;
  createdAt: EpochMillis;
  expiresAt: EpochMillis | null;
  lastUsedAt: EpochMillis | null;
  revokedAt: EpochMillis | null;
}

export interface CreatedToken {
  token: ApiToken;
  secret: string;
}

export interface AuditEntry {
  id: string;
  at: EpochMillis;
  actorType: 'user' | 'site' | 'system';
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface EventType {
  type: string;
  description: string;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  active: boolean;
  customerId: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface CreatedSubscription {
  subscription: WebhookSubscription;
  secret: string;
}

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'dead'] as const;

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: EpochMillis | null;
  deliveredAt: EpochMillis | null;
  createdAt: EpochMillis;
}
