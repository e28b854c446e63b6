import type { MigrationSet } from '../../db/migrator.js';
import * as createOutbox from './2026-11-23T1902-create-outbox.js';

export const eventMigrations: MigrationSet = {
  '2026-11-23T1902-create-outbox': createOutbox,
};
