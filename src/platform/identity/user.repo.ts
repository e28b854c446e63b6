import { sql } from 'kysely';
import { containsText, lockedForUpdate, tablesOf, type AnyDb } from '../db/database.js';
import type { Role } from '../authz.js';
import type { IdentityTables, UsersTable } from './identity.tables.js';

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  customerId: string | null;
  disabled: boolean;
  lockedUntil: number | null;
  lastLoginAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface UserRecord extends User {
  passwordHash: string;
}

export interface UserListFilter {
  q?: string | undefined;
  role?: Role | undefined;
  customerId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The columns a listing needs: never the password hash. */
const PUBLIC_COLUMNS = [
  'id',
  'email',
  'name',
  'roles',
  'customerId',
  'disabledAt',
  'lastLoginAt',
  'createdAt',
  'updatedAt',
] as const;

/** The end of the latest sign-in lockout of this email, from any address (it may be past). */
const lockedUntil = sql<
  number | null
>`(select max(lt.locked_until) from login_throttle lt where lt.email = users.email)`.as(
  'lockedUntil',
);

type PublicRow = Pick<UsersTable, (typeof PUBLIC_COLUMNS)[number]> & { lockedUntil: number | null };

function toUser(row: PublicRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: JSON.parse(row.roles) as Role[],
    customerId: row.customerId,
    disabled: row.disabledAt !== null,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toUserRecord(row: UsersTable & { lockedUntil: number | null }): UserRecord {
  return { ...toUser(row), passwordHash: row.passwordHash };
}

export function publicUser(record: UserRecord): User {
  const { passwordHash: _h, ...user } = record;
  return user;
}

export function createUserRepo(anyDb: AnyDb) {
  const db = tablesOf<IdentityTables>(anyDb);
  return {
    async findById(id: string): Promise<UserRecord | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .select(lockedUntil)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toUserRecord(row);
    },
    /** Within a transaction: read and lock the row until commit (PostgreSQL; SQLite writes are serial). */
    async findByIdForUpdate(id: string): Promise<UserRecord | undefined> {
      const row = await lockedForUpdate(
        anyDb,
        db.selectFrom('users').selectAll().select(lockedUntil).where('id', '=', id),
      ).executeTakeFirst();
      return row && toUserRecord(row);
    },
    async findByEmail(email: string): Promise<UserRecord | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .select(lockedUntil)
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return row && toUserRecord(row);
    },
    async insert(row: UsersTable): Promise<void> {
      await db.insertInto('users').values(row).execute();
    },
    async update(id: string, changes: Partial<Omit<UsersTable, 'id'>>): Promise<void> {
      await db.updateTable('users').set(changes).where('id', '=', id).execute();
    },
    async list(filter: UserListFilter): Promise<{ items: User[]; nextCursor: string | null }> {
      let q = db.selectFrom('users').select(PUBLIC_COLUMNS).select(lockedUntil);
      if (filter.q) {
        const q0 = filter.q;
        q = q.where((eb) => eb.or([containsText('email', q0), containsText('name', q0)]));
      }
      // Roles are a small JSON array of known names: a quoted match is exact.
      if (filter.role) q = q.where('roles', 'like', `%"${filter.role}"%`);
      if (filter.customerId) q = q.where('customerId', '=', filter.customerId);
      if (filter.cursor) q = q.where('id', '>', filter.cursor);
      const rows = await q
        .orderBy('id')
        .limit(filter.limit + 1)
        .execute();
      const page = rows.slice(0, filter.limit).map(toUser);
      return {
        items: page,
        nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
    /** Display names of the given users; unknown ids are left out. */
    async namesByIds(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type UserRepo = ReturnType<typeof createUserRepo>;
