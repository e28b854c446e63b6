import { csvRoutes } from './platform/http/csv-routes.js';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { rePromiseOnChange } from './flows/re-promise.js';
import { faultToTicket } from './flows/fault-to-ticket.js';
import { faultToTicketRoutes } from './flows/fault-to-ticket.routes.js';
import {
  openTelemetryStore,
  registerFleetMetrics,
  type TelemetryStore,
} from './modules/fleet/index.js';
import { createModules } from './modules/index.js';
import type { Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import type { FileStorage } from './platform/files/file-storage.js';
import { mergeMigrations, migrateToLatest, migrationStatus } from './platform/db/migrator.js';
import { runSeeders, type Seeder } from './platform/demo/seeder.js';
import { createApp, type App } from './platform/http/app.js';
import { ensureAdmin, type AdminLogin } from './platform/identity/bootstrap.js';
import { createPlatform, DEFAULT_WEB_ROOT } from './platform/platform.js';
import { VERSION } from './platform/version.js';

export interface SystemOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
  database?: Database;
  /** Where uploads go; default: the local directory of the configuration. */
  files?: FileStorage;
  /** Where the built web app lives; `null` serves no UI (API-only tests). */
  webRoot?: string | null;
  /** Telemetry history; default: ClickHouse at RIGLINE_TELEMETRY_URL, else embedded SQLite. */
  telemetry?: TelemetryStore;
}

/**
 * The embedded telemetry store shares the SQLite database file; beside a PostgreSQL database
 * it gets a file of its own next to where the SQLite file would be.
 */
function defaultTelemetry(config: Config, dialect: 'sqlite' | 'postgres'): TelemetryStore {
  if (config.telemetryUrl) return openTelemetryStore({ clickhouseUrl: config.telemetryUrl });
  const file =
    dialect === 'sqlite' && !config.databaseUrl
      ? config.dbFile
      : join(dirname(config.dbFile), 'telemetry.db');
  return openTelemetryStore({ sqliteFile: file });
}

const HOUSEKEEPING_MS = 3600_000;
/** Rollups of closed 5-minute buckets (and pruning past retention). */
const TELEMETRY_ROLLUP_MS = 60_000;

/** The whole of Rigline in one process: platform, modules, HTTP app, background workers. */
export function createSystem(options: SystemOptions) {
  const platform = createPlatform(options);
  // A caller bringing its own database (tests, benchmarks) brings its telemetry store too, or
  // gets a throwaway one, never the configured file's.
  const telemetry =
    options.telemetry ??
    (options.database
      ? openTelemetryStore({ sqliteFile: ':memory:' })
      : defaultTelemetry(options.config, platform.context.dialect));
  const modules = createModules(platform.context, { telemetry });
  const rePromise = rePromiseOnChange({
    promises: modules.sales.promises,
    logger: platform.logger,
  });
  platform.dispatcher.subscribe('re-promise', rePromise.onEvent);
  registerFleetMetrics(platform.metrics, {
    queries: modules.fleet.queries,
    now: () => platform.clock.now(),
  });
  const faultTickets = faultToTicket({ ...modules, logger: platform.logger });
  platform.dispatcher.subscribe('fault-to-ticket', faultTickets.onEvent);
  const all = [platform.parts, ...modules.parts];
  const migrations = mergeMigrations(Object.fromEntries(all.map((m) => [m.name, m.migrations])));
  const seeders = all.flatMap((m) => m.seeders);
  const csvEndpoints = all.flatMap((m) => m.csv ?? []);
  const routes = [
    ...all.flatMap((m) => m.routes),
    faultToTicketRoutes(faultTickets),
    csvRoutes(...csvEndpoints),
  ];
  let housekeeping: NodeJS.Timeout | null = null;
  let telemetryTimer: NodeJS.Timeout | null = null;

  const seed = (which: Seeder[], log: (message: string) => void) =>
    runSeeders(
      { db: platform.db, clock: platform.clock, seed: options.config.demoSeed, log },
      which,
    );

  return {
    platform,
    modules,
    rePromise,
    faultTickets,
    csvEndpoints,
    /** Apply pending migrations, then the reference data seeders (each once per version). */
    async migrate(log: (message: string) => void = () => {}): Promise<string[]> {
      const applied = await migrateToLatest(platform.db, migrations);
      await telemetry.ensureSchema();
      await seed(
        seeders.filter((s) => s.reference),
        log,
      );
      return applied;
    },
    migrationStatus: () => migrationStatus(platform.db, migrations),

    async buildApp(): Promise<App> {
      return createApp({
        logger: platform.logger,
        authenticator: platform.authenticator,
        metrics: platform.metrics,
        readiness: () => platform.database.ping(),
        routes,
        bodyLimitBytes: options.config.bodyLimitBytes,
        trustProxy: options.config.trustProxy,
        secureTransport: options.config.secureCookies,
        webRoot: options.webRoot === null ? undefined : (options.webRoot ?? DEFAULT_WEB_ROOT),
        version: VERSION,
      });
    },

    /** Migrate, make sure the admin exists, then seed the demo world (each seeder once). */
    async prepareDemo(log: (message: string) => void): Promise<AdminLogin> {
      await migrateToLatest(platform.db, migrations);
      await telemetry.ensureSchema();
      const admin = await ensureAdmin(platform.users, options.config.adminPassword);
      platform.setDemoPassword(admin.password);
      await seed(seeders, log);
      return admin;
    },

    startWorkers(): void {
      platform.dispatcher.start();
      platform.sender.start();
      // Expired sessions are refused when presented; this only keeps the table small.
      housekeeping ??= setInterval(() => {
        platform.sessions.purgeExpired().catch((error: unknown) => {
          platform.logger.warn({ err: error }, 'session purge failed');
        });
      }, HOUSEKEEPING_MS);
      housekeeping.unref();
      let rolling = false;
      telemetryTimer ??= setInterval(() => {
        // A slow run (a large prune) is never overlapped by the next.
        if (rolling) return;
        rolling = true;
        modules.fleet
          .housekeep(platform.clock.now())
          .catch((error: unknown) => {
            platform.logger.warn({ err: error }, 'telemetry rollup failed');
          })
          .finally(() => {
            rolling = false;
          });
      }, TELEMETRY_ROLLUP_MS);
      telemetryTimer.unref();
    },

    async close(): Promise<void> {
      if (housekeeping) clearInterval(housekeeping);
      if (telemetryTimer) clearInterval(telemetryTimer);
      housekeeping = null;
      telemetryTimer = null;
      rePromise.cancel();
      await platform.dispatcher.stop();
      await platform.sender.stop();
      await platform.database.close();
      await telemetry.close();
    },
  };
}

export type System = ReturnType<typeof createSystem>;
