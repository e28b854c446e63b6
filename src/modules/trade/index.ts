import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import { tradeMigrations } from './migrations/index.js';
import { tariffRoutes } from './tariff.routes.js';
import { createTariffService } from './tariff.service.js';
import { tradeReferenceSeeder } from './trade.seed.js';

export type { DutyLine, DutyResult, TariffRow } from './tariff.engine.js';
export { computeDuty, refundExposure } from './tariff.engine.js';
export type { TariffService } from './tariff.service.js';

/** Trade: HTS lines, tariff programs as dated rows, scenarios, and the duty engine. */
export function createTradeModule(ctx: ModuleContext) {
  ctx.events.declare({
    type: 'trade.tariff_row.changed',
    description: 'A tariff row was added or changed',
  });
  const tariffs = createTariffService(ctx);
  const parts: ModuleParts = {
    name: 'trade',
    migrations: tradeMigrations,
    routes: [tariffRoutes(tariffs)],
    seeders: [tradeReferenceSeeder(ctx)],
  };
  return { parts, tariffs };
}

export type TradeModule = ReturnType<typeof createTradeModule>;
