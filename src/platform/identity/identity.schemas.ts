import { z } from 'zod';
import { ROLES } from '../authz.js';
import { cursorQuery, epochMs, limitQuery } from '../http/schemas.js';

export const roleSchema = z.enum(ROLES);
const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const password = z.string().min(1).max(200);
const customerId = z.string().trim().min(1).max(100);

export const meSchema = z
  .object({
    id: z.string().nullable(),
    email: z.string().nullable(),
    name: z.string(),
    roles: z.array(roleSchema),
    customerId: z.string().nullable(),
    siteId: z.string().nullable(),
    kind: z.enum(['user', 'site', 'system']),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(roleSchema),
    customerId: z.string().nullable(),
    disabled: z.boolean(),
    lockedUntil: epochMs.nullable(),
    lastLoginAt: epochMs.nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'User' });

export const loginBody = z.strictObject({ email: z.string().trim().min(1).max(254), password });
export const loginResponse = z.object({ user: meSchema, csrfToken: z.string() });

export const createUserBody = z.strictObject({
  email,
  name: z.string().trim().min(1).max(200),
  roles: z.array(roleSchema).min(1).max(ROLES.length),
  customerId: customerId.nullable().optional(),
  password,
});

export const updateUserBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  roles: z.array(roleSchema).min(1).max(ROLES.length).optional(),
  customerId: customerId.nullable().optional(),
  disabled: z.boolean().optional(),
});

export const passwordBody = z.strictObject({ password });

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  customerId: customerId.optional(),
  limit: limitQuery,
  cursor: cursorQuery,
});

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    scope: z.enum(['user', 'site']),
    userId: z.string().nullable(),
    userEmail: z.string().nullable(),
    siteId: z.string().nullable(),
    createdAt: epochMs,
    expiresAt: epochMs.nullable(),
    lastUsedAt: epochMs.nullable(),
    revokedAt: epochMs.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['user', 'site']).default('user'),
  userId: z.string().min(1).max(100).optional(),
  siteId: z.string().trim().min(1).max(100).optional(),
  /** 0 = never expires (admins should prefer an expiry). */
  expiresInDays: z.number().int().min(0).max(3650).optional(),
});
