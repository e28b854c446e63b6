import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createService from './2026-11-27T0900-create-service.js';
import * as createField from './2026-11-27T1000-create-field.js';
import * as createRefurbPool from './2026-11-27T1100-create-refurb-pool.js';

export const serviceMigrations: MigrationSet = {
  '2026-11-27T0900-create-service': createService,
  '2026-11-27T1000-create-field': createField,
  '2026-11-27T1100-create-refurb-pool': createRefurbPool,
};
