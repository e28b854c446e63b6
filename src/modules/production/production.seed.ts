import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { createCatalogService } from '../catalog/index.js';
import { createBuildPlanService } from './build-plan.service.js';
import { weeksFrom } from './weeks.js';

/**
 * The plan ahead: a year of weekly quantities for the models built here, rising to the plant's
 * assumed full rate. The rates are assumptions (the domain notes give none): edit them.
 */
export const ASSUMED_WEEKLY_RATE: Record<string, number> = {
  'Antminer S21': 300,
  'Antminer S21 Pro': 120,
  'Antminer S21 XP': 60,
};

export function planningDemoSeeder(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}): Seeder {
  return {
    name: 'production.plan',
    version: 1,
    dependsOn: ['catalog.models', 'supply.demo'],
    async run(ctx) {
      const catalog = createCatalogService({ ...deps, db: ctx.db });
      const plan = createBuildPlanService({ ...deps, db: ctx.db, catalog });
      const models = await plan.builtModels(ctx.actor);
      const weeks = weeksFrom(ctx.clock.today(), 52);
      const cells = models.flatMap((m) =>
        weeks.map((week, i) => {
          const full = ASSUMED_WEEKLY_RATE[m.name] ?? 20;
          // The first quarter ramps from half rate to full rate.
          const ramp = Math.min(1, 0.5 + i / 26);
          return { model: m.name, week, quantity: Math.round(full * ramp) };
        }),
      );
      await plan.setPlan(ctx.actor, cells);
      ctx.log(`build plan: ${models.length} models × ${weeks.length} weeks`);
    },
  };
}
