/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, numberIn, signIn, startDemoServer } from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journey: ramp, capacity with a what-if, and a hire', () => {
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

  it('a planner reads the ramp, tries more assemblers and hires one (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url, 'planner@rigline.local');

    // Production opens on the ramp: the demo's phases, the pilot first at 20 a week.
    await page.getByTestId('nav-production').click();
    await page.waitForURL(/\/production\/ramp$/);
    const pilot = page.getByTestId('phase-row-P1-PILOT');
    await pilot.waitFor();
    expect(await pilot.textContent()).toContain('2026-01-05');
    expect(await numberIn(pilot.getByTestId('phase-target'))).toBe(20);
    expect(await numberIn(page.getByTestId('phase-row-FULL').getByTestId('phase-target'))).toBe(
      540,
    );
    expect(await page.getByTestId('phases-edit').isVisible()).toBe(true);

    // Headcount by month: people on staff since the pilot, the plan reaching 250 in December.
    const first = page.getByTestId('headcount-table').locator('tbody tr').first();
    expect(await numberIn(first.getByTestId('headcount-actual'))).toBeGreaterThan(0);
    const december = page.getByTestId('headcount-row-2026-12');
    expect(await numberIn(december.getByTestId('headcount-target'))).toBe(250);
    const onStaff = await numberIn(page.getByTestId('ramp-stat-headcount'));
    expect(onStaff).toBeGreaterThan(100);
    await page.getByTestId('ramp-chart').locator('canvas').first().waitFor();

    // Capacity: 26 weeks judged, each with planned and possible units.
    await page.getByTestId('tab-production-capacity').click();
    await page.waitForURL(/\/production\/capacity$/);
    const weeks = page.getByTestId('capacity-weeks').locator('tbody tr');
    await expect.poll(() => weeks.count()).toBe(26);
    const firstWeek = weeks.first();
    expect(await numberIn(firstWeek.getByTestId('capacity-planned'))).toBeGreaterThan(0);
    const capacityNow = await numberIn(firstWeek.getByTestId('capacity-units'));
    expect(capacityNow).toBeGreaterThan(0);
    await page.getByTestId('load-chart').locator('canvas').first().waitFor();

    // What if there were 150 assemblers from the first month on: capacity moves, nothing saved.
    const row = page.getByTestId('whatif-row-0');
    expect(await row.getByTestId('whatif-role').inputValue()).toBe('Assembler');
    await row.getByTestId('whatif-headcount').fill('150');
    const ran = page.waitForResponse((r) => r.url().endsWith('/api/v1/plan/capacity/what-if'));
    await page.getByTestId('whatif-run').click();
    expect((await ran).status()).toBe(200);
    const results = page.getByTestId('whatif-results');
    await results.waitFor();
    const resultRows = results.locator('tbody tr');
    expect(await resultRows.count()).toBe(26);
    // The base is today's report; at least one week can build more with the extra people.
    expect(await numberIn(resultRows.first().getByTestId('whatif-base'))).toBe(capacityNow);
    let moved = 0;
    for (const resultRow of await resultRows.all()) {
      const base = await numberIn(resultRow.getByTestId('whatif-base'));
      const scenario = await numberIn(resultRow.getByTestId('whatif-scenario'));
      expect(scenario).toBeGreaterThanOrEqual(base);
      if (scenario > base) moved++;
    }
    expect(moved).toBeGreaterThan(0);
    expect(await page.getByTestId('whatif-summary').textContent()).toContain(
      `Capacity changes in ${moved} of 26 weeks`,
    );
    expect(await numberIn(firstWeek.getByTestId('capacity-units'))).toBe(capacityNow);

    // Plant & people: hire an assembler from the roster's week; the roster then shows them.
    await page.getByTestId('tab-production-plant').click();
    await page.waitForURL(/\/production\/plant$/);
    await page.getByTestId('plant-tab-roster').click();
    const count = page.getByTestId('roster-count');
    await count.waitFor();
    const week = (await count.getAttribute('data-week'))!;
    expect(week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(await count.getAttribute('data-count'))).toBeGreaterThan(100);

    await page.getByTestId('roster-hire').click();
    const employeeNo = page.getByTestId('hire-employee-no');
    await expect.poll(() => employeeNo.inputValue()).toMatch(/^E\d+$/);
    const number = await employeeNo.inputValue();
    await page.getByTestId('hire-name').fill('Jordan Okafor');
    await page.getByTestId('hire-role').click();
    await page.getByRole('option', { name: 'Assembler', exact: true }).click();
    await page.getByTestId('hire-hired-on').fill(week);
    await page.getByTestId('hire-submit').click();
    await page.getByTestId('hire-form').waitFor({ state: 'detached' });

    const hired = page.getByTestId(`roster-row-${number}`);
    await hired.waitFor();
    expect(await hired.textContent()).toContain('Jordan Okafor');
    expect(await hired.getByTestId('roster-role').textContent()).toBe('Assembler');
    expect(await hired.textContent()).toContain('0 wk');
    expect(await page.getByTestId('roster-search').inputValue()).toBe(number);
    expect(await count.getAttribute('data-count')).toBe('1');

    expect(errors).toEqual([]);
    await page.close();
  });
});
