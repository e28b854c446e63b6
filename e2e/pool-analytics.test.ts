/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  launchBrowser,
  signedInPage,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journeys: service analytics and the refurbished pool', () => {
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

  const pageAs = (email?: string, width?: number, height?: number) =>
    signedInPage(browser, server.url, { email, width, height });

  it('service analytics shows its KPI cards and Pareto charts from the demo (1280×800)', async () => {
    const { page, errors } = await pageAs('sales@rigline.local');
    await page.getByTestId('nav-service').click();
    await page.getByTestId('tab-service-analytics').click();
    await page.waitForURL(/\/service\/analytics$/);
    const kpis = page.getByTestId('analytics-kpis');
    await kpis.waitFor();
    expect(await page.getByTestId('kpi-turnaround').getByTestId('kpi-value').textContent()).toMatch(
      /^[\d.]+ d$/,
    );
    expect(await page.getByTestId('kpi-sla').getByTestId('kpi-value').textContent()).toMatch(/%$/);
    expect(await page.getByTestId('kpi-ftf-depot').getByTestId('kpi-value').textContent()).toMatch(
      /%$/,
    );
    expect(await page.getByTestId('kpi-ftf-field').textContent()).toMatch(/Fixed on site/);
    expect(await page.getByTestId('kpi-repeats').textContent()).toContain('90 days');
    await page.getByTestId('turnaround-chart').locator('canvas').waitFor();

    // Fault codes by name, most first, with their running share.
    await page.getByTestId('pareto-chart').locator('canvas').waitFor();
    const rows = page.getByTestId('pareto-table').locator('[data-testid^="pareto-row-"]');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await page.getByTestId('pareto-row-fan').textContent()).toMatch(/^Fan failure/);
    expect(await rows.last().textContent()).toMatch(/100\.0%$/);
    await page.getByTestId('pareto-model').click();
    await page.getByTestId('pareto-row-Antminer S21').waitFor();
    await page.getByTestId('pareto-productionWeek').click();
    await expect.poll(() => rows.first().textContent()).toMatch(/^Week of \d{4}-\d{2}-\d{2}/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the desk ships a replacement ahead; a repaired machine replaced ahead joins the pool (1280×800)', async () => {
    const { page, errors } = await pageAs('sales@rigline.local');
    const api = await apiOf(page, server.url);
    // A priority-tier RMA whose dead-on-arrival machines are at the depot.
    const rmas = await api.get<{ items: { number: string; status: string; tier: string }[] }>(
      '/rmas?status=received',
    );
    const rma = rmas.items.find((r) => r.tier === 'priority')!;
    expect(rma).toBeTruthy();
    const detail = await api.get<{ units: { serial: string; replacementSerial: string | null }[] }>(
      `/rmas/${rma.number}`,
    );
    const serial = detail.units.find((u) => u.replacementSerial === null)!.serial;

    await page.goto(`${server.url}/service/rmas/${rma.number}`);
    await page.getByTestId('rma-ship-ahead').click();
    // Every entitled machine is picked; the pool holds fewer: the server says so, nothing ships.
    await page.getByTestId('ship-ahead-carrier').fill('UPS');
    await page.getByTestId('ship-ahead-submit').click();
    await expect
      .poll(() => page.getByTestId('ship-ahead-error').textContent())
      .toMatch(/No refurbished Antminer S21 is left in the pool/);
    // One machine then.
    await page.getByTestId('ship-ahead-serials').click();
    for (const other of detail.units.filter((u) => u.serial !== serial))
      await page.getByRole('option', { name: other.serial }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('ship-ahead-submit').click();
    const replaced = page.getByTestId(`rma-unit-${serial}`).getByTestId('rma-unit-replacement');
    await expect.poll(() => replaced.textContent()).toMatch(/^Replaced ahead by RF-S21-\d+$/);

    // The pool lists it as shipped.
    const shipped = (await replaced.textContent())!.replace('Replaced ahead by ', '');
    await page.goto(`${server.url}/service/field?view=pool`);
    await expect
      .poll(() => page.getByTestId(`pool-${shipped}`).getByTestId('pool-status').textContent())
      .toBe('Shipped ahead');
    expect(errors).toEqual([]);
    await page.close();

    // A machine replaced ahead earlier (the demo's), repaired and retested: it joins the pool.
    const bench = await pageAs('depot@rigline.local');
    const depot = await apiOf(bench.page, server.url);
    const replacedRma = (await depot.get<{ items: { number: string }[] }>('/rmas?status=repairing'))
      .items;
    let unitId = '';
    for (const r of replacedRma) {
      const units = (
        await depot.get<{ units: { id: string; replacementSerial: string | null }[] }>(
          `/rmas/${r.number}`,
        )
      ).units.filter((u) => u.replacementSerial);
      if (units[0]) unitId = units[0].id;
      if (unitId) break;
    }
    expect(unitId).not.toBe('');
    const unit = await depot.get<{
      serial: string;
      components: { kind: string; serial: string | null }[];
    }>(`/depot/units/${unitId}`);
    await depot.post(`/depot/units/${unitId}/start-test`);
    const boards = unit.components.filter((c) => c.kind === 'hashboard');
    await depot.post(`/depot/units/${unitId}/tests`, {
      durationMin: 180,
      hashrateGhs: 200_100,
      powerW: 3500,
      maxChipTempC: 76,
      minFanRpm: 4200,
      boards: boards.map((b, index) => ({
        index,
        serial: b.serial,
        hashrateGhs: 66_700,
        chipsFound: 108,
        chipsExpected: 108,
        maxChipTempC: 74,
      })),
    });
    await bench.page.goto(`${server.url}/service/depot/${unitId}`);
    const benchStatus = bench.page.getByTestId('bench-status');
    await expect.poll(() => benchStatus.textContent()).toBe('Ready to ship');
    expect(await bench.page.getByTestId('bench-replacement').textContent()).toMatch(/^RF-/);
    await bench.page.getByTestId('to-pool-grade').getByText('B · cosmetic wear').click();
    await bench.page.getByTestId('to-pool-submit').click();
    await expect.poll(() => benchStatus.textContent()).toBe('Closed');
    await bench.page.goto(`${server.url}/service/field?view=pool`);
    const pooled = bench.page.getByTestId(`pool-${unit.serial}`);
    await expect.poll(() => pooled.getByTestId('pool-status').textContent()).toBe('Available');
    expect(await pooled.textContent()).toContain('B');
    expect(bench.errors).toEqual([]);
    await bench.page.close();
  });
});
