import type { MigrationSet } from '../../../platform/db/migrator.js';
import * as createTrade from './2026-11-23T2100-create-trade.js';
import * as createSourcingRoutes from './2026-11-23T2110-create-sourcing-routes.js';
import * as createCustomsEntries from './2026-11-23T2120-create-customs-entries.js';

export const tradeMigrations: MigrationSet = {
  '2026-11-23T2100-create-trade': createTrade,
  '2026-11-23T2110-create-sourcing-routes': createSourcingRoutes,
  '2026-11-23T2120-create-customs-entries': createCustomsEntries,
};
