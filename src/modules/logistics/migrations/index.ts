import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createLogistics from './2026-11-26T0900-create-logistics.js';

export const logisticsMigrations: MigrationSet = {
  '2026-11-26T0900-create-logistics': createLogistics,
};
