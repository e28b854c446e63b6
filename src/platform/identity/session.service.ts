import { createHash } from 'node:crypto';
import type { Actor } from '../authz.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../db/database.js';
import { preparedQuery } from '../db/prepared.js';
import { AppError, unauthenticated } from '../errors.js';
import { newSecret } from '../ids.js';
import type { IdentityTables } from './identity.tables.js';
import { decoyHash, verifyPassword } from './password.js';
import { actorOfUser } from './principal.js';
import { createLoginThrottle } from './login-throttle.js';
import { createUserRepo, publicUser, type User, type UserRecord } from './user.repo.js';

export interface SessionPolicy {
  ttlHours: number;
  maxFailures: number;
  lockoutMinutes: number;
}

export interface LoginResult {
  user: User;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: number;
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

const TOUCH_EVERY_MS = 5 * 60_000;

export const hashToken = (value: string) => createHash('sha256').update(value).digest('hex');

const badCredentials = () =>
  unauthenticated('AUTH_INVALID_CREDENTIALS', 'Email or password is incorrect.');

export function createSessionService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  policy: SessionPolicy;
}) {
  const db = tablesOf<IdentityTables>(deps.db);
  // Every request of a signed-in browser resolves its session: compiled once.
  const sessionById = preparedQuery(deps.db, (a: { id: string }) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select([
        'sessions.id as sessionId',
        'sessions.csrfToken',
        'sessions.expiresAt',
        'sessions.lastSeenAt',
        'users.id',
        'users.email',
        'users.name',
        'users.roles',
        'users.customerId',
        'users.disabledAt',
      ])
      .where('sessions.id', '=', a.id),
  );
  const users = createUserRepo(deps.db);

  const throttle = createLoginThrottle(deps.db, deps.policy);

  /** Count a failed sign-in for this email and address; audit a lockout of a real account. */
  async function recordFailure(
    email: string,
    ip: string,
    user: UserRecord | undefined,
    requestId: string | null,
  ) {
    await inTransaction(deps.db, async (trx) => {
      const lockedUntil = await throttle.fail(trx, email, ip, deps.clock.now());
      if (lockedUntil === null || !user) return;
      await deps.audit.record(trx, actorOfUser(user, requestId), {
        action: 'auth.lockout',
        entityType: 'user',
        entityId: user.id,
        after: { lockedUntil, ip },
        customerId: user.customerId,
      });
    });
  }

  return {
    async login(
      email: string,
      password: string,
      meta: { ip: string | null; userAgent: string | null; requestId: string | null },
    ): Promise<LoginResult> {
      const now = deps.clock.now();
      const ip = meta.ip ?? 'unknown';
      const lockedUntil = await throttle.lockedUntil(email, ip, now);
      if (lockedUntil !== null) {
        throw new AppError(
          'rate_limited',
          'AUTH_LOCKED',
          'Too many failed sign-ins. Try again later.',
          {
            retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000),
          },
        );
      }
      const user = await users.findByEmail(email.trim());
      // Unknown emails cost the same time as real ones, so timing does not reveal which exist.
      const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !ok || user.disabled) {
        if (!ok || !user) await recordFailure(email, ip, user, meta.requestId);
        throw badCredentials();
      }
      const sessionToken = newSecret();
      const csrfToken = newSecret();
      const expiresAt = now + deps.policy.ttlHours * 3600_000;
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<IdentityTables>(trx);
        await t
          .insertInto('sessions')
          .values({
            id: hashToken(sessionToken),
            userId: user.id,
            csrfToken,
            ip: meta.ip,
            userAgent: meta.userAgent?.slice(0, 300) ?? null,
            createdAt: now,
            lastSeenAt: now,
            expiresAt,
          })
          .execute();
        await t.updateTable('users').set({ lastLoginAt: now }).where('id', '=', user.id).execute();
        await throttle.clear(trx, user.email, ip);
        await deps.audit.record(trx, actorOfUser(user, meta.requestId), {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          after: { ip: meta.ip },
          customerId: user.customerId,
        });
      });
      return {
        user: publicUser({ ...user, lastLoginAt: now }),
        sessionToken,
        csrfToken,
        expiresAt,
      };
    },

    async logout(actor: Actor, sessionToken: string): Promise<void> {
      await inTransaction(deps.db, async (trx) => {
        const ended = await tablesOf<IdentityTables>(trx)
          .deleteFrom('sessions')
          .where('id', '=', hashToken(sessionToken))
          .executeTakeFirst();
        if (Number(ended.numDeletedRows) === 0 || !actor.id) return;
        await deps.audit.record(trx, actor, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.id,
          customerId: actor.customerId,
        });
      });
    },

    async resolve(sessionToken: string, requestId: string | null): Promise<ResolvedSession | null> {
      const now = deps.clock.now();
      const row = await sessionById.first({ id: hashToken(sessionToken) });
      if (!row || row.expiresAt <= now || row.disabledAt !== null) return null;
      if (now - row.lastSeenAt > TOUCH_EVERY_MS) {
        await db
          .updateTable('sessions')
          .set({ lastSeenAt: now })
          .where('id', '=', row.sessionId)
          .execute();
      }
      const user = {
        id: row.id,
        email: row.email,
        name: row.name,
        roles: JSON.parse(row.roles),
        customerId: row.customerId,
      };
      return { actor: actorOfUser(user, requestId), csrfToken: row.csrfToken };
    },

    /** Forget failed sign-ins of an email (after an admin resets its password). */
    clearFailures: (trx: AnyDb, email: string) => throttle.clear(trx, email),

    async purgeExpired(): Promise<number> {
      await throttle.purge(deps.clock.now());
      const result = await db
        .deleteFrom('sessions')
        .where('expiresAt', '<=', deps.clock.now())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
