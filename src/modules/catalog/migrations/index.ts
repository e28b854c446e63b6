import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createCatalog from './2026-11-23T2050-create-catalog.js';

export const catalogMigrations: MigrationSet = {
  '2026-11-23T2050-create-catalog': createCatalog,
};
