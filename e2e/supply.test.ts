/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  launchBrowser,
  pick,
  signIn,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();

interface PartRow {
  partNumber: string;
  tracking: 'serial' | 'lot' | 'none';
}

/** A suffix no demo record uses, so the journey never depends on what the demo seeded. */
const run = Date.now().toString(36).toUpperCase();

describe.runIf(available)('browser journey: buying, receiving and finding stock', () => {
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

  it('receives a sent order by scanning serials, then finds a serial in stock (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);

    // Its own supplier, price and order, made through the API: a US supplier, so no customs entry.
    const api = await apiOf(page, server.url);
    const psus = await api.get<{ items: PartRow[] }>('/catalog/parts?q=PSU');
    const serialPart = psus.items.find((part) => part.tracking === 'serial');
    const allParts = await api.get<{ items: PartRow[] }>('/catalog/parts');
    const plainPart = allParts.items.find((part) => part.tracking === 'none');
    expect(serialPart).toBeDefined();
    expect(plainPart).toBeDefined();
    const supplier = `E2E-US-${run}`;
    await api.post('/suppliers', {
      code: supplier,
      name: `Journey Power ${run}`,
      country: 'US',
      leadTimeDays: 10,
      minOrderCents: 0,
    });
    await api.put(`/suppliers/${supplier}/price-breaks`, {
      part: serialPart!.partNumber,
      minQuantity: 1,
      unitPriceCents: 17_500,
    });
    const po = await api.post<{ number: string }>('/purchase-orders', {
      supplier,
      lines: [
        { part: serialPart!.partNumber, quantity: 3 },
        { part: plainPart!.partNumber, quantity: 5, unitPriceCents: 1_200 },
      ],
    });
    await api.post(`/purchase-orders/${po.number}/approve`);
    await api.post(`/purchase-orders/${po.number}/send`);

    // Supply › Purchase orders: the order is listed as sent; open it.
    await page.getByTestId('nav-supply').click();
    await page.getByTestId('tab-supply-purchase-orders').click();
    await page.waitForURL(/\/supply\/purchase-orders$/);
    const row = page.getByTestId(`po-row-${po.number}`);
    await expect.poll(() => row.getByTestId('po-status').textContent()).toBe('Sent');
    await row.getByRole('link', { name: po.number }).click();
    await page.waitForURL(new RegExp(`/supply/purchase-orders/${po.number}$`));
    await expect
      .poll(() => page.getByTestId('po-lines').textContent())
      .toContain(serialPart!.partNumber);

    // Receive: the scanner is focused; each scan ends with Enter.
    await page.getByTestId('po-receive').click();
    await page.waitForURL(/\/receive$/);
    const scanner = page.getByTestId('receive-line-1-serials-input');
    await expect.poll(() => scanner.evaluate((el) => el === document.activeElement)).toBe(true);
    const count = page.getByTestId('receive-line-1-serials-count');
    expect(await count.textContent()).toBe('0 / 3');
    const serials = [1, 2, 3].map((n) => `JRN-${run}-${n}`);
    await page.keyboard.type(serials[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(serials[1]!);
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 / 3');
    // Scanning the same serial twice is refused on the spot.
    await page.keyboard.type(serials[1]!);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('receive-line-1-serials').textContent())
      .toContain('is already scanned');
    expect(await count.textContent()).toBe('2 / 3');
    await page.keyboard.type(serials[2]!);
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('3 / 3');
    // The last Enter only completes the scan; it must not post the receipt.
    expect(await page.getByTestId('receipt-posted').count()).toBe(0);
    // The untracked line takes a quantity; US goods need no customs entry.
    await page.getByTestId('receive-line-2-quantity').fill('5');
    expect(await page.getByTestId('receive-domestic').isVisible()).toBe(true);
    expect(await page.getByTestId('receive-location').inputValue()).toMatch(/^RAW/);
    await page.getByTestId('receive-submit').click();

    // The receipt at landed cost: 3 × $175.00 + 5 × $12.00, no duty, no freight.
    await page.getByTestId('receipt-posted').waitFor();
    expect(await page.getByTestId('receipt-landed-total').textContent()).toBe('$585.00');
    expect(await page.getByTestId('receipt-entry').textContent()).toContain('no customs entry');
    expect(await page.getByTestId('receipt-po-status').textContent()).toBe('received');
    await page.getByTestId('receipt-back-to-po').click();
    await page.waitForURL(new RegExp(`/supply/purchase-orders/${po.number}$`));
    await expect
      .poll(() => page.getByTestId('po-facts').getByTestId('po-status').textContent())
      .toBe('Received');
    await expect
      .poll(() => page.getByTestId('po-receipts').getByTestId('receipt-landed-total').textContent())
      .toBe('$585.00');

    // Inventory: the serial is found in raw stores, received by this receipt.
    await page.getByTestId('tab-supply-inventory').click();
    await page.waitForURL(/\/supply\/inventory$/);
    await expect
      .poll(() => page.getByTestId('valuation-total').textContent())
      .toMatch(/^\$[\d,]+\.\d\d$/);
    await page.getByTestId('serial-lookup-input').fill(serials[1]!);
    await page.getByTestId('serial-lookup-submit').click();
    await page.waitForURL(/\/supply\/inventory\/serials\//);
    await expect.poll(() => page.getByTestId('serial-location').textContent()).toMatch(/^RAW/);
    expect(await page.getByTestId('serial-status').textContent()).toBe('In stock');
    expect(await page.getByTestId('serial-history').textContent()).toContain('Receipt RCV-');

    // Trade › Build vs import still answers which route is cheaper for the Antminer S21.
    await page.goto(`${server.url}/trade/compare?model=${encodeURIComponent('Antminer S21')}`);
    await expect
      .poll(() => page.getByTestId('compare-verdict').first().textContent())
      .toMatch(/cheaper by \$[\d,]+\.\d\d$/);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds a restricted supplier, prices a part, drafts an order and sends it only on confirmation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);
    const code = `E2E-EL-${run}`;

    // A new supplier, flagged on the Entity List.
    await page.goto(`${server.url}/supply/suppliers`);
    await page.getByTestId('new-supplier').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('supplier-code').fill(code);
    await dialog.getByTestId('supplier-name').fill(`Flagged Boards ${run}`);
    await dialog.getByTestId('supplier-country').fill('cn');
    await dialog.getByTestId('supplier-lead-time').fill('30');
    await dialog.getByTestId('supplier-min-order').fill('100000');
    await dialog.getByLabel('Restricted party').check();
    await dialog.getByTestId('supplier-submit').click();
    await page.waitForURL(new RegExp(`/supply/suppliers/${code}$`));
    await expect
      .poll(() => page.getByTestId('supplier-warning').textContent())
      .toContain('is on the Entity List');

    // Its price for the control board, from one unit up.
    await pick(page, 'price-break-part', 'CB-AM-2023', /^CB-AM-2023 · /);
    await page.getByTestId('price-break-price').fill('95');
    await page.getByTestId('price-break-submit').click();
    await expect
      .poll(() => page.getByTestId('price-break-CB-AM-2023-1').textContent())
      .toContain('$95.00');

    // A draft order: the supplier's warning shows while ordering, the price comes from the break.
    await page.goto(`${server.url}/supply/purchase-orders/new`);
    await pick(page, 'po-supplier', code, new RegExp(`^${code} · `));
    await expect
      .poll(() => page.getByTestId('po-supplier-warning').textContent())
      .toContain('Entity List');
    await pick(page, 'po-line-0-part', 'CB-AM-2023', /^CB-AM-2023 · /);
    await page.getByTestId('po-line-0-quantity').fill('4');
    await expect.poll(() => page.getByTestId('po-form-total').textContent()).toBe('Total: $380.00');
    await page.getByTestId('po-submit').click();
    await page.waitForURL(/\/supply\/purchase-orders\/PO-/);
    const warnings = await page.getByTestId('po-created-warnings').textContent();
    expect(warnings).toContain('Entity List');
    expect(warnings).toContain('minimum order');
    expect(await page.getByTestId('po-supplier-warning').isVisible()).toBe(true);

    // Approve, then send: refused with the warning until confirmed.
    await page.getByTestId('po-approve').click();
    await expect.poll(() => page.getByTestId('po-facts').textContent()).toContain('Approved');
    await page.getByTestId('po-send').click();
    const confirm = page.getByRole('dialog');
    await expect.poll(() => confirm.textContent()).toContain('is on the Entity List');
    await confirm.getByRole('button', { name: 'Send anyway' }).click();
    await expect
      .poll(() => page.getByTestId('po-facts').getByTestId('po-status').textContent())
      .toBe('Sent');
    expect(await page.getByTestId('po-receive').isVisible()).toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });
});
