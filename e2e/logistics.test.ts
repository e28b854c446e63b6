/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  isoFromToday,
  launchBrowser,
  pick,
  signedInPage,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe.runIf(available)('browser journey: shipping an order and delivering it', () => {
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

  const pageAs = (email?: string, password?: string) =>
    signedInPage(browser, server.url, { email, password });

  it('order entry to a delivered serial: sales orders, logistics ships, the customer receives (1280×800)', async () => {
    // Sales enters and confirms two Antminer S21 for Permian Digital's Midland site.
    const sales = await pageAs('sales@rigline.local');
    await sales.page.getByTestId('nav-sales').click();
    await sales.page.waitForURL(/\/sales\/orders$/);
    await sales.page.getByTestId('new-sales-order').click();
    await sales.page.waitForURL(/\/sales\/orders\/new$/);
    await pick(sales.page, 'so-customer', 'PMD', /^PMD · Permian Digital$/);
    await pick(sales.page, 'so-line-0-model', 'Antminer S21', /^Antminer S21$/);
    await sales.page.getByTestId('so-line-0-quantity').fill('2');
    await sales.page.getByTestId('so-line-0-price').fill('3300');
    const site = sales.page.getByTestId('so-line-0-site');
    await expect.poll(() => site.isEnabled()).toBe(true);
    await pick(sales.page, 'so-line-0-site', null, /^MIDLAND/);
    await sales.page.getByTestId('so-line-0-week').fill(isoFromToday(42));
    await expect.poll(() => sales.page.getByTestId('so-submit').isEnabled()).toBe(true);
    await sales.page.getByTestId('so-submit').click();
    await sales.page.waitForURL(/\/sales\/orders\/SO-\d{4}-\d{5}$/);
    const orderNumber = sales.page.url().split('/').at(-1)!;
    await sales.page.getByTestId('so-confirm').click();
    const facts = sales.page.getByTestId('so-facts');
    await expect.poll(() => facts.getByTestId('so-status').textContent()).toBe('Confirmed');
    // Nothing shipped yet, and shipping is not the salesperson's job.
    const orderShipments = sales.page.getByTestId('order-shipments');
    await expect.poll(() => orderShipments.textContent()).toContain('Nothing has shipped yet');
    expect(await sales.page.getByTestId('order-ship').count()).toBe(0);
    expect(sales.errors).toEqual([]);
    await sales.page.close();

    // Logistics ships both from the plant: opened from the order, the order is already picked.
    const logistics = await pageAs('logistics@rigline.local');
    const page = logistics.page;
    await page.goto(`${server.url}/sales/orders/${orderNumber}`);
    await page.getByTestId('order-ship').click();
    await page.waitForURL(/\/logistics\/shipments\/new\?order=/);
    await expect.poll(() => page.getByTestId('shipment-order').inputValue()).toContain(orderNumber);
    await pick(page, 'shipment-source', null, /^US-PLANT/);
    await page.getByTestId('shipment-line-1-quantity').fill('2');
    await page.getByTestId('shipment-carrier').fill('Permian Basin Freight');
    await page.getByTestId('shipment-tracking').fill('PBF-20417');
    await expect.poll(() => page.getByTestId('shipment-submit').isEnabled()).toBe(true);
    await page.getByTestId('shipment-submit').click();

    // The shipment opens in transit, with the two serials the plant picked.
    await page.waitForURL(/\/logistics\/shipments\/SH-\d{4}-\d{5}$/);
    const shipmentNumber = page.url().split('/').at(-1)!;
    const shipmentFacts = page.getByTestId('shipment-facts');
    await expect
      .poll(() => shipmentFacts.getByTestId('shipment-status').textContent())
      .toBe('In transit');
    const serialRows = page.getByTestId('shipment-serials').locator('tbody tr');
    await expect.poll(() => serialRows.count()).toBe(2);
    const serial = (await serialRows.first().getAttribute('data-testid'))!.replace(/^serial-/, '');
    expect(await serialRows.first().getByTestId('serial-received').textContent()).toBe(
      'In transit',
    );
    await page.getByTestId('shipment-timeline').getByTestId('timeline-departed').waitFor();
    await page.getByTestId('shipment-freight').waitFor();
    expect(await page.getByTestId('doc-packing-list').getAttribute('href')).toBe(
      `/api/v1/shipments/${shipmentNumber}/documents/packing-list`,
    );
    // The order lists its shipment.
    await page.getByTestId('shipment-order-link').click();
    await page.waitForURL(new RegExp(`/sales/orders/${orderNumber}$`));
    await page.getByTestId(`order-shipment-${shipmentNumber}`).waitFor();
    expect(logistics.errors).toEqual([]);
    await page.close();

    // A receiving user at Permian Digital.
    const admin = await pageAs();
    const api = await apiOf(admin.page, server.url);
    const pmd = await api.get<{ id: string }>('/customers/PMD');
    const password = 'permian receiving password';
    await api.post('/users', {
      email: 'receiving@permian.example',
      name: 'Permian Receiving',
      roles: ['customer'],
      customerId: pmd.id,
      password,
    });
    await admin.page.close();

    // The customer sees its own shipments only: not Gulf Coast Hash's (the demo's held import).
    const customer = await pageAs('receiving@permian.example', password);
    const mine = customer.page;
    await mine.getByTestId('nav-logistics').click();
    await mine.waitForURL(/\/logistics\/my-shipments$/);
    for (const tab of ['shipments', 'holds', 'kpis'])
      expect(await mine.getByTestId(`tab-logistics-${tab}`).count()).toBe(0);
    const list = mine.getByTestId('shipments-table');
    const row = list.getByTestId(`shipment-row-${shipmentNumber}`);
    await row.waitFor();
    expect(await list.textContent()).not.toContain('ROCKDALE');
    expect(await list.textContent()).not.toContain('CN-OCEAN');
    await mine.goto(`${server.url}/logistics/my-shipments/SH-2026-00002`);
    await expect.poll(() => mine.getByRole('alert').textContent()).toContain('No shipment');

    // It confirms receipt of both serials: the shipment is delivered.
    await mine.goto(`${server.url}/logistics/my-shipments`);
    await row.getByRole('link', { name: shipmentNumber }).click();
    await mine.waitForURL(new RegExp(`/logistics/my-shipments/${shipmentNumber}$`));
    // What the freight cost is the plant's business.
    expect(await mine.getByTestId('shipment-freight').count()).toBe(0);
    await mine.getByTestId('confirm-receipt').click();
    await expect.poll(() => mine.getByTestId('receipt-count').textContent()).toBe('2 to receive');
    await mine.getByTestId(`receipt-serial-${serial}`).waitFor();
    await mine.getByTestId('receipt-submit').click();
    const status = mine.getByTestId('shipment-facts').getByTestId('shipment-status');
    await expect.poll(() => status.textContent()).toBe('Delivered');
    const received = mine.getByTestId(`serial-${serial}`).getByTestId('serial-received');
    await expect.poll(() => received.textContent()).toMatch(ISO_DATE);
    expect(await mine.getByTestId('confirm-receipt').count()).toBe(0);
    // Its papers download: the delivery note is a PDF.
    const href = (await mine.getByTestId('doc-delivery-note').getAttribute('href'))!;
    const pdf = await mine.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // The serial is now one of its machines, under warranty.
    await mine.getByTestId('tab-logistics-installed-base').click();
    await mine.waitForURL(/\/logistics\/installed-base/);
    await mine.getByTestId('installed-serial').fill(serial);
    await mine.getByTestId('installed-serial-submit').click();
    const machine = mine.getByTestId('installed-base-table').getByTestId(`installed-${serial}`);
    await machine.waitFor();
    const machines = mine.getByTestId('installed-base-table').locator('tbody tr');
    await expect.poll(() => machines.count()).toBe(1);
    expect(await machine.getByTestId('warranty-status').textContent()).toBe('In warranty');
    expect(await machine.textContent()).toContain('MIDLAND');
    expect(customer.errors).toEqual([]);
    await mine.close();
  });

  it('logistics reads the customs holds board, lane risk and delivery KPIs (1280×800)', async () => {
    const { page, errors } = await pageAs('logistics@rigline.local');
    await page.getByTestId('nav-logistics').click();
    await page.waitForURL(/\/logistics\/shipments$/);
    await page.getByTestId('new-shipment').waitFor();
    expect(await page.getByTestId('tab-logistics-my-shipments').count()).toBe(0);

    // The demo's open hold: a CN-OCEAN import for Gulf Coast Hash, held at Long Beach.
    await page.getByTestId('tab-logistics-holds').click();
    await page.waitForURL(/\/logistics\/holds$/);
    const holds = page.getByTestId('holds-table');
    const open = holds.locator('tbody tr[data-open="true"]');
    await expect.poll(() => open.count()).toBe(1);
    const hold = open.first();
    expect(await hold.textContent()).toContain('CN-OCEAN');
    expect(await hold.textContent()).toContain('Long Beach, CA');
    expect(await hold.getByTestId('hold-reason').textContent()).toBe('Other agency');
    expect(Number(await hold.getByTestId('hold-days').textContent())).toBeGreaterThan(0);
    const lane = page.getByTestId('lane-risk-table').getByTestId('lane-risk-CN-OCEAN');
    await lane.waitFor();
    expect(await lane.getByTestId('lane-risk-odds').textContent()).toMatch(/^\d+\.\d%$/);
    // Ended holds on request: the MY-OCEAN exam that was released.
    await page.getByTestId('holds-include-ended').click();
    await expect.poll(() => holds.locator('tbody tr[data-open="false"]').count()).toBe(1);
    expect(await holds.locator('tbody tr').first().getAttribute('data-open')).toBe('true');

    // The held shipment's page: its hold on the timeline, and the customs desk's next step.
    await hold.getByRole('link').click();
    await page.waitForURL(/\/logistics\/shipments\/SH-\d{4}-\d{5}$/);
    await page.getByTestId('shipment-timeline').getByTestId('timeline-hold_opened').waitFor();
    await page.getByTestId('action-end-hold').waitFor();
    expect(await page.getByTestId('action-release').count()).toBe(0);
    expect(await page.getByTestId('confirm-receipt').count()).toBe(0);

    // Delivery KPIs over the last 90 days: duties were paid on the demo's imports.
    await page.getByTestId('tab-logistics-kpis').click();
    await page.waitForURL(/\/logistics\/kpis$/);
    const duties = page.getByTestId('kpi-duties').getByTestId('kpi-value');
    await expect.poll(() => duties.textContent()).toMatch(/^\$[\d,]+\.\d{2}$/);
    expect(await duties.textContent()).not.toBe('$0.00');
    for (const card of ['kpi-lead-us', 'kpi-lead-import', 'kpi-otif', 'kpi-holds'])
      await page.getByTestId(card).waitFor();
    expect(await page.getByTestId('kpi-holds-by-reason').textContent()).toContain('Other agency');

    expect(errors).toEqual([]);
    await page.close();
  });
});
