import type { MigrationSet } from '../../db/migrator.js';
import * as createAuditLog from './2026-11-23T1901-create-audit-log.js';

export const auditMigrations: MigrationSet = {
  '2026-11-23T1901-create-audit-log': createAuditLog,
};
