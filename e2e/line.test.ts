/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  apiOf,
  browserAvailable,
  launchBrowser,
  signIn,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();
const STATION = 'E2E-1';

describe.runIf(available)('browser journey: a line lead builds a miner on the shop floor', () => {
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

  /** Picks a kiosk mode from the segmented control at the top. */
  const mode = (page: Page, label: string) =>
    page.getByTestId('kiosk-mode').getByText(label, { exact: true }).click();

  const isFocused = (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((element) => element === document.activeElement);

  it('releases, kits, builds and tests three boards, assembles and burns in an S21 (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url, 'lead@rigline.local', ADMIN_PASSWORD);

    // The demo's stores hold every part of an S21 but its carton (the line was given its own):
    // a delivery of cartons lets the kit below come out of stores whole.
    const api = await apiOf(page, server.url);
    await api.post('/inventory/adjustments', {
      part: 'PKG-AIR',
      location: 'RAW',
      delta: 1,
      reason: 'correction',
      note: 'Cartons delivered to stores',
    });

    // Work orders › Release: one Antminer S21; the new work order opens.
    await page.goto(`${server.url}/production/work-orders`);
    await page.getByTestId('release-open').click();
    await page.getByTestId('release-model').click();
    await page.getByRole('option', { name: 'Antminer S21', exact: true }).click();
    await page.getByTestId('release-quantity').fill('1');
    await page.getByTestId('release-submit').click();
    await page.waitForURL(/\/production\/work-orders\/WO-\d{4}-\d{5}$/);
    const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByTestId('work-order-detail').waitFor();
    expect(await page.getByTestId('work-order-kitted').textContent()).toBe('0 of 1 units');

    // Kit: the parts of one unit move from stores to the line; the kit names the chip lot and
    // the PSU and control-board serials held for this order.
    await page.getByTestId('work-order-kit').click();
    await page.getByTestId('kit-submit').click();
    const kit = page.getByTestId('kit-result');
    await kit.waitFor();
    expect(await page.getByTestId('kit-summary').textContent()).toContain('from RAW to WIP');
    const firstCode = (part: string) =>
      kit.getByTestId(`kit-line-${part}`).locator('code').first().textContent();
    const chipLot = (await firstCode('BM1368'))!;
    const psu = (await firstCode('PSU-APW17'))!;
    const controlBoard = (await firstCode('CB-AM-2023'))!;
    expect(chipLot).toMatch(/^W\d{4}-\d{2}$/);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => page.getByTestId('work-order-kitted').textContent())
      .toBe('1 of 1 units');

    // Shop floor, building hashboards for this work order at station E2E-1.
    await page.getByTestId('work-order-kiosk').click();
    await page.waitForURL(/\/production\/kiosk\?/);
    await page.getByTestId('kiosk-station').fill(STATION);
    const chipInput = page.getByTestId('kiosk-chip-lot-input');
    await page.locator(`[data-testid="kiosk-chip-lot"][data-lot="${chipLot}"]`).waitFor();
    for (let i = 1; i <= 3; i += 1) {
      await chipInput.fill(chipLot);
      await chipInput.press('Enter');
      await expect.poll(() => page.getByTestId('kiosk-built-item').count()).toBe(i);
      expect(await chipInput.inputValue()).toBe('');
      expect(await isFocused(page, 'kiosk-chip-lot-input')).toBe(true);
    }
    const boards = await page
      .getByTestId('kiosk-built-item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-serial')!));
    for (const board of boards) expect(board).toMatch(/^HBS21-\d{4}-\d{6}$/);

    // Scan: each new board's next step is its board test, recorded with the big button.
    await mode(page, 'Scan');
    const scan = page.getByTestId('kiosk-scan');
    const scanned = page.getByTestId('kiosk-scan-result');
    for (const board of boards) {
      await scan.fill(board);
      await scan.press('Enter');
      await expect.poll(() => page.getByTestId('kiosk-scan-serial').textContent()).toBe(board);
      expect(await page.getByTestId('kiosk-scan-hint').textContent()).toBe('Next: board test.');
      await page.getByTestId('kiosk-op-done').click();
      await expect.poll(() => scanned.count()).toBe(0);
      expect(await isFocused(page, 'kiosk-scan')).toBe(true);
    }
    // A tested board waits for final assembly.
    await scan.fill(boards[0]!);
    await scan.press('Enter');
    await expect.poll(() => scanned.getAttribute('data-step')).toBe('install_in_unit');

    // Final assembly: the build sheet names the part serials; three boards alone cannot assemble.
    await mode(page, 'Final assembly');
    const add = page.getByTestId('kiosk-assembly-scan');
    const boardCount = page.getByTestId('kiosk-assembly-boards-count');
    for (const [i, board] of boards.entries()) {
      await add.fill(board);
      await add.press('Enter');
      await expect.poll(() => boardCount.textContent()).toBe(`${i + 1} / 3`);
    }
    expect(await page.getByTestId('kiosk-assemble').isDisabled()).toBe(true);
    const sheet = await page.getByTestId('kiosk-assembly-sheet').textContent();
    expect(sheet).toContain('1 × PSU-APW17');
    expect(sheet).toContain('1 × CB-AM-2023');
    expect(await page.getByTestId('kiosk-assembly-parts-count').textContent()).toBe('0 / 2');
    // With the PSU and control board scanned, Enter on the empty field assembles the unit.
    // Each part serial is looked up in stock as it is scanned and shown with its part number.
    const parts = page.getByTestId('kiosk-assembly-parts');
    for (const part of [psu, controlBoard]) {
      await add.fill(part);
      await add.press('Enter');
    }
    await expect.poll(() => parts.getByTestId('kiosk-assembly-parts-item').count()).toBe(2);
    expect(await parts.textContent()).toContain(`${psu}PSU-APW17`);
    expect(await parts.textContent()).toContain(`${controlBoard}CB-AM-2023`);
    await add.press('Enter');
    const unitItem = page.getByTestId('kiosk-built-item').first();
    await unitItem.waitFor();
    const unit = (await unitItem.getAttribute('data-serial'))!;
    expect(unit).toMatch(/^RLS21-\d{4}-\d{5}$/);
    expect(await boardCount.textContent()).toBe('0 / 3');

    // Burn-in: the unit's three boards are listed; a run at nominal rate passes.
    await mode(page, 'Burn-in');
    const rack = page.getByTestId('kiosk-burn-in-serial');
    await rack.fill(unit);
    await rack.press('Enter');
    await page.getByTestId('kiosk-burn-in-form').waitFor();
    const listed = await page
      .getByTestId('kiosk-board-serial')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent!.split(' · ')[1]));
    expect([...listed].sort()).toEqual([...boards].sort());
    const chips = await page.getByTestId('kiosk-board-0-chipsExpected').inputValue();
    expect(Number(chips)).toBeGreaterThan(0);
    const run: Record<string, string> = {
      durationMin: '240',
      powerW: '3500',
      maxChipTempC: '76',
      minFanRpm: '4200',
    };
    for (const [field, value] of Object.entries(run))
      await page.getByTestId(`kiosk-burn-in-${field}`).fill(value);
    for (let index = 0; index < 3; index += 1) {
      await page.getByTestId(`kiosk-board-${index}-hashrateThs`).fill('66.7');
      await page.getByTestId(`kiosk-board-${index}-chipsFound`).fill(chips);
      await page.getByTestId(`kiosk-board-${index}-maxChipTempC`).fill('75');
    }
    await page.getByTestId('kiosk-burn-in-submit').click();
    const verdict = page.getByTestId('kiosk-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-result')).toBe('pass');
    expect(await page.getByTestId('kiosk-verdict-result').textContent()).toBe('Pass');
    expect(await page.getByTestId('kiosk-verdict-reasons').count()).toBe(0);
    expect(await isFocused(page, 'kiosk-burn-in-serial')).toBe(true);

    // The unit's page: passed, its burn-in, and its operations at this station by this lead.
    await page.getByTestId('kiosk-verdict-serial').click();
    await page.waitForURL(new RegExp(`/production/units/${unit}$`));
    await page.getByTestId('unit-detail').waitFor();
    expect(await page.getByTestId('unit-status').textContent()).toBe('Passed');
    const results = page.getByTestId('burn-in-table').getByTestId('burn-in-result');
    expect(await results.allTextContents()).toEqual(['pass']);
    const unitOps = page.getByTestId('operations-table').getByTestId('operation-row');
    expect(
      await unitOps.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-operation'))),
    ).toEqual(['final_assembly', 'burn_in']);
    for (const row of await unitOps.all()) {
      const text = await row.textContent();
      expect(text).toContain(STATION);
      expect(text).toContain('Marcus Hill');
      expect(text).toContain('Done');
    }
    expect(await page.getByTestId('genealogy').locator('[data-built-here="true"]').count()).toBe(3);

    // The work order is complete, and its log holds every step of every board and the unit.
    await page.getByRole('link', { name: number }).click();
    await page.waitForURL(new RegExp(`/production/work-orders/${number}$`));
    const log = page.getByTestId('operations-table').getByTestId('operation-row');
    await expect.poll(() => log.count()).toBe(8);
    const steps = await log.evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-operation')),
    );
    expect(steps.filter((s) => s === 'smt')).toHaveLength(3);
    expect(steps.filter((s) => s === 'board_test')).toHaveLength(3);
    expect(steps.slice(0, 2)).toEqual(['burn_in', 'final_assembly']);
    expect(await page.getByTestId('work-order-built').textContent()).toBe('1 · 1 passed');

    // The kiosk remembers its station on this device.
    await page.getByTestId('tab-production-kiosk').click();
    await page.waitForURL(/\/production\/kiosk$/);
    expect(await page.getByTestId('kiosk-station').inputValue()).toBe(STATION);

    expect(errors).toEqual([]);
    await page.close();
  });
});
