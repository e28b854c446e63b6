import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import { tablesOf } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { SEED_LOCATIONS } from './seed/locations.js';
import type { SupplyTables } from './supply.tables.js';

/** The plant's standard stock locations: every installation needs somewhere to receive into. */
export function supplyReferenceSeeder(deps: { clock: Clock; audit: AuditLog }): Seeder {
  return {
    name: 'supply.locations',
    version: 1,
    reference: true,
    async run(ctx) {
      const t = tablesOf<SupplyTables>(ctx.db);
      for (const l of SEED_LOCATIONS) {
        const row = { id: newId(), ...l, note: l.note ?? null, createdAt: deps.clock.now() };
        await t.insertInto('supplyLocations').values(row).execute();
        await deps.audit.record(ctx.db, ctx.actor, {
          action: 'supply.location.create',
          entityType: 'location',
          entityId: row.id,
          after: row,
        });
      }
      ctx.log(`${SEED_LOCATIONS.length} stock locations`);
    },
  };
}
