/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  launchBrowser,
  overflows,
  s21Reading,
  signIn,
  siteCollector,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();

interface FleetSiteRow {
  site: { id: string; code: string; name: string; customerName: string };
  summary: { machines: number };
}

interface InstalledUnit {
  serial: string;
  builtHere: boolean;
  siteCode: string;
}

/** A healthy Antminer S21 with its own boards, address and pool, as a site collector reads it. */
function healthy(ip: string, at: number, index: number, unitSerial: string | null) {
  const boards = [0, 1, 2].map((slot) => `E2E-HB-${index}-${slot}`);
  const reading = s21Reading(ip, at, unitSerial, boards);
  return {
    ...reading,
    mac: `02:00:00:00:00:0${index}`,
    hostname: `rack1-${index}`,
    hashrate: { ...reading.hashrate, thsAvg: 199.8 },
    boards: reading.boards.map((board) => ({ ...board, hwErrors: 3 })),
    pools: [
      {
        url: 'stratum+tcp://pool.example:3333',
        user: `e2e.${index}`,
        status: 'alive',
        accepted: 1200,
        rejected: 3,
      },
    ],
  };
}

/** A miner that did not answer the sweep. */
function silent(ip: string, at: number) {
  return {
    ip,
    at,
    online: false,
    make: null,
    model: null,
    firmware: 'unknown',
    firmwareVersion: null,
    unitSerial: null,
    mac: null,
    hostname: null,
    uptimeS: null,
    hashrate: { ths5s: null, thsAvg: null, thsIdeal: null },
    boards: [],
    fansRpm: [],
    powerW: null,
    pools: [],
    problems: ['no answer: timeout'],
    repairs: [],
  };
}

describe.runIf(available)('browser journeys: the fleet a site collector reports', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a collector pushes a sweep; the admin reads the site, its offline machine and a machine’s boards (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);
    const api = await apiOf(page, server.url);

    // Before any collector: every site is listed, and the page says how to connect one.
    await page.getByTestId('nav-fleet').click();
    await page.waitForURL(/\/fleet\/sites$/);
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('connect-collector').textContent()).toContain(
      'rigline collect --server',
    );

    // A site of the demo, preferably one with machines built here (one will be matched).
    const sites = (await api.get<{ items: FleetSiteRow[] }>('/fleet/sites')).items;
    expect(sites.length).toBeGreaterThan(0);
    const installed = (await api.get<{ items: InstalledUnit[] }>('/installed-base')).items;
    const built = installed.find(
      (u) => u.builtHere && sites.some((s) => s.site.code === u.siteCode),
    );
    const { site } = sites.find((s) => s.site.code === built?.siteCode) ?? sites[0]!;

    // Its collector token, then one sweep: three healthy S21s and one that did not answer.
    const collector = await siteCollector(api, server.url, site.id, 'e2e collector');
    const at = Date.now();
    const status = await collector.push('e2e-batch-1', at, [
      healthy('10.0.0.11', at, 1, built?.serial ?? null),
      healthy('10.0.0.12', at, 2, null),
      healthy('10.0.0.13', at, 3, null),
      silent('10.0.0.14', at),
    ]);
    expect(status).toBe(200);

    // The sites list shows the site's counts (it refreshes by itself; a reload is quicker).
    await page.reload();
    const row = page.getByTestId(`fleet-site-${site.code}`);
    await expect.poll(() => row.getByTestId('site-machines').textContent()).toBe('4');
    expect(await row.getByTestId('site-online').textContent()).toContain('3');
    expect(await row.getByTestId('site-online').textContent()).toContain('75.0%');
    expect(await row.getByTestId('site-hashrate').textContent()).toContain('599.4 / 600.0 TH/s');
    expect(await page.getByTestId('empty-state').count()).toBe(0);

    // The site: its figures, its models, and the machines.
    await row.getByRole('link', { name: site.name }).click();
    await page.waitForURL(new RegExp(`/fleet/sites/${site.id}$`));
    await expect.poll(() => page.getByTestId('site-stat-online').textContent()).toBe('3 / 4');
    expect(await page.getByTestId('site-stat-hashrate').textContent()).toBe('599.4 TH/s');
    expect(await page.getByTestId('fleet-models-table').textContent()).toContain('Antminer S21');
    const table = page.getByTestId('fleet-machines-table');
    await expect.poll(() => page.getByTestId('machine-count').textContent()).toBe('4 machines');
    expect(await table.getByText('Not built here / unknown').count()).toBeGreaterThanOrEqual(
      built ? 2 : 3,
    );
    if (built) {
      // Matched by the serial it reports; its boards are not the ones fitted here.
      const matched = page.getByTestId('fleet-machine-10.0.0.11');
      expect(await matched.textContent()).toContain(built.serial);
      expect(await matched.getByTestId('machine-swapped').textContent()).toBe('3 swapped boards');
    }

    // Only the offline one: marked offline, with why.
    await page.getByTestId('machine-status-filter').click();
    await page.getByRole('option', { name: 'Offline' }).click();
    await page.waitForURL(/status=offline/);
    await expect.poll(() => page.getByTestId('machine-count').textContent()).toBe('1 machine');
    const offline = page.getByTestId('fleet-machine-10.0.0.14');
    expect(await offline.getByTestId('machine-status').textContent()).toBe('Offline');
    expect(await offline.textContent()).toContain('no answer: timeout');
    expect(await table.getByText('10.0.0.11').count()).toBe(0);

    // Its page says it is offline and why.
    await offline.getByRole('link', { name: '10.0.0.14' }).click();
    await page.waitForURL(/\/fleet\/machines\//);
    await expect
      .poll(() => page.getByTestId('machine-facts').getByTestId('machine-status').textContent())
      .toBe('Offline');
    expect(await page.getByTestId('machine-problems').textContent()).toContain(
      'no answer: timeout',
    );

    // Back to the site, sorted by hashrate: a healthy machine's boards.
    await page.getByTestId('back-link').click();
    await page.waitForURL(new RegExp(`/fleet/sites/${site.id}`));
    await page.getByTestId('machine-status-filter').click();
    await page.getByRole('option', { name: 'Online' }).click();
    await expect.poll(() => page.getByTestId('machine-count').textContent()).toBe('3 machines');
    await page.getByTestId('fleet-machine-10.0.0.12').getByRole('link').click();
    await page.waitForURL(/\/fleet\/machines\//);
    const boards = page.getByTestId('machine-boards-table');
    await boards.waitFor();
    expect(await boards.locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('board-0').textContent()).toContain('108 / 108');
    expect(await page.getByTestId('board-0').textContent()).toContain('66.6 / 66.7 TH/s');
    expect(await page.getByTestId('board-0').textContent()).toContain('58 °C / 71 °C');
    expect(await page.getByTestId('machine-fans').textContent()).toContain('5,400 rpm');
    expect(await page.getByTestId('machine-pools-table').textContent()).toContain(
      'pool.example:3333',
    );
    expect(await page.getByTestId('machine-facts').textContent()).toContain('02:00:00:00:00:02');
    await page.getByTestId('machine-history-chart').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an admin changes a fleet setting; an out-of-range value is refused with the reason', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/fleet`);
    await page.getByTestId('tab-fleet-settings').click();
    await page.waitForURL(/\/fleet\/settings$/);
    const input = page.getByTestId('fleet-setting-stale_after_s-input');
    await input.fill('5');
    await page.getByTestId('fleet-setting-stale_after_s-save').click();
    await expect
      .poll(() => page.getByTestId('fleet-setting-stale_after_s-error').textContent())
      .toContain('from 30 to 86400');
    await input.fill('600');
    await page.getByTestId('fleet-setting-stale_after_s-save').click();
    await expect.poll(() => page.getByTestId('fleet-setting-stale_after_s-error').count()).toBe(0);
    const api = await apiOf(page, server.url);
    await expect
      .poll(async () => (await api.get<{ stale_after_s: number }>('/fleet/settings')).stale_after_s)
      .toBe(600);
    await page.close();
  });

  it('works at phone width: the site and its machines scroll inside their tables (390×844)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, server.url);
    const sites = (
      await (await apiOf(page, server.url)).get<{ items: FleetSiteRow[] }>('/fleet/sites')
    ).items;
    const reported = sites.find((s) => s.summary.machines > 0)!;
    await page.goto(`${server.url}/fleet/sites`);
    await page.getByTestId('fleet-sites-table').waitFor();
    expect(await overflows(page)).toBe(false);
    await page
      .getByTestId(`fleet-site-${reported.site.code}`)
      .getByRole('link', { name: reported.site.name })
      .click();
    await page.waitForURL(/\/fleet\/sites\/[^/]+$/);
    await page.getByTestId('fleet-machines-table').waitFor();
    expect(await overflows(page)).toBe(false);
    await page.getByTestId('fleet-machines-table').getByRole('link').first().click();
    await page.getByTestId('machine-boards-table').waitFor();
    expect(await overflows(page)).toBe(false);
    await page.close();
  });
});
