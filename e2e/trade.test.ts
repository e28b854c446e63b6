/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, startDemoServer, signIn } from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journey: trade and supply pages', () => {
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

  it('computes duty, compares building with importing, and explores a BOM (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);

    // Trade opens on its tariff table, with the rate timeline drawn.
    await page.getByTestId('nav-trade').click();
    await page.waitForURL(/\/trade\/tariffs/);
    await expect.poll(() => page.getByText('Section 301 (List 3)').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="timeline-chart"] canvas').first().waitFor();

    // Trade › Duty calculator: a China-origin miner entered on 2025-08-15.
    await page.getByTestId('tab-trade-duty').click();
    await page.waitForURL(/\/trade\/duty/);
    const form = page.getByTestId('duty-form');
    await form.getByTestId('duty-origin').fill('CN');
    await form.getByTestId('duty-value').fill('100000');
    await form.getByTestId('duty-date').fill('2025-08-15');
    await form.getByTestId('duty-submit').click();
    await expect.poll(() => page.getByTestId('duty-total-rate').textContent()).toBe('57.60%');
    expect(await page.getByTestId('duty-total-amount').textContent()).toBe('$57,600.00');
    // The IEEPA programs were voided later: their lines say so.
    await expect.poll(() => page.getByText('voided on 2026-02-20').count()).toBeGreaterThan(0);

    // Trade › Build vs import for the Antminer S21.
    await page.getByTestId('tab-trade-compare').click();
    await page.waitForURL(/\/trade\/compare/);
    await page.getByTestId('compare-model').click();
    await page.getByRole('option', { name: 'Antminer S21', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('compare-us-total').textContent())
      .toMatch(/^\$[\d,]+\.\d\d$/);
    await expect
      .poll(() => page.locator('[data-testid^="compare-route-"]').count())
      .toBeGreaterThanOrEqual(4);
    await page.locator('[data-testid="compare-chart"] canvas').first().waitFor();
    // Each route shows the origin it declares and why.
    await expect
      .poll(() => page.getByText('Origin taken as where the hashboards were assembled.').count())
      .toBeGreaterThan(0);

    // Supply: find the BM1368 chip and see the hashboard it goes into.
    await page.getByTestId('nav-supply').click();
    await page.waitForURL(/\/supply\/parts/);
    await page.getByTestId('parts-search').fill('BM1368');
    await expect.poll(() => page.locator('[data-testid^="part-row-"]').count()).toBe(1);
    await page.getByTestId('part-row-BM1368').click();
    await expect.poll(() => page.getByTestId('part-detail-number').textContent()).toBe('BM1368');
    await expect.poll(() => page.getByTestId('where-used').textContent()).toContain('HB-S21');

    // From where-used, open the hashboard: its BOM tree lists the chip.
    await page
      .getByTestId('where-used')
      .getByRole('button', { name: 'HB-S21', exact: true })
      .click();
    await expect.poll(() => page.getByTestId('part-detail-number').textContent()).toBe('HB-S21');
    await expect.poll(() => page.getByTestId('bom-node-BM1368').count()).toBe(1);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: the duty calculator and the BOM panel do not overflow (390 wide)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/trade/duty`);
    await page.getByTestId('duty-origin').fill('MY');
    await page.getByTestId('duty-value').fill('2500');
    await page.getByTestId('duty-date').fill('2025-08-15');
    await page.getByTestId('duty-submit').click();
    // MFN 2.60% + the reciprocal 19.00% Malaysia paid then.
    await expect.poll(() => page.getByTestId('duty-total-rate').textContent()).toBe('21.60%');
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(await overflow()).toBe(false);

    await page.goto(`${server.url}/supply/models`);
    await page
      .getByTestId('model-row-Antminer S21')
      .getByRole('link', { name: 'BOM tree' })
      .click();
    await page.waitForURL(/\/supply\/parts\?part=/);
    await expect.poll(() => page.getByTestId('part-detail-number').textContent()).toBe('UNIT-S21');
    await expect.poll(() => page.getByTestId('bom-node-HB-S21').count()).toBe(1);
    expect(await overflow()).toBe(false);
    await page.close();
  });
});
