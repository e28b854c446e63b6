import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createPlanning from './2026-11-23T2300-create-planning.js';

export const productionMigrations: MigrationSet = {
  '2026-11-23T2300-create-planning': createPlanning,
};
