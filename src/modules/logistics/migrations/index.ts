import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createLogistics from './2026-11-26T0900-create-logistics.js';
import * as createRepairShipments from './2026-11-27T0800-create-repair-shipments.js';

export const logisticsMigrations: MigrationSet = {
  '2026-11-26T0900-create-logistics': createLogistics,
  '2026-11-27T0800-create-repair-shipments': createRepairShipments,
};
