import type { MigrationSet } from '../../db/migrator.js';
import * as createSeedRuns from './2026-11-23T1904-create-seed-runs.js';

export const demoMigrations: MigrationSet = {
  '2026-11-23T1904-create-seed-runs': createSeedRuns,
};
