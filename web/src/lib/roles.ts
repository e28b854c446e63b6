import { ROLES, type Role } from '../api/types';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  planner: 'Planner',
  production: 'Production',
  buyer: 'Buyer',
  trade: 'Trade',
  sales: 'Sales',
  logistics: 'Logistics',
  technician: 'Technician',
  customer: 'Customer',
};

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasRole(roles: readonly string[], role: Role): boolean {
  return roles.includes(role);
}

/** The server's rule: admins pass every role check; others need one of `wanted`. */
export function hasAnyRole(roles: readonly string[], wanted: readonly Role[]): boolean {
  return roles.includes('admin') || wanted.some((role) => roles.includes(role));
}
