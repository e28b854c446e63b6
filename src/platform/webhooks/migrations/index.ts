import type { MigrationSet } from '../../db/migrator.js';
import * as createWebhooks from './2026-11-23T1903-create-webhooks.js';

export const webhookMigrations: MigrationSet = {
  '2026-11-23T1903-create-webhooks': createWebhooks,
};
