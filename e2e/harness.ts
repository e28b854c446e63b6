import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { DEFAULT_WEB_ROOT } from '../src/platform/platform.js';
import { createSystem } from '../src/system.js';

export const CHROMIUM = process.env.RIGLINE_CHROMIUM ?? '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'e2e admin password';

/**
 * Browser journeys need Debian's Chromium and the built web app. Without them they are skipped
 * locally, but under CI (RIGLINE_REQUIRE_BROWSER=1) a missing piece is a failure, not a skip.
 */
export function browserAvailable(): boolean {
  const ready = existsSync(CHROMIUM) && existsSync(join(DEFAULT_WEB_ROOT, 'index.html'));
  if (!ready && process.env.RIGLINE_REQUIRE_BROWSER) {
    throw new Error(
      `Browser journeys required but ${existsSync(CHROMIUM) ? 'web/dist is not built' : `${CHROMIUM} is missing`}`,
    );
  }
  return ready;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The demo as `npm start` runs it, on a temp SQLite file and a free loopback port. */
export async function startDemoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rigline-e2e-'));
  const config = loadConfig({
    RIGLINE_DB: join(dir, 'e2e.db'),
    RIGLINE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PORT: '0',
  });
  const system = createSystem({ config, logger: createLogger('warn') });
  await system.prepareDemo(() => {});
  const app = await system.buildApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  system.startWorkers();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await system.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sign in through the login page and wait for the home page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email = 'admin@rigline.local',
  password = ADMIN_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${baseUrl}/`);
}

/**
 * The API as the signed-in page's user, for setting up what a journey does not click through:
 * the same session cookie, with its CSRF token on writes.
 */
export async function apiOf(page: Page, baseUrl: string) {
  const me = await page.request.get(`${baseUrl}/api/v1/me`);
  if (!me.ok()) throw new Error(`GET /me: ${me.status()} (sign in first)`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) => {
    const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
      method,
      data,
      headers: method === 'GET' ? {} : { 'x-csrf-token': csrfToken },
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, data: unknown = {}) => call<T>('POST', path, data),
    put: <T>(path: string, data: unknown) => call<T>('PUT', path, data),
  };
}
