import type { AppError } from './errors.js';
import { forbidden } from './errors.js';

/**
 * Who is asking, and what they may do. Every service call receives an Actor; every route names
 * the roles it admits (see http/access.ts); services confine customer principals to their own
 * customer account with the tenancy guard below, on every read and write.
 */
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
export const STAFF_ROLES = ROLES.filter((r) => r !== 'customer') as Exclude<Role, 'customer'>[];

export type ActorType = 'user' | 'site' | 'system';

export interface Actor {
  readonly type: ActorType;
  /** User id, or the site id for a site collector; null for the system itself. */
  readonly id: string | null;
  /** Human-readable: the user's email, `site:<id>` or `system:<job>`. */
  readonly label: string;
  /** Display name: the user's name, or the label for sites and the system. */
  readonly name: string;
  readonly roles: readonly Role[];
  /** Set for customer users: the only customer account they may see. */
  readonly customerId: string | null;
  /** Set for site collectors: the only site they may write for. */
  readonly siteId: string | null;
  readonly requestId: string | null;
  /** The API token used, if any (a session-authenticated user has none). */
  readonly tokenId: string | null;
}

export function systemActor(job: string, requestId: string | null = null): Actor {
  return {
    type: 'system',
    id: null,
    label: `system:${job}`,
    name: `system:${job}`,
    roles: ['admin'],
    customerId: null,
    siteId: null,
    requestId,
    tokenId: null,
  };
}

export function isCustomerActor(actor: Actor): boolean {
  return actor.type === 'user' && actor.roles.includes('customer');
}

export function isStaffActor(actor: Actor): boolean {
  return actor.type === 'system' || (actor.type === 'user' && !actor.roles.includes('customer'));
}

/** Admins (and the system) pass every role check; others need one of `roles`. */
export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  if (actor.roles.includes('admin')) return true;
  return roles.some((r) => actor.roles.includes(r));
}

export function requireAnyRole(actor: Actor, roles: readonly Role[]): void {
  if (!hasAnyRole(actor, roles)) {
    throw forbidden('FORBIDDEN_ROLE', `This needs one of the roles: ${roles.join(', ')}.`);
  }
}

/**
 * The customer account an actor is confined to: null for staff (no restriction), the user's own
 * customer id for customer users. Site collectors read no customer data through this path.
 */
export function customerScope(actor: Actor): string | null {
  if (actor.type === 'site') {
    throw forbidden('FORBIDDEN_SITE_TOKEN', 'A site collector token cannot read this.');
  }
  if (!isCustomerActor(actor)) return null;
  if (!actor.customerId) {
    // A customer user without an account would otherwise see everything: refuse instead.
    throw forbidden('FORBIDDEN_NO_CUSTOMER', 'This customer user is not linked to an account.');
  }
  return actor.customerId;
}

/**
 * The tenancy guard for one record. A customer actor touching a record of another customer (or
 * of no customer) gets the caller's not-found error, so the record's existence does not leak.
 */
export function assertCustomerAccess(
  actor: Actor,
  ownerCustomerId: string | null,
  hidden: () => AppError,
): void {
  const scope = customerScope(actor);
  if (scope !== null && ownerCustomerId !== scope) throw hidden();
}

/**
 * The customer id a new record gets when `actor` creates it: customers always write into their
 * own account, whatever they asked for; staff may name any account (or none).
 */
export function customerForWrite(
  actor: Actor,
  requested: string | null | undefined,
): string | null {
  const scope = customerScope(actor);
  if (scope === null) return requested ?? null;
  if (requested != null && requested !== scope) {
    throw forbidden(
      'FORBIDDEN_OTHER_CUSTOMER',
      'A customer user can only act for its own account.',
    );
  }
  return scope;
}
