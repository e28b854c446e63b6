import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import { AppError } from '../errors.js';
import type { AnyDb } from './database.js';

/** One module's migrations: file-like names (`2026-11-23T1900-create-users`) to migrations. */
export type MigrationSet = Record<string, Migration>;

export interface MigrationStatus {
  name: string;
  appliedAt: Date | null;
}

/**
 * Merges every module's migration folder into one ordered list. Names begin with a timestamp, so
 * ordering by name orders by time of writing across modules.
 */
export function mergeMigrations(sets: Record<string, MigrationSet>): Record<string, Migration> {
  const merged: Record<string, Migration> = {};
  for (const [owner, set] of Object.entries(sets)) {
    for (const [name, migration] of Object.entries(set)) {
      if (!/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/.test(name)) {
        throw new Error(`Migration name "${name}" of ${owner} must look like 2026-11-23T1900-what`);
      }
      if (merged[name]) throw new Error(`Migration "${name}" is defined twice (${owner})`);
      merged[name] = migration;
    }
  }
  return merged;
}

function migratorFor(db: AnyDb, migrations: Record<string, Migration>): Migrator {
  return new Migrator({
    // Migrations are frozen SQL-level code and spell column names themselves.
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => migrations },
    // Modules are written in parallel; a migration older than the newest applied one still runs.
    allowUnorderedMigrations: true,
  });
}

export async function migrateToLatest(
  db: AnyDb,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const result: MigrationResultSet = await migratorFor(db, migrations).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new AppError(
      'internal',
      'MIGRATION_FAILED',
      `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`,
      { cause: result.error },
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrationStatus(
  db: AnyDb,
  migrations: Record<string, Migration>,
): Promise<MigrationStatus[]> {
  const infos = await migratorFor(db, migrations).getMigrations();
  return infos.map((m) => ({ name: m.name, appliedAt: m.executedAt ?? null }));
}
