import type { Clock } from '../../platform/clock.js';
import { tablesOf } from '../../platform/db/database.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import { DEFAULT_LATE_PENALTY_CENTS, LATE_PENALTY_SETTING } from './promise.inputs.js';
import type { SalesTables } from './sales.tables.js';
import { SEED_SOURCES } from './seed/sources.js';

/** The US plant and the import lanes it competes with, and the lateness penalty: editable data. */
export function salesReferenceSeeder(deps: { clock: Clock }): Seeder {
  return {
    name: 'sales.sources',
    version: 1,
    reference: true,
    async run(ctx) {
      const t = tablesOf<SalesTables>(ctx.db);
      const at = deps.clock.now();
      await t
        .insertInto('salesSupplySources')
        .values(SEED_SOURCES.map((s) => ({ ...s, updatedAt: at })))
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      await t
        .insertInto('salesSettings')
        .values({ key: LATE_PENALTY_SETTING, value: DEFAULT_LATE_PENALTY_CENTS })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      ctx.log(`${SEED_SOURCES.length} supply sources`);
    },
  };
}
