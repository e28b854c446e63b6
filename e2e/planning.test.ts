/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, signIn, startDemoServer } from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journey: build plan, MRP and drafting purchase orders', () => {
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

  it('edits the plan, runs MRP and turns a planned purchase into a draft PO (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);

    // Production opens on the ramp; the build plan plans every built model for the weeks ahead.
    await page.getByTestId('nav-production').click();
    await page.waitForURL(/\/production\/ramp$/);
    await page.getByTestId('tab-production-build-plan').click();
    await page.waitForURL(/\/production\/build-plan$/);
    const firstWeek = page.getByTestId('plan-week-0');
    await expect.poll(() => firstWeek.textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const week = (await firstWeek.textContent())!;
    expect(await page.getByTestId('build-plan-grid').locator('thead th').count()).toBe(12 + 2);
    const cell = page.getByTestId(`plan-cell-Antminer S21-${week}`);
    const rowTotal = page.getByTestId('plan-row-total-Antminer S21');
    const before = Number((await cell.inputValue()).replaceAll(',', ''));
    const totalBefore = Number((await rowTotal.textContent())!.replaceAll(',', ''));
    expect(before).toBeGreaterThan(0);
    await expect.poll(() => firstWeek.getAttribute('data-feasible')).toBe('true');

    // One edited cell: highlighted, totals follow, and only it is unsaved.
    expect(await page.getByTestId('plan-save').isDisabled()).toBe(true);
    await cell.fill('777');
    await expect.poll(() => cell.getAttribute('data-changed')).toBe('true');
    expect(await page.getByTestId('plan-changes').textContent()).toBe('1 unsaved change');
    expect(Number((await rowTotal.textContent())!.replaceAll(',', ''))).toBe(
      totalBefore - before + 777,
    );
    // Discard restores it; edit again and save.
    await page.getByTestId('plan-discard').click();
    await expect.poll(() => cell.inputValue()).toBe(String(before));
    await cell.fill('777');
    await page.getByTestId('plan-save').click();
    await expect
      .poll(() => page.getByTestId('plan-changes').textContent())
      .toBe('No unsaved changes');
    expect(await cell.getAttribute('data-changed')).toBeNull();

    // Saved for real: still 777 after a reload; 52 weeks still start with it.
    await page.reload();
    await expect.poll(() => cell.inputValue()).toBe('777');
    // 777 S21 on top of the other models: more than the plant can build that week, and the grid says so.
    await expect.poll(() => firstWeek.getAttribute('data-feasible')).toBe('false');
    await page.getByTestId('plan-infeasible').waitFor();
    expect(await page.getByTestId(`plan-capacity-${week}`).textContent()).toMatch(/^[\d,]+$/);
    await page.getByTestId('plan-weeks').getByText('52 weeks').click();
    await page.waitForURL(/weeks=52/);
    await expect
      .poll(() => page.getByTestId('build-plan-grid').locator('thead th').count())
      .toBe(52 + 2);
    expect(await cell.inputValue()).toBe('777');

    // MRP: the latest run, or "not run yet", loads on arrival; run it over 12 weeks.
    await page.getByTestId('tab-production-mrp').click();
    await page.waitForURL(/\/production\/mrp$/);
    await page
      .locator('[data-testid="mrp-not-run"], [data-testid="mrp-run-facts"]')
      .first()
      .waitFor();
    await page.getByTestId('mrp-weeks').fill('12');
    const ran = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/plan/mrp-runs') && r.request().method() === 'POST',
    );
    await page.getByTestId('mrp-run').click();
    expect((await ran).status()).toBe(201);
    await expect
      .poll(async () => Number(await page.getByTestId('mrp-stat-plannedOrders').textContent()))
      .toBeGreaterThan(0);
    expect(await page.getByTestId('mrp-run-facts').textContent()).toContain('over 12 weeks');
    expect(await page.getByTestId('shortages-table').locator('tbody tr').count()).toBeGreaterThan(
      0,
    );

    // The S21 boards are planned to be made, their chips to be bought.
    const orders = page.getByTestId('planned-orders-table');
    await page.getByTestId('planned-orders-search').fill('HB-S21');
    await expect
      .poll(() => orders.locator('tbody tr[data-part="HB-S21"]').count())
      .toBeGreaterThan(0);
    await page.getByTestId('planned-orders-search').fill('BM1368');
    await page.getByTestId('planned-orders-source').getByText('Buy').click();
    const chipRows = orders.locator('tbody tr[data-part="BM1368"]');
    await expect.poll(() => chipRows.count()).toBeGreaterThan(0);
    expect(await orders.locator('tbody tr[data-source="make"]').count()).toBe(0);
    expect(await chipRows.first().textContent()).toContain('Antminer S21');

    // One planned chip purchase becomes a draft PO; the row then links to it.
    const row = chipRows.first();
    const rowId = (await row.getAttribute('data-testid'))!;
    await row.getByRole('checkbox').check();
    expect(await page.getByTestId('draft-pos-selected').textContent()).toContain('1 selected');
    await page.getByTestId('draft-pos-selected').click();
    const link = page.getByTestId('draft-pos-result').locator('a[data-testid^="draft-po-link-"]');
    await expect.poll(() => link.count()).toBe(1);
    const number = (await link.textContent())!;
    expect(number).toMatch(/^PO-/);
    await expect
      .poll(() => page.getByTestId(rowId).getByTestId('planned-order-po').textContent())
      .toBe(number);
    expect(await page.getByTestId(rowId).getByRole('checkbox').count()).toBe(0);

    // The draft PO itself.
    await link.click();
    await page.waitForURL(new RegExp(`/supply/purchase-orders/${number}$`));
    await expect
      .poll(() => page.getByTestId('po-facts').getByTestId('po-status').textContent())
      .toBe('Draft');
    await expect.poll(() => page.getByTestId('po-lines').textContent()).toContain('BM1368');

    // Back on MRP, the latest run loads on arrival with the order converted.
    await page.goto(`${server.url}/production/mrp`);
    await page.getByTestId('planned-orders-search').fill('BM1368');
    await expect
      .poll(() => page.getByTestId(rowId).getByTestId('planned-order-po').textContent())
      .toBe(number);

    expect(errors).toEqual([]);
    await page.close();
  });
});
