import type { Logger } from 'pino';
import type { AuditLog } from './audit/audit.service.js';
import type { Clock } from './clock.js';
import type { CsvEndpoint } from './csv.js';
import type { AnyDb, DialectName } from './db/database.js';
import type { MigrationSet } from './db/migrator.js';
import type { Seeder } from './demo/seeder.js';
import type { EventBus } from './events/events.js';
import type { FileStorage } from './files/file-storage.js';
import type { Home } from './home.js';
import type { RoutePlugin } from './http/app.js';

/** Who people are, for modules that show who did something (names only, never roles). */
export interface PeopleDirectory {
  namesOf(userIds: readonly string[]): Promise<Map<string, string>>;
}

/** What the platform hands to every module factory (`createSalesModule(ctx)`). */
export interface ModuleContext {
  db: AnyDb;
  dialect: DialectName;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  events: EventBus;
  home: Home;
  people: PeopleDirectory;
  /** Uploaded files (photos, logs), stored outside the database. */
  files: FileStorage;
}

/** What every module gives back to the system, beside its own public services. */
export interface ModuleParts {
  name: string;
  migrations: MigrationSet;
  routes: RoutePlugin[];
  seeders: Seeder[];
  /** Records offered as CSV import/export. */
  csv?: CsvEndpoint[];
}
