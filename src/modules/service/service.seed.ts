import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import { tablesOf } from '../../platform/db/database.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import {
  ASSUMED_VALUE_CENTS_PER_TH,
  SEED_EXCLUSIONS,
  SEED_FAULT_CODES,
  SEED_TIERS,
  TERM_DAYS_BY_MAKER,
} from './seed/reference.js';
import type { ServiceTables, WarrantyPoliciesTable } from './service.tables.js';
import { DEFAULT_POLICY } from './warranty.service.js';

const policyRow = (
  modelName: string,
  termDays: number,
  marketValueCents: number,
  by: string,
  at: number,
): WarrantyPoliciesTable => ({
  modelName,
  termDays,
  doaDays: 30,
  repairedTermDays: 30,
  startBasis: 'shipped',
  exclusions: JSON.stringify(SEED_EXCLUSIONS),
  marketValueCents,
  updatedBy: by,
  updatedAt: at,
});

/** Fault codes, service tiers and the default warranty policy: every installation needs them. */
export function serviceReferenceSeeder(deps: { clock: Clock; audit: AuditLog }): Seeder {
  return {
    name: 'service.reference',
    version: 1,
    reference: true,
    async run(ctx) {
      const t = tablesOf<ServiceTables>(ctx.db);
      const now = deps.clock.now();
      await t
        .insertInto('serviceFaultCodes')
        .values(SEED_FAULT_CODES.map((c, i) => ({ ...c, sortOrder: (i + 1) * 10 })))
        .execute();
      await t
        .insertInto('serviceSlaTiers')
        .values(SEED_TIERS.map((tier) => ({ ...tier, updatedAt: now })))
        .execute();
      await t
        .insertInto('serviceWarrantyPolicies')
        .values(policyRow(DEFAULT_POLICY, 365, 300_000, ctx.actor.label, now))
        .execute();
      await deps.audit.record(ctx.db, ctx.actor, {
        action: 'service.reference.seed',
        entityType: 'service',
        entityId: 'reference',
        after: { faultCodes: SEED_FAULT_CODES.length, tiers: SEED_TIERS.length },
      });
      ctx.log(`${SEED_FAULT_CODES.length} fault codes, ${SEED_TIERS.length} service tiers`);
    },
  };
}

/** A warranty policy for each model of the catalog, by its maker's practice (logistics.md). */
export function warrantyPolicySeeder(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}): Seeder {
  return {
    name: 'service.policies',
    version: 1,
    dependsOn: ['catalog.models', 'service.reference'],
    async run(ctx) {
      const catalog = createCatalogService({ ...deps, db: ctx.db });
      const now = deps.clock.now();
      const rows = (await catalog.listModels(ctx.actor)).map((m) =>
        policyRow(
          m.name,
          TERM_DAYS_BY_MAKER[m.maker] ?? 365,
          Math.round(m.hashrateThs * ASSUMED_VALUE_CENTS_PER_TH),
          ctx.actor.label,
          now,
        ),
      );
      const t = tablesOf<ServiceTables>(ctx.db);
      for (const row of rows)
        await t
          .insertInto('serviceWarrantyPolicies')
          .values(row)
          .onConflict((oc) => oc.column('modelName').doNothing())
          .execute();
      ctx.log(`${rows.length} warranty policies`);
    },
  };
}
