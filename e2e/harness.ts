/// <reference lib="dom" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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

interface SignedInPageOptions {
  email?: string;
  password?: string;
  width?: number;
  height?: number;
}

/** A page of that size that records uncaught errors, signed in as `email`. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  { email, password, width = 1280, height = 800 }: SignedInPageOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, baseUrl, email, password);
  return { page, errors };
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

export type Api = Awaited<ReturnType<typeof apiOf>>;

/** Whether the page scrolls sideways: at phone width only tables may, inside their own box. */
export const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** Opens a select, types into it when it is searchable, and picks the option whose name matches. */
export async function pick(page: Page, testId: string, search: string | null, name: RegExp) {
  await page.getByTestId(testId).click();
  if (search !== null) await page.getByTestId(testId).fill(search);
  await page.getByRole('option', { name }).first().click();
}

/** A date `days` from today (UTC, as the server and the headless browser both run). */
export function isoFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A table cell's number: "1,234" → 1234; "—" → NaN. */
export async function numberIn(locator: Locator): Promise<number> {
  return Number((await locator.textContent())!.replaceAll(',', '').trim());
}

const S21_BOARD = {
  chipsExpected: 108,
  idealThs: 66.7,
  pcbTempC: { inlet: 48, outlet: 61 },
  chipTempC: { inlet: 58, outlet: 71 },
  hwErrors: 0,
  freqMhz: 490,
};

/**
 * An Antminer S21 as its site's collector reads it, one board per serial; the `dead` board
 * answers with no chip. Up for a day: past the ramp-up after a boot, when boards are not judged.
 */
export function s21Reading(
  ip: string,
  at: number,
  unitSerial: string | null,
  boardSerials: string[],
  dead = -1,
) {
  return {
    ip,
    at,
    online: true,
    make: 'Bitmain',
    model: 'Antminer S21',
    firmware: 'stock',
    firmwareVersion: '2024.01',
    unitSerial,
    mac: null,
    hostname: `rack-${ip.split('.').pop()}`,
    uptimeS: 86_400,
    hashrate: { ths5s: dead < 0 ? 199.8 : 133.2, thsAvg: null, thsIdeal: 200 },
    boards: boardSerials.map((serial, index) => ({
      ...S21_BOARD,
      index,
      serial,
      chips: index === dead ? 0 : 108,
      rateThs: index === dead ? 0 : 66.6,
    })),
    fansRpm: [5400, 5460, 5380, 5420],
    powerW: 3500,
    pools: [],
    problems: [],
    repairs: [],
  };
}

/** A collector with its own token for the site: `push` sends a sweep and answers the HTTP status. */
export async function siteCollector(api: Api, baseUrl: string, siteId: string, name: string) {
  const { secret } = await api.post<{ secret: string }>('/tokens', { name, scope: 'site', siteId });
  return {
    async push(batchId: string, sweepAt: number, readings: object[]): Promise<number> {
      const response = await fetch(`${baseUrl}/api/v1/telemetry/batches`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          batchId,
          collector: { name: 'e2e', version: '1' },
          sweepAt,
          readings,
        }),
      });
      return response.status;
    },
  };
}
