import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { auditRoutes } from './audit/audit.routes.js';
import { createAuditLog } from './audit/audit.service.js';
import { auditMigrations } from './audit/migrations/index.js';
import { hasAnyRole, isStaffActor } from './authz.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { localDiskStorage, type FileStorage } from './files/file-storage.js';
import { openDatabase, type Database } from './db/database.js';
import { demoMigrations } from './demo/migrations/index.js';
import { createDispatcher } from './events/dispatcher.js';
import { createEventBus } from './events/events.js';
import { eventMigrations } from './events/migrations/index.js';
import { createHome, homeRoutes } from './home.js';
import type { Authenticator } from './http/access.js';
import { createMetricsRegistry } from './http/metrics.js';
import { authRoutes } from './identity/auth.routes.js';
import { demoStaffSeeder } from './identity/bootstrap.js';
import { identityMigrations } from './identity/migrations/index.js';
import { createPrincipalCache } from './identity/principal-cache.js';
import { createSessionService } from './identity/session.service.js';
import { tokenRoutes } from './identity/token.routes.js';
import { createTokenService } from './identity/token.service.js';
import { userRoutes } from './identity/user.routes.js';
import { createUserRepo } from './identity/user.repo.js';
import { createUserService } from './identity/user.service.js';
import { createLogger } from './logger.js';
import type { ModuleContext, ModuleParts } from './module.js';
import { PACKAGE_ROOT } from './version.js';
import { webhookMigrations } from './webhooks/migrations/index.js';
import { createWebhookSender } from './webhooks/webhook.sender.js';
import { createWebhookService, PING_EVENT } from './webhooks/webhook.service.js';
import { webhookRoutes } from './webhooks/webhook.routes.js';

export interface PlatformOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
  /** An already-open database (tests); otherwise opened from the configuration. */
  database?: Database;
  files?: FileStorage;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('web/dist/', PACKAGE_ROOT));

/**
 * The shared services every module builds on: database, clock, audit, events and webhooks,
 * identity, the home page registry and metrics. Modules receive `context`.
 */
export function createPlatform(options: PlatformOptions) {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const database =
    options.database ??
    openDatabase({ postgresUrl: config.databaseUrl, sqliteFile: config.dbFile });
  const db = database.db;

  const audit = createAuditLog({ clock });
  const events = createEventBus({ clock });
  events.declare(
    { type: 'user.created', description: 'A user account was created' },
    { type: 'user.updated', description: 'A user account changed (roles, account, disabled)' },
    { type: 'token.created', description: 'An API token was created' },
    { type: 'token.revoked', description: 'An API token was revoked' },
    { type: PING_EVENT, description: 'A test delivery asked for from the webhooks page' },
  );
  const dispatcher = createDispatcher({ db, clock, bus: events, logger });
  const home = createHome();
  const metrics = createMetricsRegistry();

  const principalCache = createPrincipalCache({ ttlMs: 5_000, maxEntries: 10_000 });
  const users = createUserService({
    db,
    clock,
    audit,
    events,
    onAccessChanged: (userId) => principalCache.forgetUser(userId),
  });
  const sessions = createSessionService({
    db,
    clock,
    audit,
    policy: {
      ttlHours: config.sessionTtlHours,
      maxFailures: config.loginMaxFailures,
      lockoutMinutes: config.loginLockoutMinutes,
    },
  });
  const tokens = createTokenService({ db, clock, audit, events, cache: principalCache });
  const webhooks = createWebhookService({ db, clock, audit, events });
  const sender = createWebhookSender(
    { db, clock, logger },
    { allowPrivateDestinations: config.webhookAllowPrivate },
  );
  dispatcher.subscribe('webhooks', async (event) => {
    await webhooks.fanOut(event);
    sender.nudge();
  });

  const authenticator: Authenticator = {
    resolveBearer: (token, requestId) => tokens.resolve(token, requestId),
    resolveSession: (cookie, requestId) => sessions.resolve(cookie, requestId),
  };

  const startOfToday = () => Date.parse(`${clock.today()}T00:00:00Z`);
  home.register(
    {
      key: 'users',
      label: 'Users',
      section: 'admin',
      path: '/admin/users',
      visibleTo: (a) => hasAnyRole(a, ['admin']),
      count: () => users.count(),
    },
    {
      key: 'apiTokens',
      label: 'Active API tokens',
      section: 'admin',
      path: '/admin/tokens',
      visibleTo: (a) => a.type === 'user',
      count: (a) => tokens.countActive(a),
    },
    {
      key: 'auditToday',
      label: 'Changes recorded today',
      section: 'admin',
      path: '/admin/audit',
      visibleTo: (a) => hasAnyRole(a, ['admin']),
      count: () => audit.countSince(db, startOfToday()),
    },
    {
      key: 'eventsPending',
      label: 'Events waiting for dispatch',
      section: 'admin',
      path: null,
      visibleTo: (a) => isStaffActor(a) && hasAnyRole(a, ['admin']),
      count: () => dispatcher.pendingCount(),
    },
    {
      key: 'webhooksFailing',
      label: 'Webhook deliveries failing',
      section: 'admin',
      path: '/admin/webhooks',
      visibleTo: (a) => hasAnyRole(a, ['admin', 'customer']),
      count: (a) => webhooks.countFailing(a),
    },
  );

  let demoPassword: string | null = null;
  const parts: ModuleParts = {
    name: 'platform',
    migrations: {
      ...identityMigrations,
      ...auditMigrations,
      ...eventMigrations,
      ...webhookMigrations,
      ...demoMigrations,
    },
    routes: [
      authRoutes({
        sessions,
        secureCookies: config.secureCookies,
        loginRateLimitPerMinute: config.loginRateLimitPerMinute,
      }),
      userRoutes(users),
      tokenRoutes(tokens),
      auditRoutes({ db, audit }),
      webhookRoutes({ webhooks, events }),
      homeRoutes(home),
    ],
    seeders: [demoStaffSeeder({ clock, audit, events }, () => demoPassword)],
  };

  const peopleRepo = createUserRepo(db);
  const context: ModuleContext = {
    db,
    dialect: database.dialect,
    clock,
    logger,
    audit,
    events,
    home,
    people: { namesOf: (ids) => peopleRepo.namesByIds(ids) },
    files: options.files ?? localDiskStorage(config.filesDir),
  };

  return {
    config,
    logger,
    clock,
    database,
    db,
    audit,
    events,
    dispatcher,
    home,
    metrics,
    users,
    sessions,
    tokens,
    webhooks,
    sender,
    authenticator,
    context,
    parts,
    /** The password the demo staff get (the admin's, when it is known). */
    setDemoPassword(password: string | null): void {
      demoPassword = password;
    },
  };
}

export type Platform = ReturnType<typeof createPlatform>;
