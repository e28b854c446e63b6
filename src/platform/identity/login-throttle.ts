import { tablesOf, type AnyDb } from '../db/database.js';
import type { IdentityTables } from './identity.tables.js';

/**
 * Sign-in failures are counted per (email, client address). A run of failures locks that pair
 * only: someone guessing at the admin's password locks themselves out, not the admin. Unknown
 * emails are counted and locked exactly like real ones, so a lockout says nothing about whether
 * an account exists.
 */
export function createLoginThrottle(
  anyDb: AnyDb,
  policy: { maxFailures: number; lockoutMinutes: number },
) {
  const key = (email: string, ip: string) => ({ email: email.trim().toLowerCase(), ip });

  return {
    /** When this pair is locked: the instant it opens again; otherwise null. */
    async lockedUntil(email: string, ip: string, now: number): Promise<number | null> {
      const k = key(email, ip);
      const row = await tablesOf<IdentityTables>(anyDb)
        .selectFrom('loginThrottle')
        .select('lockedUntil')
        .where('email', '=', k.email)
        .where('ip', '=', k.ip)
        .executeTakeFirst();
      return row?.lockedUntil != null && row.lockedUntil > now ? row.lockedUntil : null;
    },

    /** Count a failure; returns the lock's end when this failure started a lockout. */
    async fail(trx: AnyDb, email: string, ip: string, now: number): Promise<number | null> {
      const k = key(email, ip);
      const t = tablesOf<IdentityTables>(trx);
      await t
        .insertInto('loginThrottle')
        .values({ ...k, failures: 1, lockedUntil: null, updatedAt: now })
        .onConflict((oc) =>
          oc.columns(['email', 'ip']).doUpdateSet((eb) => ({
            failures: eb('loginThrottle.failures', '+', 1),
            updatedAt: now,
          })),
        )
        .execute();
      const row = await t
        .selectFrom('loginThrottle')
        .select('failures')
        .where('email', '=', k.email)
        .where('ip', '=', k.ip)
        .executeTakeFirstOrThrow();
      if (row.failures < policy.maxFailures) return null;
      const lockedUntil = now + policy.lockoutMinutes * 60_000;
      await t
        .updateTable('loginThrottle')
        .set({ failures: 0, lockedUntil })
        .where('email', '=', k.email)
        .where('ip', '=', k.ip)
        .execute();
      return lockedUntil;
    },

    async clear(trx: AnyDb, email: string, ip?: string): Promise<void> {
      let q = tablesOf<IdentityTables>(trx)
        .deleteFrom('loginThrottle')
        .where('email', '=', email.toLowerCase());
      if (ip !== undefined) q = q.where('ip', '=', ip);
      await q.execute();
    },

    /** Rows nobody has touched for a day carry no information any more. */
    async purge(now: number): Promise<number> {
      const result = await tablesOf<IdentityTables>(anyDb)
        .deleteFrom('loginThrottle')
        .where('updatedAt', '<', now - 86_400_000)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
