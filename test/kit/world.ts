import type { LightMyRequestResponse } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe } from 'vitest';
import type { Role } from '../../src/platform/authz.js';
import { systemActor } from '../../src/platform/authz.js';
import { ManualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase, type DialectName } from '../../src/platform/db/database.js';
import type { App } from '../../src/platform/http/app.js';
import type { User } from '../../src/platform/identity/user.repo.js';
import { createLogger } from '../../src/platform/logger.js';
import { openTelemetryStore } from '../../src/modules/fleet/index.js';
import { createSystem, type System } from '../../src/system.js';
import { testDialects } from './dialects.js';
import { freshDatabase } from './templates.js';

export const TEST_PASSWORD = 'correct horse battery';
/** 2026-11-23T12:00:00Z: tests start at a fixed instant and move the clock themselves. */
export const TEST_EPOCH = Date.UTC(2026, 10, 23, 12, 0, 0);

export interface Caller {
  user: User;
  /** Authorization header for a bearer token of this user. */
  headers: { authorization: string };
}

export interface World {
  dialect: DialectName;
  system: System;
  app: App;
  clock: ManualClock;
  /** Create a user directly (as the system) with the test password. */
  createUser(roles: Role[], options?: { customerId?: string; email?: string }): Promise<User>;
  /** A user of these roles with a bearer token, ready for `app.inject`. */
  caller(roles: Role[], options?: { customerId?: string; email?: string }): Promise<Caller>;
  /** Sign in through the API; returns the cookie header and CSRF token. */
  login(
    email: string,
    password?: string,
  ): Promise<{ cookie: string; csrf: string; response: LightMyRequestResponse }>;
}

let emailCounter = 0;

export type TelemetryBackend = 'sqlite' | 'clickhouse';

/**
 * Each world's telemetry history: an embedded store in the world's own temp directory, or a
 * database of its own on the ClickHouse at RIGLINE_TEST_CLICKHOUSE_URL.
 */
function testTelemetryStore(dir: string, backend: TelemetryBackend) {
  if (backend === 'sqlite') return openTelemetryStore({ sqliteFile: join(dir, 'telemetry.db') });
  const url = process.env.RIGLINE_TEST_CLICKHOUSE_URL;
  if (!url) throw new Error('RIGLINE_TEST_CLICKHOUSE_URL is not set');
  const name = `rl_world_${process.pid}_${Date.now().toString(36)}_${++emailCounter}`;
  return openTelemetryStore({ clickhouseUrl: `${url.replace(/\/$/, '')}/${name}` });
}

/**
 * The telemetry stores worlds run on: SQLite always, ClickHouse too when
 * RIGLINE_TEST_CLICKHOUSE_URL is set (CI sets it; the store's contract test requires it there).
 */
export function telemetryBackends(): TelemetryBackend[] {
  return process.env.RIGLINE_TEST_CLICKHOUSE_URL ? ['sqlite', 'clickhouse'] : ['sqlite'];
}

export async function createWorld(
  dialect: DialectName,
  env: Record<string, string> = {},
  telemetry: TelemetryBackend = 'sqlite',
): Promise<World & { close(): Promise<void> }> {
  const fresh = await freshDatabase(dialect);
  const database = openDatabase(fresh.target);
  const clock = new ManualClock(TEST_EPOCH);
  const filesDir = await mkdtemp(join(tmpdir(), 'rigline-files-'));
  const config = loadConfig({
    RIGLINE_WEBHOOK_ALLOW_PRIVATE: 'true',
    RIGLINE_FILES_DIR: filesDir,
    ...env,
  });
  const system = createSystem({
    config,
    logger: createLogger((process.env.RIGLINE_TEST_LOG as 'error') ?? 'silent'),
    clock,
    database,
    webRoot: null,
    telemetry: testTelemetryStore(filesDir, telemetry),
  });
  await system.modules.fleet.store.ensureSchema();
  const app = await system.buildApp();
  await app.ready();

  const createUser: World['createUser'] = async (roles, options = {}) => {
    emailCounter += 1;
    return system.platform.users.create(systemActor('test'), {
      email: options.email ?? `${roles.join('-')}-${emailCounter}@test.rigline`,
      name: `Test ${roles.join(' ')} ${emailCounter}`,
      roles,
      customerId: options.customerId ?? null,
      password: TEST_PASSWORD,
    });
  };

  return {
    dialect,
    system,
    app,
    clock,
    createUser,
    async caller(roles, options) {
      const user = await createUser(roles, options);
      const { secret } = await system.platform.tokens.create(systemActor('test'), {
        name: 'test',
        scope: 'user',
        userId: user.id,
      });
      return { user, headers: { authorization: `Bearer ${secret}` } };
    },
    async login(email, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
      });
      const setCookie = response.headers['set-cookie'];
      const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      const cookie = raw ? raw.split(';')[0]! : '';
      const csrf =
        response.statusCode === 200 ? (response.json() as { csrfToken: string }).csrfToken : '';
      return { cookie, csrf, response };
    },
    async close() {
      await app.close();
      await system.close();
      await fresh.drop();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * Declare a suite that runs once per test dialect, each test on a fresh database.
 * `body` receives a getter for the current test's world.
 */
export function describeEachDialect(
  name: string,
  body: (world: () => World) => void,
  options: { env?: Record<string, string>; telemetry?: TelemetryBackend } = {},
): void {
  describe.each(testDialects())(`${name} [%s]`, (dialect) => {
    let current: (World & { close(): Promise<void> }) | null = null;
    beforeEach(async () => {
      current = await createWorld(dialect, options.env, options.telemetry);
    });
    afterEach(async () => {
      await current?.close();
      current = null;
    });
    body(() => {
      if (!current) throw new Error('world used outside a test');
      return current;
    });
  });
}
