import type { Seeder } from '../../platform/demo/seeder.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { EventBus } from '../../platform/events/events.js';
import { SEED_HTS_LINES } from './seed/hts-lines.js';
import { SEED_SCENARIOS, SEED_TARIFF_ROWS } from './seed/tariff-rows.js';
import { createTariffRepo } from './tariff.repo.js';
import { createTariffService } from './tariff.service.js';

/**
 * The tariff timeline is reference data every installation needs, not demo data: it is seeded
 * by `rigline migrate` too, once; analysts edit it from then on.
 */
export function tradeReferenceSeeder(deps: {
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}): Seeder {
  return {
    name: 'trade.tariffs',
    version: 1,
    reference: true,
    async run(ctx) {
      const repo = createTariffRepo(ctx.db);
      for (const line of SEED_HTS_LINES) await repo.insertHtsLine(line);
      const tariffs = createTariffService({ ...deps, db: ctx.db });
      for (const row of SEED_TARIFF_ROWS) await tariffs.createRow(ctx.actor, row);
      for (const s of SEED_SCENARIOS) await tariffs.createScenario(ctx.actor, s);
      ctx.log(
        `${SEED_TARIFF_ROWS.length} tariff rows, ${SEED_SCENARIOS.length} scenarios, ${SEED_HTS_LINES.length} HTS lines`,
      );
    },
  };
}
