import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createSupply from './2026-11-23T2200-create-supply.js';
import * as createInventory from './2026-11-23T2210-create-inventory.js';

export const supplyMigrations: MigrationSet = {
  '2026-11-23T2200-create-supply': createSupply,
  '2026-11-23T2210-create-inventory': createInventory,
};
