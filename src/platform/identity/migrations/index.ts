import type { MigrationSet } from '../../db/migrator.js';
import * as createIdentity from './2026-11-23T1900-create-identity.js';
import * as loginThrottle from './2026-11-23T2000-login-throttle.js';

export const identityMigrations: MigrationSet = {
  '2026-11-23T1900-create-identity': createIdentity,
  '2026-11-23T2000-login-throttle': loginThrottle,
};
