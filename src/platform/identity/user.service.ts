import type { Actor, Role } from '../authz.js';
import { requireAnyRole } from '../authz.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import { inTransaction, isUniqueViolation, tablesOf, type AnyDb } from '../db/database.js';
import { conflict, invalid, notFound } from '../errors.js';
import type { EventBus } from '../events/events.js';
import { newId } from '../ids.js';
import type { IdentityTables } from './identity.tables.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
import { createUserRepo, publicUser, type User, type UserListFilter } from './user.repo.js';

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  customerId?: string | null | undefined;
  password: string;
}

export interface UserChanges {
  name?: string | undefined;
  roles?: Role[] | undefined;
  customerId?: string | null | undefined;
  disabled?: boolean | undefined;
}

export const userNotFound = () => notFound('USER_NOT_FOUND', 'No such user.');

/** A customer user belongs to exactly one account and holds no staff role; staff have no account. */
function checkRolesAndAccount(roles: readonly Role[], customerId: string | null): void {
  if (roles.length === 0) {
    throw invalid('USER_ROLES_REQUIRED', 'A user needs at least one role.', [
      { path: 'roles', message: 'at least one role' },
    ]);
  }
  if (roles.includes('customer')) {
    if (roles.length > 1) {
      throw invalid(
        'USER_CUSTOMER_ROLE_ALONE',
        'The customer role cannot be combined with staff roles.',
        [{ path: 'roles', message: 'customer stands alone' }],
      );
    }
    if (!customerId) {
      throw invalid('USER_CUSTOMER_ID_REQUIRED', 'A customer user needs a customer account id.', [
        { path: 'customerId', message: 'required for the customer role' },
      ]);
    }
  } else if (customerId) {
    throw invalid('USER_CUSTOMER_ID_STAFF', 'Only customer users belong to a customer account.', [
      { path: 'customerId', message: 'only for the customer role' },
    ]);
  }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((r) => set.has(r));
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid(
      'USER_PASSWORD_TOO_SHORT',
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      [{ path: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters` }],
    );
  }
}

export function createUserService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  /** Told when a user's access changes, so cached tokens re-read it. */
  onAccessChanged?: (userId: string) => void;
}) {
  const repo = createUserRepo(deps.db);

  return {
    async create(actor: Actor, input: NewUser): Promise<User> {
      requireAnyRole(actor, ['admin']);
      const customerId = input.customerId ?? null;
      checkRolesAndAccount(input.roles, customerId);
      checkPassword(input.password);
      const now = deps.clock.now();
      const row = {
        id: newId(),
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        passwordHash: await hashPassword(input.password),
        roles: JSON.stringify([...new Set(input.roles)]),
        customerId,
        disabledAt: null,
        lastLoginAt: null,
        createdAt: now,
        updatedAt: now,
      };
      try {
        return await inTransaction(deps.db, async (trx) => {
          const txRepo = createUserRepo(trx);
          await txRepo.insert(row);
          const user = publicUser((await txRepo.findById(row.id))!);
          await deps.audit.record(trx, actor, {
            action: 'user.create',
            entityType: 'user',
            entityId: user.id,
            after: user,
            customerId,
          });
          await deps.events.emit(trx, {
            type: 'user.created',
            entityType: 'user',
            entityId: user.id,
            customerId,
            payload: { id: user.id, email: user.email, roles: user.roles },
          });
          return user;
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw conflict('USER_EMAIL_TAKEN', `A user with email ${row.email} already exists.`);
        }
        throw error;
      }
    },

    async get(actor: Actor, id: string): Promise<User> {
      if (actor.id !== id) requireAnyRole(actor, ['admin']);
      const user = await repo.findById(id);
      if (!user) throw userNotFound();
      return publicUser(user);
    },

    async list(actor: Actor, filter: UserListFilter) {
      requireAnyRole(actor, ['admin']);
      return repo.list(filter);
    },

    async update(actor: Actor, id: string, changes: UserChanges): Promise<User> {
      requireAnyRole(actor, ['admin']);
      const updated = await inTransaction(deps.db, async (trx) => {
        const txRepo = createUserRepo(trx);
        // Locked (on PostgreSQL) so two admins editing one user cannot undo each other.
        const current = await txRepo.findByIdForUpdate(id);
        if (!current) throw userNotFound();
        const roles = changes.roles ?? current.roles;
        const customerId =
          changes.customerId !== undefined ? changes.customerId : current.customerId;
        checkRolesAndAccount(roles, customerId);
        if (actor.id === id && changes.disabled) {
          throw invalid('USER_CANNOT_DISABLE_SELF', 'You cannot disable your own account.');
        }
        if (actor.id === id && current.roles.includes('admin') && !roles.includes('admin')) {
          throw invalid('USER_CANNOT_DROP_OWN_ADMIN', 'You cannot remove your own admin role.');
        }
        const now = deps.clock.now();
        const rolesChanged = !sameRoles(roles, current.roles);
        const disabling = changes.disabled === true && !current.disabled;
        // Only what changed is written: an edit of the name leaves the disabled date alone.
        await txRepo.update(id, {
          ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
          ...(rolesChanged ? { roles: JSON.stringify([...new Set(roles)]) } : {}),
          ...(changes.customerId !== undefined ? { customerId } : {}),
          ...(changes.disabled !== undefined && changes.disabled !== current.disabled
            ? { disabledAt: changes.disabled ? now : null }
            : {}),
          updatedAt: now,
        });
        if (disabling || rolesChanged || customerId !== current.customerId) {
          // Access changed: end live sessions so the new rights apply at once.
          await tablesOf<IdentityTables>(trx)
            .deleteFrom('sessions')
            .where('userId', '=', id)
            .execute();
        }
        const after = publicUser((await txRepo.findById(id))!);
        await deps.audit.record(trx, actor, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          before: publicUser(current),
          after,
          customerId: after.customerId,
        });
        await deps.events.emit(trx, {
          type: 'user.updated',
          entityType: 'user',
          entityId: id,
          customerId: after.customerId,
          payload: { id, email: after.email, roles: after.roles, disabled: after.disabled },
        });
        return after;
      });
      // After commit: a request racing the transaction must not re-cache the old access.
      deps.onAccessChanged?.(id);
      return updated;
    },

    async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
      requireAnyRole(actor, ['admin']);
      checkPassword(password);
      const passwordHash = await hashPassword(password);
      await inTransaction(deps.db, async (trx) => {
        const txRepo = createUserRepo(trx);
        const current = await txRepo.findById(id);
        if (!current) throw userNotFound();
        await txRepo.update(id, {
          passwordHash,
          updatedAt: deps.clock.now(),
        });
        // A reset also lifts any sign-in lockout of this email.
        await tablesOf<IdentityTables>(trx)
          .deleteFrom('loginThrottle')
          .where('email', '=', current.email)
          .execute();
        await tablesOf<IdentityTables>(trx)
          .deleteFrom('sessions')
          .where('userId', '=', id)
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'user.reset_password',
          entityType: 'user',
          entityId: id,
          customerId: current.customerId,
        });
      });
    },

    count: () => repo.count(),
    findByEmail: (email: string) => repo.findByEmail(email),
  };
}

export type UserService = ReturnType<typeof createUserService>;
