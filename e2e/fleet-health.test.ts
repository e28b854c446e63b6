/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiOf,
  browserAvailable,
  launchBrowser,
  overflows,
  s21Reading,
  signIn,
  siteCollector,
  startDemoServer,
} from './harness.js';

const available = browserAvailable();
const CUSTOMER_EMAIL = 'fleet-health@gulfcoast.example';
const CUSTOMER_PASSWORD = 'e2e customer password';
const MODEL = 'Antminer S21';

interface FleetSiteRow {
  site: { id: string; code: string; name: string };
}
interface UnitDetail {
  components: { partNumber: string; serial: string | null }[];
}
interface Episode {
  fault: string;
  unitSerial: string | null;
  ticketKind: string | null;
  ticketRef: string | null;
}

/** `read()` again every half second until `done` says so (hooks cannot use expect.poll). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe.runIf(available)('browser journey: from a red machine to its RMA', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let site: FleetSiteRow['site'];
  let serial: string;
  let boards: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    const page = await browser.newPage();
    await signIn(page, server.url);
    const api = await apiOf(page, server.url);
    const gch = await api.get<{ id: string }>('/customers/GCH');
    await api.post('/users', {
      email: CUSTOMER_EMAIL,
      name: 'Gulf Coast Fleet',
      roles: ['customer'],
      customerId: gch.id,
      password: CUSTOMER_PASSWORD,
    });

    // An S21 built here, delivered to Gulf Coast Hash, in warranty and never returned.
    const base = await api.get<{ items: { serial: string; model: string; siteCode: string }[] }>(
      '/installed-base?customer=GCH&limit=500',
    );
    const sites = (await api.get<{ items: FleetSiteRow[] }>('/fleet/sites')).items;
    for (const unit of base.items.filter((u) => u.model === MODEL)) {
      const cover = await api.get<{ state: string; builtHere: boolean; rmas: unknown[] }>(
        `/warranty/${unit.serial}`,
      );
      const at = sites.find((s) => s.site.code === unit.siteCode);
      if (!cover.builtHere || cover.state !== 'in_warranty' || cover.rmas.length || !at) continue;
      const detail = await api.get<UnitDetail>(`/production/units/${unit.serial}`);
      boards = detail.components.flatMap((c) =>
        c.partNumber.startsWith('HB-') && c.serial ? [c.serial] : [],
      );
      serial = unit.serial;
      site = at.site;
      break;
    }
    expect(serial).toBeTruthy();
    expect(boards).toHaveLength(3);

    // A missing board opens its fault at once for this model (the server's database is its
    // own, gone with it), and one
    // faulty machine of two is no reason for a crew visit.
    await api.put(`/fleet/health/thresholds/${encodeURIComponent(MODEL)}`, {
      boardMissingAfterS: 0,
    });
    await api.put(`/fleet/sites/${site.id}/ticket-rules`, { visitMinShareBp: 10_000 });

    // The site's collector pushes three sweeps a few seconds apart: board 1 of the unit reads
    // no chip; the other machine (not built here) is healthy.
    const collector = await siteCollector(api, server.url, site.id, 'e2e health collector');
    for (let sweep = 0; sweep < 3; sweep++) {
      const at = Date.now();
      const status = await collector.push(`e2e-health-${sweep}`, at, [
        s21Reading('10.9.0.21', at, serial, boards, 1),
        s21Reading('10.9.0.22', at, null, ['X-1', 'X-2', 'X-3']),
      ]);
      expect(status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }

    // The event dispatcher runs every second: the fault, then its repair draft.
    const open = await until(
      () => api.get<{ items: Episode[] }>(`/fleet/faults?siteId=${site.id}&status=open`),
      (r) => r.items.some((e) => e.ticketKind === 'draft'),
    );
    expect(open.items).toEqual([
      expect.objectContaining({ fault: 'board_missing', unitSerial: serial, ticketKind: 'draft' }),
    ]);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the customer opens the red machine, reads the fault and its draft, and confirms it into an RMA (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url, CUSTOMER_EMAIL, CUSTOMER_PASSWORD);

    // The site: its faults card, and the faulty machine red in the table with what is wrong.
    await page.goto(`${server.url}/fleet/sites/${site.id}`);
    await expect.poll(() => page.getByTestId('site-faulty-machines').textContent()).toBe('1');
    expect(await page.getByTestId('site-fault-board_missing').textContent()).toBe(
      'Hashboard missing · 1',
    );
    await expect.poll(() => page.getByTestId('machine-count').textContent()).toBe('2 machines');
    const red = page.locator('[data-testid="machine-row"][data-faulty="true"]');
    expect(await red.count()).toBe(1);
    expect(await red.getAttribute('data-ip')).toBe('10.9.0.21');
    expect(await red.getByTestId('machine-faults').textContent()).toBe('Hashboard missing');

    // Only the faulty ones, then the row opens the machine.
    await page.getByTestId('machine-status-filter').click();
    await page.getByRole('option', { name: 'With open faults' }).click();
    await expect.poll(() => page.getByTestId('machine-count').textContent()).toBe('1 machine');
    expect(await page.getByTestId('machine-count-total').textContent()).toBe(' of 2');
    await red.getByTestId('machine-status').click();
    await page.waitForURL(/\/fleet\/machines\//);

    // The machine: the open fault on board 1, sent to a repair draft.
    const fault = page.locator('[data-testid="machine-fault-row"][data-status="open"]');
    await fault.waitFor();
    expect(await fault.textContent()).toContain('Hashboard missing');
    expect(await fault.textContent()).toContain('Board 1');
    expect(await fault.textContent()).toContain('0 of 108 chips');
    const draftLink = fault.getByTestId('ticket-link-draft');
    const draftNumber = (await draftLink.textContent())!;
    expect(draftNumber).toMatch(/^RD-/);
    expect(await page.getByTestId('warranty-evidence').textContent()).toContain(
      'none of this is applied to the warranty',
    );
    await page.getByTestId('board-rate-chart').waitFor();

    // The draft: its evidence, then the customer confirms it.
    await draftLink.click();
    await page.waitForURL(new RegExp(`/fleet/repair-drafts/${draftNumber}$`));
    await page.getByTestId('draft-episodes').waitFor();
    expect(await page.getByTestId('draft-status').textContent()).toBe('Awaiting decision');
    expect(await page.getByTestId('draft-machine-link').textContent()).toBe('10.9.0.21');
    expect(await page.getByTestId('draft-episodes').textContent()).toContain('Hashboard missing');
    expect(await page.getByTestId('draft-serials-read').textContent()).toContain(boards[1]);
    expect(await page.getByTestId('draft-warranty').textContent()).toContain('In warranty');
    expect(await page.getByTestId('draft-burn-in-board-1').textContent()).toContain('0 / ');

    await page.getByTestId('draft-confirm').click();
    await page.getByTestId('draft-note').fill('Please send a replacement board');
    await page.getByTestId('draft-decision-submit').click();
    const rmaLink = page.getByTestId('draft-rma-link');
    await rmaLink.waitFor();
    const rma = (await rmaLink.textContent())!;
    expect(rma).toMatch(/^RMA-/);
    expect(await page.getByTestId('draft-status').textContent()).toBe('Confirmed');
    expect(await page.getByTestId('draft-confirm').count()).toBe(0);

    // The RMA is open, under the customer's "My RMAs".
    await rmaLink.click();
    await page.waitForURL(new RegExp(`/service/my-rmas/${rma}$`));
    await page.getByTestId(`rma-unit-${serial}`).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('staff read every fault with its ticket, and the confirmed draft in the list; phone width holds (390×844)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);

    await page.goto(`${server.url}/fleet/faults`);
    const row = page.locator('[data-testid="fault-row"][data-fault="board_missing"]');
    await row.waitFor();
    expect(await row.getByTestId('ticket-link-rma').textContent()).toMatch(/^RMA-/);
    expect(await row.getByTestId('fault-machine-link').textContent()).toBe('10.9.0.21');
    expect(await overflows(page)).toBe(false);

    await page.goto(`${server.url}/fleet/repair-drafts?status=confirmed`);
    await page.getByTestId('drafts-table').waitFor();
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toBe('1 draft');
    expect(await page.getByTestId('drafts-table').textContent()).toContain(serial);
    expect(await overflows(page)).toBe(false);

    await page.getByTestId('drafts-table').getByRole('link').first().click();
    await page.getByTestId('draft-outcome').waitFor();
    expect(await overflows(page)).toBe(false);

    await page.goto(`${server.url}/fleet/sites/${site.id}`);
    await page.getByTestId('machine-table').waitFor();
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('staff tune a model’s thresholds and a site’s ticket rules; a value out of range is refused', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url);
    const api = await apiOf(page, server.url);
    const other = 'Antminer S19 XP';
    interface Thresholds {
      items: { model: string; thresholds: { chipTempMaxC: number }; overrides: object }[];
    }
    const limitOf = async () =>
      (await api.get<Thresholds>('/fleet/health/thresholds')).items.find((m) => m.model === other)!;

    await page.goto(`${server.url}/fleet/health?model=${encodeURIComponent(other)}`);
    const input = page.getByTestId('threshold-chipTempMaxC-input');
    await input.fill('200');
    await page.getByTestId('thresholds-save').click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('chipTempMaxC');
    await input.fill('88');
    await page.getByTestId('thresholds-save').click();
    await page.getByTestId('threshold-chipTempMaxC-reset').waitFor();
    expect((await limitOf()).thresholds.chipTempMaxC).toBe(88);
    expect(await page.getByTestId('threshold-chipTempMaxC-default').textContent()).toContain(
      '95 °C',
    );
    await page.getByTestId('threshold-chipTempMaxC-reset').click();
    await expect.poll(async () => (await limitOf()).overrides).toEqual({});
    expect((await limitOf()).thresholds.chipTempMaxC).toBe(95);

    // The site's rules, in their dialog on the site page.
    await page.goto(`${server.url}/fleet/sites/${site.id}`);
    await page.getByTestId('ticket-rules-button').click();
    const form = page.getByTestId('ticket-rules-form');
    await form.waitFor();
    expect(await form.getByTestId('rules-visitMinShareBp').textContent()).toContain('Site');
    await form.getByTestId('rules-autoApprove-input').click();
    await form.getByTestId('rules-save').click();
    await form.waitFor({ state: 'detached' });
    interface Rules {
      rules: { autoApprove: boolean; visitMinShareBp: number };
      own: Record<string, unknown>;
    }
    const rules = await api.get<Rules>(`/fleet/sites/${site.id}/ticket-rules`);
    expect(rules.own).toEqual({ visitMinShareBp: 10_000, autoApprove: true });
    await page.getByTestId('ticket-rules-button').click();
    expect(await page.getByTestId('rules-default-autoApprove').textContent()).toBe('Default: off');
    await page.getByTestId('rules-reset-autoApprove').click();
    await expect
      .poll(async () => (await api.get<Rules>(`/fleet/sites/${site.id}/ticket-rules`)).own)
      .toEqual({ visitMinShareBp: 10_000 });
    await page.close();
  });
});
