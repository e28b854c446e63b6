import { STAFF_ROLES } from '../../platform/authz.js';
import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import { customsEntryRoutes } from './customs-entry.routes.js';
import { createCustomsEntryService } from './customs-entry.service.js';
import { tradeMigrations } from './migrations/index.js';
import { createTariffCsv } from './tariff.csv.js';
import { tariffRoutes } from './tariff.routes.js';
import { createTariffService, TARIFF_WRITERS } from './tariff.service.js';
import { sourcingRoutes } from './sourcing.routes.js';
import { sourcingSeeder } from './sourcing.seed.js';
import { createSourcingService } from './sourcing.service.js';
import { tradeReferenceSeeder } from './trade.seed.js';

export type { DutyLine, DutyResult, TariffRow } from './tariff.engine.js';
export { computeDuty, refundExposure } from './tariff.engine.js';
export {
  createCustomsEntryService,
  type CustomsEntryService,
  type RecordedEntry,
} from './customs-entry.service.js';
export { createSourcingService, MINER_HTS, type SourcingService } from './sourcing.service.js';
export type { TariffService } from './tariff.service.js';

/** Trade: HTS lines, tariff programs as dated rows, scenarios, and the duty engine. */
export function createTradeModule(ctx: ModuleContext, upstream: { catalog: CatalogService }) {
  ctx.events.declare({
    type: 'trade.tariff_row.changed',
    description: 'A tariff row was added or changed',
  });
  const tariffs = createTariffService(ctx);
  const sourcing = createSourcingService({ ...ctx, catalog: upstream.catalog });
  const entries = createCustomsEntryService(ctx);
  const csv = createTariffCsv(ctx);
  const parts: ModuleParts = {
    name: 'trade',
    migrations: tradeMigrations,
    routes: [
      tariffRoutes(tariffs),
      sourcingRoutes(sourcing, ctx.clock),
      customsEntryRoutes(entries),
    ],
    csv: [
      {
        name: 'tariff-rows',
        tag: 'trade',
        describe: 'tariff rows, base table and scenario overlays',
        readRoles: STAFF_ROLES,
        writeRoles: TARIFF_WRITERS,
        exportCsv: csv.exportRows,
        importCsv: csv.importRows,
      },
    ],
    seeders: [tradeReferenceSeeder(ctx), sourcingSeeder(ctx)],
  };
  return { parts, tariffs, sourcing, entries };
}

export type TradeModule = ReturnType<typeof createTradeModule>;
