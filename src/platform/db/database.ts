import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SelectQueryBuilder,
  SqliteDialect,
  sql,
  type Transaction,
} from 'kysely';
import pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

/**
 * The shared handle. Code in a module narrows it to its own tables with `tablesOf<T>()`, so a
 * module's repository cannot even name another module's tables.
 */
export type AnyDb = Kysely<any>;
export type AnyTransaction = Transaction<any>;

export interface Database {
  readonly dialect: DialectName;
  readonly db: AnyDb;
  /** A short, password-free description for logs ("sqlite ./data/rigline.db"). */
  readonly description: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  /** PostgreSQL URL; wins over `sqliteFile`. */
  postgresUrl?: string | undefined;
  sqliteFile?: string;
  poolSize?: number;
}

// int8 (bigint) columns carry epoch milliseconds and counts: well inside the safe integer range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openDatabase(target: DatabaseTarget): Database {
  const plugins = [new CamelCasePlugin()];
  if (target.postgresUrl) {
    const pool = new pg.Pool({
      connectionString: target.postgresUrl,
      max: target.poolSize ?? 10,
      idleTimeoutMillis: 30_000,
    });
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }), plugins });
    return {
      dialect: 'postgres',
      db,
      description: `postgres ${redactUrl(target.postgresUrl)}`,
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: () => db.destroy(),
    };
  }
  const file = target.sqliteFile ?? './data/rigline.db';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Checkpoint the WAL every 64 MB rather than 4 MB: the telemetry store appends to the same
  // file at thousands of rows a second, and small checkpoints on every commit cost more.
  sqlite.pragma('wal_autocheckpoint = 16000');
  const db = new Kysely<any>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins,
  });
  return {
    dialect: 'sqlite',
    db,
    description: `sqlite ${file}`,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs as much as running a small
 * query. Statements are reused by SQL text (Kysely's single-connection lock means one user at a
 * time), bounded so generated SQL cannot grow the cache without end.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, max = 500) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (statements.size >= max) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

/** Narrow the shared handle to one module's tables (its only view of the database). */
export function tablesOf<T>(db: AnyDb): Kysely<T> {
  return db as Kysely<T>;
}

/**
 * Run `work` in a transaction, joining the caller's transaction when there is one, so a flow can
 * wrap several modules' writes (and their audit and outbox rows) in one commit.
 */
export async function inTransaction<R>(db: AnyDb, work: (trx: AnyTransaction) => Promise<R>) {
  if (db.isTransaction) return work(db as AnyTransaction);
  return db.transaction().execute(work);
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable url)';
  }
}

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * `SELECT … FOR UPDATE` where it exists. On SQLite a write transaction already excludes every
 * other writer (one connection, and the file lock across processes), so the plain select is safe.
 */
export function lockedForUpdate<DB, TB extends keyof DB, O>(
  db: AnyDb,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate() : query;
}

/**
 * `lower(column) LIKE '%text%'`, with the text's own `%`, `_` and `\` taken literally, on both
 * dialects (SQLite has no default LIKE escape, so it is spelt out).
 */
export function containsText(column: string, text: string) {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** True when a driver error is a unique-constraint violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
