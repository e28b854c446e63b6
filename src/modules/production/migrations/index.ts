import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createPlanning from './2026-11-23T2300-create-planning.js';
import * as createShopFloor from './2026-11-23T2310-create-shop-floor.js';
import * as createPlantWorkforce from './2026-11-24T0100-create-plant-workforce.js';
import * as addKitted from './2026-11-24T0110-add-work-order-kitted.js';
import * as indexLotCode from './2026-11-23T2320-index-genealogy-lot-code.js';

export const productionMigrations: MigrationSet = {
  '2026-11-23T2300-create-planning': createPlanning,
  '2026-11-23T2310-create-shop-floor': createShopFloor,
  '2026-11-23T2320-index-genealogy-lot-code': indexLotCode,
  '2026-11-24T0100-create-plant-workforce': createPlantWorkforce,
  '2026-11-24T0110-add-work-order-kitted': addKitted,
};
