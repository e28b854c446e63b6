import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createService from './2026-11-27T0900-create-service.js';

export const serviceMigrations: MigrationSet = {
  '2026-11-27T0900-create-service': createService,
};
