import type { Actor } from '../authz.js';
import { systemActor } from '../authz.js';
import type { Clock } from '../clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../db/database.js';
import { seededRandom, type Random } from './random.js';

/**
 * A module's contribution to the demo world. Seeders run in dependency order, each once per
 * version: re-running the demo reuses what exists; raising `version` re-runs one seeder (which
 * must then tolerate its own earlier rows).
 */
export interface Seeder {
  name: string;
  version: number;
  /**
   * Reference data every installation needs (the tariff timeline, say), seeded by `rigline
   * migrate` as well as by the demo; other seeders make demo data only.
   */
  reference?: boolean;
  dependsOn?: string[];
  run(ctx: SeedContext): Promise<void>;
}

export interface SeedContext {
  /** The transaction of this seeder: all of it lands or none. */
  db: AnyDb;
  clock: Clock;
  actor: Actor;
  /** Seeded per seeder (base seed + name), so adding a seeder does not reshuffle the others. */
  random: Random;
  /** `YYYY-MM-DD`, `days` from the clock's today: demo dates stay relative to "now". */
  dateFromToday(days: number): string;
  log(message: string): void;
}

interface SeedRunsTable {
  name: string;
  version: number;
  ranAt: number;
}

export function orderSeeders(seeders: Seeder[]): Seeder[] {
  const byName = new Map(seeders.map((s) => [s.name, s]));
  const ordered: Seeder[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: Seeder, path: string[]) => {
    if (state.get(s.name) === 'done') return;
    if (state.get(s.name) === 'visiting')
      throw new Error(`Seeder cycle: ${[...path, s.name].join(' -> ')}`);
    state.set(s.name, 'visiting');
    for (const dep of s.dependsOn ?? []) {
      const d = byName.get(dep);
      if (!d) throw new Error(`Seeder ${s.name} depends on unknown seeder ${dep}`);
      visit(d, [...path, s.name]);
    }
    state.set(s.name, 'done');
    ordered.push(s);
  };
  for (const s of seeders) visit(s, []);
  return ordered;
}

function hashName(name: string): number {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

export async function runSeeders(
  deps: { db: AnyDb; clock: Clock; seed: number; log: (message: string) => void },
  seeders: Seeder[],
): Promise<{ ran: string[]; skipped: string[] }> {
  const ran: string[] = [];
  const skipped: string[] = [];
  for (const seeder of orderSeeders(seeders)) {
    const done = await tablesOf<{ seedRuns: SeedRunsTable }>(deps.db)
      .selectFrom('seedRuns')
      .select('version')
      .where('name', '=', seeder.name)
      .executeTakeFirst();
    if (done && done.version >= seeder.version) {
      skipped.push(seeder.name);
      continue;
    }
    deps.log(`seeding ${seeder.name}`);
    await inTransaction(deps.db, async (trx) => {
      const today = deps.clock.now();
      await seeder.run({
        db: trx,
        clock: deps.clock,
        actor: systemActor(`seed:${seeder.name}`),
        random: seededRandom((deps.seed ^ hashName(seeder.name)) >>> 0),
        dateFromToday: (days) => new Date(today + days * 86_400_000).toISOString().slice(0, 10),
        log: deps.log,
      });
      const t = tablesOf<{ seedRuns: SeedRunsTable }>(trx);
      if (done) {
        await t
          .updateTable('seedRuns')
          .set({ version: seeder.version, ranAt: today })
          .where('name', '=', seeder.name)
          .execute();
      } else {
        await t
          .insertInto('seedRuns')
          .values({ name: seeder.name, version: seeder.version, ranAt: today })
          .execute();
      }
    });
    ran.push(seeder.name);
  }
  return { ran, skipped };
}
