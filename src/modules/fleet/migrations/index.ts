import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createFleet from './2026-11-28T0900-create-fleet.js';
import * as createHealth from './2026-12-01T0900-create-health.js';
import * as createSiteWatch from './2026-12-02T0900-create-site-watch.js';

export const fleetMigrations: MigrationSet = {
  '2026-11-28T0900-create-fleet': createFleet,
  '2026-12-01T0900-create-health': createHealth,
  '2026-12-02T0900-create-site-watch': createSiteWatch,
};
