/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  isoFromToday,
  launchBrowser,
  numberIn,
  pick,
  signIn,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe.runIf(available)('browser journey: a sales order, its promise and a what-if', () => {
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

  it('sales enters and confirms an order, re-promises, reads its dates and tries a what-if (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url, 'sales@rigline.local');

    // Sales opens on the orders; the demo's largest order (GCH, 31,145 S21s) is there.
    await page.getByTestId('nav-sales').click();
    await page.waitForURL(/\/sales\/orders$/);
    const orders = page.getByTestId('sales-orders-table');
    await expect.poll(() => orders.textContent()).toContain('Gulf Coast Hash');
    expect(await orders.textContent()).toContain('31,145');
    expect(await page.getByTestId('tab-sales-my-orders').count()).toBe(0);

    // New order for Permian Digital: 40 Antminer S21 for Midland, about six weeks out.
    await page.getByTestId('new-sales-order').click();
    await page.waitForURL(/\/sales\/orders\/new$/);
    await pick(page, 'so-customer', 'PMD', /^PMD · Permian Digital$/);
    await pick(page, 'so-line-0-model', 'Antminer S21', /^Antminer S21$/);
    await page.getByTestId('so-line-0-quantity').fill('40');
    await page.getByTestId('so-line-0-price').fill('3300');
    const site = page.getByTestId('so-line-0-site');
    await expect.poll(() => site.isEnabled()).toBe(true);
    await pick(page, 'so-line-0-site', null, /^MIDLAND/);
    // A week already past is caught before anything is sent.
    await page.getByTestId('so-line-0-week').fill('2020-01-08');
    await expect
      .poll(() => page.getByTestId('so-line-0').textContent())
      .toContain('That week has passed');
    expect(await page.getByTestId('so-submit').isDisabled()).toBe(true);
    await page.getByTestId('so-line-0-week').fill(isoFromToday(42));
    await expect.poll(() => page.getByTestId('so-submit').isEnabled()).toBe(true);
    expect(await page.getByTestId('so-form-total').textContent()).toBe('40 units · $132,000.00');
    await page.getByTestId('so-submit').click();

    // The draft opens: not promised yet; confirming it is the salesperson's call.
    await page.waitForURL(/\/sales\/orders\/SO-\d{4}-\d{5}$/);
    const orderNumber = page.url().split('/').at(-1)!;
    const facts = page.getByTestId('so-facts');
    await expect.poll(() => facts.getByTestId('so-status').textContent()).toBe('Draft');
    expect(await page.getByTestId('so-lines').textContent()).toContain('MIDLAND');
    await page.getByTestId('promise-none').waitFor();
    await page.getByTestId('so-confirm').click();
    await expect.poll(() => facts.getByTestId('so-status').textContent()).toBe('Confirmed');
    expect(await page.getByTestId('so-confirm').isDisabled()).toBe(true);
    expect(await page.getByTestId('so-cancel').isEnabled()).toBe(true);

    // Promise: re-promise the book; the run reports its solver and lists the new line.
    await page.getByTestId('tab-sales-promise').click();
    await page.waitForURL(/\/sales\/promise$/);
    await page.getByTestId('promise-no-run').waitFor();
    const ran = page.waitForResponse((r) => r.url().endsWith('/api/v1/promise/runs'));
    await page.getByTestId('promise-run').click();
    expect((await ran).status()).toBe(201);
    await page.getByTestId('run-facts').waitFor();
    expect(await page.getByTestId('run-method').textContent()).toMatch(/MIP|Greedy/);
    expect(await page.getByTestId('run-solve-ms').textContent()).toMatch(/^[\d,]+ ms$/);
    await page.getByTestId('run-changes').waitFor();
    const runLine = page.locator(`[data-testid="run-line"][data-order="${orderNumber}"]`);
    await expect.poll(() => runLine.count()).toBe(1);
    expect(await runLine.textContent()).toContain('Antminer S21');

    // The order from the run: P50 and P90 dates for its line, split by source and ship week.
    await runLine.getByRole('link', { name: orderNumber }).click();
    await page.waitForURL(new RegExp(`/sales/orders/${orderNumber}$`));
    const line = page.getByTestId('promise-line-1');
    await expect.poll(() => line.getByTestId('promise-p50').textContent()).toMatch(ISO_DATE);
    const p50 = (await line.getByTestId('promise-p50').textContent())!;
    const p90 = (await line.getByTestId('promise-p90').textContent())!;
    expect(p90).toMatch(ISO_DATE);
    expect(p90 >= p50).toBe(true);
    expect(await numberIn(line.getByTestId('promise-promised'))).toBe(40);
    expect(await numberIn(line.getByTestId('promise-unpromised'))).toBe(0);
    const splits = page.locator('[data-testid="promise-split-row"][data-line="1"]');
    expect(await splits.count()).toBeGreaterThan(0);
    let units = 0;
    for (const split of await splits.all()) units += await numberIn(split.locator('td').nth(3));
    expect(units).toBe(40);
    await page.getByTestId('promise-chart').locator('canvas').first().waitFor();

    // What if the US plant built half its plan: lines move; nothing is saved.
    await page.getByTestId('tab-sales-promise').click();
    await page.waitForURL(/\/sales\/promise$/);
    await page.getByTestId('run-facts').waitFor();
    await page.getByTestId('whatif-capacity').fill('50');
    const tried = page.waitForResponse((r) => r.url().endsWith('/api/v1/promise/what-if'));
    await page.getByTestId('whatif-run').click();
    expect((await tried).status()).toBe(200);
    const changes = page.getByTestId('whatif-changes');
    await changes.waitFor();
    await expect.poll(() => changes.getByTestId('change-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('whatif-summary').textContent()).toMatch(
      /^\d+ of \d+ lines move/,
    );

    expect(errors).toEqual([]);
    await page.close();
  });

  it('a customer user sees only "My orders", and an order with its promise', async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(admin, server.url);
    const api = await apiOf(admin, server.url);
    const pmd = await api.get<{ id: string }>('/customers/PMD');
    const password = 'permian journey password';
    await api.post('/users', {
      email: 'ops@permian.example',
      name: 'Permian Ops',
      roles: ['customer'],
      customerId: pmd.id,
      password,
    });
    // A run of its own, so the customer's order has a promise whatever ran before.
    await api.post('/promise/runs', { trigger: 'e2e' });
    await admin.close();

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url, 'ops@permian.example', password);
    await page.getByTestId('nav-sales').click();
    await page.waitForURL(/\/sales\/my-orders$/);
    await page.getByTestId('tab-sales-my-orders').waitFor();
    for (const tab of ['orders', 'promise', 'customers', 'sources'])
      expect(await page.getByTestId(`tab-sales-${tab}`).count()).toBe(0);
    const rows = page.getByTestId('sales-orders-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sales-orders-table').textContent()).not.toContain('Gulf Coast');

    // PD-0931, the demo's confirmed PMD order: its promise, and no buttons to change it.
    const row = page.getByTestId('sales-orders-table').locator('tbody tr', { hasText: 'PD-0931' });
    await row.getByRole('link').click();
    await page.waitForURL(/\/sales\/my-orders\/SO-\d{4}-\d{5}$/);
    await expect
      .poll(() => page.getByTestId('promise-line-1').getByTestId('promise-p50').textContent())
      .toMatch(ISO_DATE);
    expect(await page.getByTestId('so-confirm').count()).toBe(0);
    expect(await page.getByTestId('back-link').textContent()).toContain('My orders');
    expect(errors).toEqual([]);
    await page.close();
  });
});
