/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, signIn, startDemoServer } from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journey: work orders, unit genealogy and traceability', () => {
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

  it('follows a built unit to its chip lot and traces that lot back to the batch (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);

    // Work orders: the demo's pilot batch of ten S21s is built and burned in.
    await page.getByTestId('nav-production').click();
    await page.waitForURL(/\/production\/ramp$/);
    await page.getByTestId('tab-production-work-orders').click();
    await page.waitForURL(/\/production\/work-orders$/);
    const completed = page.locator('[data-testid^="work-order-row-"][data-status="completed"]');
    await expect.poll(() => completed.count()).toBeGreaterThan(0);
    expect(await completed.first().textContent()).toContain('Antminer S21');
    expect(await completed.first().textContent()).toContain('10 of 10');
    const number = (await completed.first().getByTestId('work-order-link').textContent())!;
    await completed.first().getByTestId('work-order-link').click();
    await page.waitForURL(new RegExp(`/production/work-orders/${number}$`));

    // Its units and the hashboards in them, each linking to its unit page.
    const unitLinks = page.getByTestId('work-order-units').getByTestId('unit-link');
    await expect.poll(() => unitLinks.count()).toBe(10);
    expect(
      await page.getByTestId('work-order-hashboards').getByTestId('hashboard-link').count(),
    ).toBe(30);
    const serial = (await unitLinks.first().textContent())!;
    expect(serial).toMatch(/^RLS21-\d{4}-\d{5}$/);
    await unitLinks.first().click();
    await page.waitForURL(new RegExp(`/production/units/${serial}$`));

    // The unit: its facts, genealogy (three hashboards on one chip lot) and a passing burn-in.
    const detail = page.getByTestId('unit-detail');
    await detail.waitFor();
    expect(await page.getByTestId('unit-model').textContent()).toBe('Antminer S21');
    const genealogy = page.getByTestId('genealogy');
    expect(await genealogy.locator('[data-built-here="true"]').count()).toBe(3);
    const chip = genealogy.locator('[data-testid="genealogy-part"][data-part="BM1368"]');
    expect(await chip.count()).toBe(3);
    const lot = (await chip.first().getByTestId('genealogy-lot').textContent())!;
    // The demo's chip lots are coded by receipt month and PO line: W2506-01.
    expect(lot).toMatch(/^W\d{4}-\d{2}$/);
    const results = page.getByTestId('burn-in-table').getByTestId('burn-in-result');
    expect(await results.last().textContent()).toBe('pass');
    await page.getByTestId('burn-in-board-chart').locator('canvas').first().waitFor();

    // Traceability: the chip lot is in every unit of the batch.
    await page.getByTestId('tab-production-traceability').click();
    await page.waitForURL(/\/production\/traceability$/);
    await page.getByTestId('trace-by').getByText('Lot code').click();
    await page.getByTestId('trace-input').fill(lot);
    await page.getByTestId('trace-submit').click();
    await page.waitForURL(/\?lot=/);
    await expect.poll(() => page.getByTestId('trace-count').getAttribute('data-count')).toBe('10');
    expect(await page.getByTestId('trace-table').locator('tbody tr').count()).toBe(10);
    expect(await page.getByTestId(`trace-row-${serial}`).count()).toBe(1);

    // First-pass yield: one of this week's ten failed its first burn-in. Newest weeks first.
    const s21 = page.getByTestId('yield-row-Antminer S21-WIP-2026-W48');
    await s21.waitFor();
    expect(await s21.getByTestId('yield-percent').textContent()).toBe('90.0%');
    const firstRow = page.getByTestId('yield-table').locator('tbody tr').first();
    expect(await firstRow.getAttribute('data-testid')).toMatch(/-2026-W48$/);
    // Line 2 opened with the scale-up: its rows are there, and the line filter keeps only them.
    await page.getByTestId('yield-line').click();
    await page.getByRole('option', { name: 'WIP-L2' }).click();
    await expect.poll(() => s21.count()).toBe(0);
    expect(await firstRow.getAttribute('data-testid')).toMatch(/-WIP-L2-2026-W\d\d$/);

    // A serial typed in the lookup opens its page; an unknown one says so.
    await page.getByTestId('unit-lookup-input').fill('RLS21-0000-99999');
    await page.getByTestId('unit-lookup-submit').click();
    await page.getByTestId('unit-error').waitFor();

    expect(errors).toEqual([]);
    await page.close();
  });
});
