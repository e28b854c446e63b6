import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createSales from './2026-11-25T0900-create-sales.js';

export const salesMigrations: MigrationSet = {
  '2026-11-25T0900-create-sales': createSales,
};
