import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createSourcingService } from './sourcing.service.js';
import { ASSUMED_ROUTE_COSTS as A } from './seed/routes.js';

/**
 * For every model built in the plant: a US build route and the import routes it competes with,
 * including the contested one (Malaysian assembly declared China-origin). Import FOB prices start
 * from the model's own bought-parts cost plus Asian labour and overhead: editable assumptions.
 */
export function sourcingSeeder(deps: { clock: Clock; audit: AuditLog; events: EventBus }): Seeder {
  return {
    name: 'trade.sourcing',
    version: 1,
    dependsOn: ['catalog.models', 'trade.tariffs'],
    async run(ctx) {
      // Both services over the seeder's transaction: one commit, and no second connection wanted.
      const catalog = createCatalogService({ ...deps, db: ctx.db });
      const sourcing = createSourcingService({ ...deps, db: ctx.db, catalog });
      const models = await catalog.listModels(ctx.actor);
      let count = 0;
      for (const model of models.filter((m) => m.unitPartId !== null)) {
        const sheet = await catalog.buildSheet(ctx.actor, model.name, ctx.clock.today());
        const partsCents = sheet.parts.reduce((s, p) => s + p.unitCostCents * p.quantity, 0);
        const fob = partsCents + A.asiaLabourAndOverheadCents;
        const common = {
          modelName: model.name,
          note: 'Assumed costs; edit to the plant’s figures.',
        };
        await sourcing.createRoute(ctx.actor, {
          ...common,
          name: 'US build (Texas plant)',
          kind: 'us_build',
          origin: 'US',
          originBasis: 'final_assembly',
          originEvidence: 'Hashboard assembly, final assembly and burn-in in the US plant.',
          mode: 'truck',
          fobCents: null,
          freightCents: null,
          insuranceBp: null,
          brokerageCents: A.partsBrokerageCents,
          holdingCents: null,
          inboundFreightBp: A.partsInboundFreightBp,
          overheadCents: A.usOverheadCents,
        });
        const imported = (
          name: string,
          origin: string,
          basis: 'final_assembly' | 'hashboard_assembly',
          evidence: string,
          mode: 'ocean' | 'air',
          extraFob: number,
        ) =>
          sourcing.createRoute(ctx.actor, {
            ...common,
            name,
            kind: 'import',
            origin,
            originBasis: basis,
            originEvidence: evidence,
            mode,
            fobCents: fob + extraFob,
            freightCents: mode === 'air' ? A.airFreightCents : A.oceanFreightCents,
            insuranceBp: A.insuranceBp,
            brokerageCents: A.unitBrokerageCents,
            holdingCents: mode === 'air' ? A.expectedHoldingAirCents : A.expectedHoldingOceanCents,
            inboundFreightBp: null,
            overheadCents: null,
          });
        await imported(
          'Import: China factory, ocean',
          'CN',
          'final_assembly',
          'Built and tested in the maker’s factory in China.',
          'ocean',
          0,
        );
        await imported(
          'Import: China factory, air',
          'CN',
          'final_assembly',
          'Built and tested in the maker’s factory in China.',
          'air',
          0,
        );
        await imported(
          'Import: Malaysia assembly, ocean',
          'MY',
          'final_assembly',
          'Final assembly and test in Malaysia; origin claimed by final assembly.',
          'ocean',
          A.malaysiaPremiumCents,
        );
        await imported(
          'Import: Malaysia assembly, China origin (CBP view)',
          'CN',
          'hashboard_assembly',
          'CBP reassessed units from SE-Asian assembly as China-origin (2024–25): hashboards made in China.',
          'ocean',
          A.malaysiaPremiumCents,
        );
        count += 5;
      }
      ctx.log(`${count} sourcing routes`);
    },
  };
}
