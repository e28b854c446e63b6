/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  launchBrowser,
  overflows,
  pick,
  signIn,
  signedInPage,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();

const CUSTOMER_EMAIL = 'service@gulfcoast.example';
const CUSTOMER_PASSWORD = 'gulf coast service password';

/** A state of the depot board, every machine in it shown (the longest ones list the first few). */
async function depotState(page: Page, status: string) {
  await page.locator('[data-testid="depot-board"][data-loaded="true"]').waitFor();
  const card = page.getByTestId(`depot-state-${status}`);
  const more = card.getByTestId('depot-state-show-all');
  if (await more.count()) await more.click();
  return card;
}

/** Whether the element is on screen horizontally (not cut off or pushed past the right edge). */
async function fitsWidth(page: Page, testId: string, width: number) {
  const box = await page.getByTestId(testId).boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

describe.runIf(available)('browser journey: a machine returned, repaired and shipped back', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  /** Three of Gulf Coast Hash's delivered Antminer S21s: one per test. */
  let serials: string[];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    // A service user at Gulf Coast Hash, and two of its machines in the field.
    const page = await browser.newPage();
    await signIn(page, server.url);
    const api = await apiOf(page, server.url);
    const gch = await api.get<{ id: string }>('/customers/GCH');
    await api.post('/users', {
      email: CUSTOMER_EMAIL,
      name: 'Gulf Coast Service',
      roles: ['customer'],
      customerId: gch.id,
      password: CUSTOMER_PASSWORD,
    });
    // The demo returns some machines already: take ones built here, never returned, in warranty.
    const base = await api.get<{ items: { serial: string; model: string }[] }>(
      '/installed-base?customer=GCH&limit=500',
    );
    serials = [];
    for (const unit of base.items.filter((u) => u.model === 'Antminer S21')) {
      const cover = await api.get<{ state: string; builtHere: boolean; rmas: unknown[] }>(
        `/warranty/${unit.serial}`,
      );
      if (cover.builtHere && cover.state === 'in_warranty' && cover.rmas.length === 0)
        serials.push(unit.serial);
      if (serials.length === 3) break;
    }
    expect(serials).toHaveLength(3);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pageAs = (email?: string, password?: string, width?: number, height?: number) =>
    signedInPage(browser, server.url, { email, password, width, height });

  it('warranty check to closed RMA: customer, service desk, depot bench (1280×800)', async () => {
    const serial = serials[0]!;

    // The customer checks its machine's warranty: covered, and one serial it does not own.
    const customer = await pageAs(CUSTOMER_EMAIL, CUSTOMER_PASSWORD);
    const mine = customer.page;
    await mine.getByTestId('nav-service').click();
    await mine.waitForURL(/\/service\/warranty$/);
    for (const tab of ['rmas', 'depot', 'settings'])
      expect(await mine.getByTestId(`tab-service-${tab}`).count()).toBe(0);
    await mine.getByTestId('tab-service-my-rmas').waitFor();
    await mine.getByTestId('warranty-serials').fill(`${serial}\nNOT-OURS-001`);
    await mine.getByTestId('warranty-submit').click();
    const row = mine.getByTestId(`warranty-row-${serial}`);
    await row.waitFor();
    expect(await row.getByTestId('warranty-state').textContent()).toBe('In warranty');
    expect(Number(await row.getByTestId('warranty-days-left').textContent())).toBeGreaterThan(300);
    expect(await mine.getByTestId('warranty-unknown').textContent()).toContain('NOT-OURS-001');

    // Its page: no RMA yet; it opens one from there, the serial already listed.
    await row.getByRole('link', { name: serial }).click();
    await mine.waitForURL(new RegExp(`/service/warranty/${serial}$`));
    await expect.poll(() => mine.getByTestId('warranty-rmas').textContent()).toContain('Never');
    await mine.getByTestId('warranty-open-rma').click();
    await mine.waitForURL(/\/service\/my-rmas\/new\?serial=/);
    expect(await mine.getByTestId('rma-line-0-serial').inputValue()).toBe(serial);
    expect(await mine.getByTestId('rma-customer').count()).toBe(0);
    await pick(mine, 'rma-line-0-fault', 'Firm', /^Firmware fault$/);
    await mine.getByTestId('rma-line-0-note').fill('Stuck at boot after a power cut');
    await mine.getByTestId('rma-submit').click();
    await mine.waitForURL(/\/service\/my-rmas\/RMA-\d{4}-\d{5}$/);
    const number = mine.url().split('/').at(-1)!;
    const facts = mine.getByTestId('rma-facts');
    await expect.poll(() => facts.getByTestId('rma-status').textContent()).toBe('Requested');
    const unit = mine.getByTestId(`rma-unit-${serial}`);
    expect(await unit.getByTestId('eligibility').textContent()).toMatch(
      /Dead on arrival|In warranty/,
    );
    expect(await unit.getByTestId('sla-clock').textContent()).toMatch(/h left/);
    // Only the desk approves; the customer may still withdraw it.
    expect(await mine.getByTestId('rma-approve').count()).toBe(0);
    await mine.getByTestId('rma-cancel').waitFor();
    // It attaches the miner's log.
    await mine.setInputFiles('[data-testid="attachment-file"]', {
      name: 'kernel.log',
      mimeType: 'text/plain',
      buffer: Buffer.from('chain 0: 0 chips\nreboot\n'),
    });
    await mine.getByTestId('attachment-submit').click();
    const attachment = mine
      .getByTestId('rma-attachments')
      .getByRole('link', { name: 'kernel.log' });
    await attachment.waitFor();
    const log = await mine.request.get(`${server.url}${await attachment.getAttribute('href')}`);
    expect(await log.text()).toContain('0 chips');

    // The service desk approves it from the RMA list.
    const sales = await pageAs('sales@rigline.local');
    await sales.page.goto(`${server.url}/service/rmas`);
    await sales.page.getByTestId(`rma-row-${number}`).getByRole('link', { name: number }).click();
    await sales.page.waitForURL(new RegExp(`/service/rmas/${number}$`));
    await sales.page.getByTestId('rma-approve').click();
    await sales.page.getByTestId('action-submit').click();
    const salesStatus = sales.page.getByTestId('rma-facts').getByTestId('rma-status');
    await expect.poll(() => salesStatus.textContent()).toBe('Approved');
    expect(await sales.page.getByTestId('rma-ship-back').count()).toBe(0);
    expect(sales.errors).toEqual([]);
    await sales.page.close();

    // The customer reads the return instructions and ships it: the clock pauses meanwhile.
    await mine.reload();
    await expect
      .poll(() => mine.getByTestId('rma-instructions').textContent())
      .toContain(`Write ${number} on every carton`);
    expect(await unit.getByTestId('sla-clock').textContent()).toContain('paused');
    await mine.getByTestId('rma-inbound').click();
    expect(await mine.getByTestId('rma-inbound').textContent()).toBe('I shipped it');
    await mine.getByTestId('action-carrier').fill('UPS');
    await mine.getByTestId('action-trackingNumber').fill('1Z-GCH-4471');
    await mine.getByTestId('action-submit').click();
    await expect.poll(() => facts.getByTestId('rma-status').textContent()).toBe('On its way in');
    const inbound = mine.getByTestId('rma-parcel-to_depot');
    await expect.poll(() => inbound.textContent()).toContain('1Z-GCH-4471');

    // The depot sees it coming, receives it by scanning, and lands on its repair screen.
    const depot = await pageAs('depot@rigline.local');
    const bench = depot.page;
    await bench.getByTestId('nav-service').click();
    await bench.getByTestId('tab-service-depot').click();
    await bench.waitForURL(/\/service\/depot$/);
    const coming = (await depotState(bench, 'in_transit')).getByTestId(`depot-item-${serial}`);
    await coming.waitFor();
    expect(await coming.getByTestId('sla-clock').textContent()).toContain('paused');
    await bench.getByTestId('depot-receive-input').fill(serial);
    await bench.getByTestId('depot-receive-submit').click();
    await bench.waitForURL(/\/service\/depot\/[\w-]+$/);
    const status = bench.getByTestId('bench-status');
    await expect.poll(() => status.textContent()).toBe('Received');
    expect(await bench.getByTestId('bench-components').textContent()).toContain('HB-S21');

    // Diagnosis: the firmware fault, covered, so straight to repair (no part needed).
    await bench.getByTestId('bench-start-diagnosis').click();
    await expect.poll(() => status.textContent()).toBe('Diagnosing');
    await bench.getByTestId('diagnosis-note').fill('Reflashed the official image');
    await bench.getByTestId('diagnosis-submit').click();
    await expect.poll(() => status.textContent()).toBe('Repairing');
    expect(await bench.getByTestId('bench-diagnosis').textContent()).toBe('Firmware fault');
    await bench.getByTestId('part-form').waitFor();

    // The retest: three boards prefilled from the model, readings off the rig; it passes.
    await bench.getByTestId('bench-start-test').click();
    await expect.poll(() => status.textContent()).toBe('Testing');
    expect(
      await bench
        .getByTestId('retest-boards')
        .locator('[data-testid^="retest-board-"][data-testid$="-serial"]')
        .count(),
    ).toBe(3);
    expect(await bench.getByTestId('retest-board-0-chipsExpected').inputValue()).toBe('108');
    await bench.getByTestId('retest-durationMin').fill('180');
    await bench.getByTestId('retest-powerW').fill('3500');
    await bench.getByTestId('retest-maxChipTempC').fill('76');
    await bench.getByTestId('retest-minFanRpm').fill('4200');
    for (const board of [0, 1, 2]) {
      await bench.getByTestId(`retest-board-${board}-hashrateThs`).fill('66.7');
      await bench.getByTestId(`retest-board-${board}-chipsFound`).fill('108');
      await bench.getByTestId(`retest-board-${board}-maxChipTempC`).fill('74');
    }
    await bench.getByTestId('retest-submit').click();
    const verdict = bench.getByTestId('bench-verdict');
    await expect.poll(() => verdict.getAttribute('data-result')).toBe('pass');
    await expect.poll(() => status.textContent()).toBe('Ready to ship');
    expect(await bench.getByTestId('bench-test-1').textContent()).toContain('Pass');

    // It ships back from the RMA page.
    await bench.getByTestId('bench-facts').getByRole('link', { name: number }).click();
    await bench.waitForURL(new RegExp(`/service/rmas/${number}$`));
    await bench.getByTestId('rma-ship-back').click();
    await bench.getByTestId('action-carrier').fill('FedEx Freight');
    await bench.getByTestId('action-trackingNumber').fill('FXF-88120');
    await bench.getByTestId('action-submit').click();
    const benchStatus = bench.getByTestId('rma-facts').getByTestId('rma-status');
    await expect.poll(() => benchStatus.textContent()).toBe('Shipped back');
    expect(depot.errors).toEqual([]);
    await bench.close();

    // The customer sees it shipped back and confirms it arrived: the RMA closes.
    await mine.goto(`${server.url}/service/my-rmas`);
    const listed = mine.getByTestId(`rma-row-${number}`);
    await expect.poll(() => listed.getByTestId('rma-status').textContent()).toBe('Shipped back');
    await listed.getByRole('link', { name: number }).click();
    await mine.waitForURL(new RegExp(`/service/my-rmas/${number}$`));
    await expect
      .poll(() => mine.getByTestId('rma-parcel-to_customer').textContent())
      .toContain('FXF-88120');
    await mine.getByTestId('rma-delivered').click();
    await mine.getByTestId('action-submit').click();
    await expect.poll(() => facts.getByTestId('rma-status').textContent()).toBe('Closed');
    expect(await unit.getByTestId('rma-unit-status').textContent()).toBe('Closed');
    expect(await mine.getByTestId('rma-timeline').textContent()).toContain('Closed');
    expect(await mine.getByTestId('rma-delivered').count()).toBe(0);

    // Its warranty page now lists the RMA, closed.
    await mine.goto(`${server.url}/service/warranty/${serial}`);
    const history = mine.getByTestId(`warranty-rma-${number}`);
    await expect.poll(() => history.getByTestId('rma-status').textContent()).toBe('Closed');
    expect(customer.errors).toEqual([]);
    await mine.close();
  });

  it('a bulk upload is refused line by line, and nothing is opened (1280×800)', async () => {
    const { page, errors } = await pageAs(CUSTOMER_EMAIL, CUSTOMER_PASSWORD);
    await page.goto(`${server.url}/service/my-rmas/new`);
    await page.getByTestId('rma-bulk-upload').click();
    await page.setInputFiles('[data-testid="rma-csv-file"]', {
      name: 'returns.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('serial,fault_code,note\nNOT-OURS-002,fan,\n' + `${serials[2]},smoke,\n`),
    });
    await page.getByTestId('rma-csv-submit').click();
    const rows = page.getByTestId('csv-error-table').getByTestId('csv-error-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/^2serialNOT-OURS-002 is not a machine/);
    expect(await rows.nth(1).textContent()).toMatch(/^3fault_codeunknown fault code "smoke"/);
    // The form says the same about a line typed in, next to its field.
    await page.keyboard.press('Escape');
    await page.getByTestId('rma-line-0-serial').fill('NOT-OURS-003');
    await pick(page, 'rma-line-0-fault', 'Fan', /^Fan failure$/);
    await page.getByTestId('rma-submit').click();
    await expect
      .poll(() => page.getByTestId('rma-line-0').textContent())
      .toContain('NOT-OURS-003 is not a machine delivered to this customer');
    await page.getByTestId('rma-form-error').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the depot board and the repair screen fit a phone (390×844)', async () => {
    const serial = serials[1]!;
    // A machine approved and received at the depot, set up through the API.
    const admin = await pageAs();
    const api = await apiOf(admin.page, server.url);
    const opened = await api.post<{ rmas: { number: string }[] }>('/rmas', {
      units: [{ serial, fault: 'firmware' }],
    });
    await api.post(`/rmas/${opened.rmas[0]!.number}/approve`, {});
    await api.post('/depot/receive', { serial });
    await admin.page.close();

    const { page, errors } = await pageAs('depot@rigline.local', undefined, 390, 844);
    await page.goto(`${server.url}/service/depot`);
    const item = (await depotState(page, 'received')).getByTestId(`depot-item-${serial}`);
    await item.waitFor();
    const received = page.getByTestId('depot-state-received').getByTestId('depot-state-count');
    expect(Number(await received.textContent())).toBeGreaterThanOrEqual(1);
    expect(await overflows(page)).toBe(false);
    expect(await fitsWidth(page, 'depot-receive-submit', 390)).toBe(true);
    expect(await fitsWidth(page, `depot-item-${serial}`, 390)).toBe(true);

    // Its repair screen: every step's button on screen, nothing scrolls sideways.
    await item.getByRole('link', { name: serial }).click();
    await page.waitForURL(/\/service\/depot\/[\w-]+$/);
    const status = page.getByTestId('bench-status');
    await expect.poll(() => status.textContent()).toBe('Received');
    expect(await fitsWidth(page, 'bench-start-diagnosis', 390)).toBe(true);
    expect(await overflows(page)).toBe(false);
    await page.getByTestId('bench-start-diagnosis').click();
    await expect.poll(() => status.textContent()).toBe('Diagnosing');
    expect(await fitsWidth(page, 'diagnosis-submit', 390)).toBe(true);
    await page.getByTestId('diagnosis-submit').click();
    await expect.poll(() => status.textContent()).toBe('Repairing');
    expect(await fitsWidth(page, 'part-submit', 390)).toBe(true);
    expect(await fitsWidth(page, 'bench-start-test', 390)).toBe(true);
    expect(await overflows(page)).toBe(false);
    await page.getByTestId('bench-start-test').click();
    await expect.poll(() => status.textContent()).toBe('Testing');
    await page.getByTestId('retest-submit').scrollIntoViewIfNeeded();
    expect(await fitsWidth(page, 'retest-submit', 390)).toBe(true);
    expect(await fitsWidth(page, 'retest-board-2-maxChipTempC', 390)).toBe(true);
    expect(await overflows(page)).toBe(false);
    // An empty reading is caught before it is sent.
    await page.getByTestId('retest-submit').click();
    await page.getByTestId('retest-incomplete').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
