/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
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

/** The smallest PNG there is (one pixel): the server checks a photo's bytes, not its name. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

interface Balance {
  partNumber: string;
  available: number;
}

/** Machines installed at Gulf Coast's Rockdale site and on no visit yet, in installed order. */
async function freeAtRockdale(api: Api): Promise<string[]> {
  const onVisits = new Set<string>();
  for (const v of (await api.get<{ items: { number: string }[] }>('/field/visits')).items)
    for (const u of (await api.get<{ units: { serial: string }[] }>(`/field/visits/${v.number}`))
      .units)
      onVisits.add(u.serial);
  return (
    await api.get<{ items: { serial: string }[] }>(
      '/installed-base?customer=GCH&site=ROCKDALE&limit=5000',
    )
  ).items
    .map((u) => u.serial)
    .filter((s) => s.startsWith('RLS21-') && !onVisits.has(s));
}

describe.runIf(available)('browser journeys: field service, dispatch and analytics', () => {
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

  const pageAs = (email?: string, width?: number, height?: number) =>
    signedInPage(browser, server.url, { email, width, height });

  it('a technician links their login, checks in, fixes, photographs and gets the sign-off (390×844)', async () => {
    const { page, errors } = await pageAs('depot@rigline.local', 390, 844);
    const api = await apiOf(page, server.url);
    const fans = async () =>
      (await api.get<{ items: Balance[] }>('/inventory/balances?location=VAN-BEN')).items
        .filter((b) => b.partNumber === 'FAN-12038')
        .reduce((n, b) => n + b.available, 0);
    const fansBefore = await fans();

    // The demo's technicians have no login: the depot technician says Ben Okafor is them.
    await page.getByTestId('nav-burger').click();
    await page.getByTestId('nav-service').click();
    await page.getByTestId('tab-service-field').click();
    await page.getByTestId('my-visits-none').waitFor();
    await page.getByTestId('field-view-technicians').click();
    const ben = page.getByTestId('technician-BEN');
    await ben.getByTestId('technician-edit').click();
    await pick(page, 'technician-login-choice', null, /^Me \(depot@rigline\.local\)$/);
    await page.getByTestId('technician-submit').click();
    await expect.poll(() => ben.getByTestId('technician-login').textContent()).toBe('You');

    // My visits comes first, in route order: the first stop of Ben's first day.
    const card = page.locator('[data-testid^="my-visit-"]').first();
    await card.waitFor();
    const number = (await card.getAttribute('data-testid'))!.replace('my-visit-', '');
    expect(await page.locator('[data-testid^="my-visit-"]').count()).toBeGreaterThanOrEqual(2);
    expect(await overflows(page)).toBe(false);
    await card.click();
    await page.waitForURL(new RegExp(`/service/field/visits/${number}$`));
    const status = page.getByTestId('visit-facts').getByTestId('visit-status');
    await expect.poll(() => status.textContent()).toBe('Scheduled');
    expect(await page.getByTestId('visit-technician').textContent()).toBe('Ben Okafor');
    expect(await page.getByTestId('visit-kit').textContent()).toContain('FAN-12038');
    expect(await overflows(page)).toBe(false);

    // On site: one big button.
    await page.getByTestId('visit-check-in').click();
    await expect.poll(() => status.textContent()).toBe('On site');
    const serials = (
      await api.get<{ units: { serial: string }[] }>(`/field/visits/${number}`)
    ).units.map((u) => u.serial);
    expect(serials.length).toBeGreaterThanOrEqual(2);
    // Completing before every machine has a result is refused, and says why.
    await page.getByTestId('visit-signoff-name').fill('Jo Perez');
    expect(await page.getByTestId('visit-complete').isDisabled()).toBe(true);
    expect(await page.getByTestId('visit-units-open').textContent()).toContain(serials[0]);

    // The first machine: a fan from the van, then Fixed.
    const first = page.getByTestId(`visit-unit-${serials[0]}`);
    await first.getByTestId('unit-add-part').click();
    await pick(page, `unit-${serials[0]}-part-0-number`, 'FAN', /FAN-12038/);
    expect(await page.getByTestId(`unit-${serials[0]}-part-0-quantity`).inputValue()).toBe(
      'Quantity 1',
    );
    await first.getByTestId('unit-note').fill('Rear fan seized, replaced');
    expect(await overflows(page)).toBe(false);
    await first.getByTestId('unit-result-fixed').click();
    await expect.poll(() => first.getByTestId('unit-result').textContent()).toBe('Fixed');
    expect(await first.getByTestId('unit-parts-used').textContent()).toContain('FAN-12038');
    expect(await first.textContent()).toContain('Rear fan seized, replaced');
    // The others: one goes to the depot, the rest are fixed without a part.
    for (const [i, serial] of serials.slice(1).entries()) {
      const unit = page.getByTestId(`visit-unit-${serial}`);
      const result = i === 0 ? 'to_depot' : 'fixed';
      await unit.getByTestId(`unit-result-${result}`).click();
      await expect
        .poll(() => unit.getByTestId('unit-result').getAttribute('data-result'))
        .toBe(result);
    }
    expect(await page.getByTestId('visit-units-open').count()).toBe(0);

    // A photo from the phone's camera.
    await page.setInputFiles('[data-testid="visit-photo-file"]', {
      name: 'rack-7.png',
      mimeType: 'image/png',
      buffer: PIXEL_PNG,
    });
    const photo = page.getByTestId('visit-attachments').getByRole('link', { name: 'rack-7.png' });
    await photo.waitFor();

    // The site lead signs off: the visit is completed.
    await page.getByTestId('visit-complete').click();
    await expect.poll(() => status.textContent()).toBe('Completed');
    expect(await page.getByTestId('visit-completed').textContent()).toContain('Jo Perez');
    expect(await page.getByTestId('visit-check-in').count()).toBe(0);
    expect(await overflows(page)).toBe(false);
    // The fan left Ben's van.
    expect(await fans()).toBe(fansBefore - 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the dispatch board plans, compares with nearest-first, maps and applies (1280×800)', async () => {
    const { page, errors } = await pageAs('sales@rigline.local');
    const api = await apiOf(page, server.url);
    const technicians = (
      await api.get<{ items: { code: string; name: string; active: boolean }[] }>(
        '/field/technicians',
      )
    ).items.filter((t) => t.active);
    expect(technicians.length).toBeGreaterThanOrEqual(4);

    // Two machines at Rockdale on no visit yet: the desk plans a visit for them.
    const free = (await freeAtRockdale(api)).slice(-2);
    expect(free).toHaveLength(2);
    await page.goto(`${server.url}/service/field?view=visits`);
    await page.getByTestId('plan-visit').click();
    await pick(page, 'plan-customer', 'GCH', /^GCH · /);
    await pick(page, 'plan-site', 'ROCK', /^ROCKDALE · /);
    await page.getByTestId('plan-unit-0-serial').fill(free[0]!);
    await pick(page, 'plan-unit-0-fault', 'Fan', /^Fan failure$/);
    await page.getByTestId('plan-add-unit').click();
    await page.getByTestId('plan-unit-1-serial').fill(free[1]!);
    await pick(page, 'plan-unit-1-fault', 'Fan', /^Fan failure$/);
    await page.getByTestId('plan-submit').click();
    await page.getByTestId('plan-visit-form').waitFor({ state: 'detached' });
    await page.getByTestId('visit-status-filter').click();
    await page.getByRole('option', { name: 'Planned' }).click();
    const planned = page.getByTestId('visits-table').locator('[data-testid^="visit-row-"]');
    await expect.poll(() => planned.count()).toBe(1);
    const newVisit = (await planned.first().getAttribute('data-testid'))!.replace('visit-row-', '');

    // Sales plans but works no visit: no "My visits".
    await page.getByTestId('field-view-dispatch').click();
    await page.getByTestId('dispatch-form').waitFor();
    expect(await page.getByTestId('my-visits').count()).toBe(0);
    await page.getByTestId('dispatch-days').fill('7');
    await page.getByTestId('dispatch-plan').click();
    const view = page.getByTestId('dispatch-plan-view');
    await expect.poll(() => view.getAttribute('data-applied')).toBe('false');
    expect(await page.getByTestId('dispatch-state').textContent()).toBe('Preview');

    // The objective next to nearest-first's, line by line.
    for (const key of ['travelMin', 'lateDays', 'breaches', 'unassigned', 'total']) {
      const row = page.getByTestId(`dispatch-objective-${key}`);
      expect(await row.getByTestId('objective-plan').textContent()).toMatch(/^[\d,]+$/);
      expect(await row.getByTestId('objective-nearest').textContent()).toMatch(/^[\d,]+$/);
    }
    expect(await page.getByTestId('dispatch-improvement').textContent()).toMatch(/nearest-first/i);

    // The map is drawn (SVG) with a legend entry per technician; so is the timeline.
    const map = page.getByTestId('dispatch-map');
    await map.locator('svg').first().waitFor();
    await expect.poll(() => map.locator('svg').textContent()).toContain(technicians[0]!.name);
    for (const t of technicians) {
      await page.getByTestId(`dispatch-legend-${t.code}`).waitFor();
      expect(await page.getByTestId(`dispatch-row-${t.code}`).textContent()).toBe(t.name);
    }
    const stops = page.getByTestId('dispatch-timeline').locator('[data-testid^="dispatch-stop-"]');
    expect(await stops.count()).toBeGreaterThan(0);
    // The visit just planned is on it, or listed as unassigned with the reason.
    await expect
      .poll(
        async () =>
          (await page.getByTestId(`dispatch-stop-${newVisit}`).count()) +
          (await page.getByTestId(`dispatch-unassigned-${newVisit}`).count()),
      )
      .toBe(1);
    expect(await page.getByTestId('dispatch-unassigned').textContent()).toBeTruthy();

    // Applied: the visits get their technician and day.
    await page.getByTestId('dispatch-apply').click();
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => view.getAttribute('data-applied')).toBe('true');
    expect(await page.getByTestId('dispatch-apply').count()).toBe(0);
    const scheduled = await api.get<{ items: unknown[] }>('/field/visits?status=scheduled');
    expect(scheduled.items.length).toBeGreaterThan(0);

    // The visit list shows them; a stop on the timeline opens its visit.
    const visit = (await stops.first().getAttribute('data-testid'))!.replace('dispatch-stop-', '');
    await page.getByTestId('field-view-visits').click();
    await expect
      .poll(() => page.getByTestId(`visit-row-${visit}`).getByTestId('visit-status').textContent())
      .toBe('Scheduled');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('home counts lead to their pages, a customer RMA count to "My RMAs" (1280×800)', async () => {
    const admin = await pageAs();
    const api = await apiOf(admin.page, server.url);
    const gch = await api.get<{ id: string }>('/customers/GCH');
    await api.post('/users', {
      email: 'field@gulfcoast.example',
      name: 'Gulf Coast Field',
      roles: ['customer'],
      customerId: gch.id,
      password: 'gulf coast field password',
    });
    await admin.page.close();

    const desk = await pageAs('sales@rigline.local');
    await desk.page.getByTestId('home-card-visitsToday').click();
    await desk.page.waitForURL(/\/service\/field$/);
    await desk.page.getByTestId('dispatch-form').waitFor();
    await desk.page.goto(`${server.url}/`);
    await desk.page.getByTestId('home-card-pastSla').click();
    await desk.page.waitForURL(/\/service\/depot$/);
    await desk.page.getByTestId('depot-board').waitFor();
    expect(desk.errors).toEqual([]);
    await desk.page.close();

    // The server links the staff's RMA list; a customer lands on its own, visits below.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url, 'field@gulfcoast.example', 'gulf coast field password');
    await page.getByTestId('home-card-openRmaMachines').click();
    await page.waitForURL(/\/service\/my-rmas$/);
    await page.getByTestId('rmas-table').waitFor();
    const visits = page.getByTestId('my-field-visits');
    await visits.waitFor();
    expect(await visits.textContent()).not.toContain('LSH');
    await visits.locator('[data-testid^="visit-row-"] a').first().click();
    await page.waitForURL(/\/service\/my-rmas\/visits\/FV-/);
    await page.getByTestId('visit-facts').waitFor();
    expect(await page.getByTestId('visit-check-in').count()).toBe(0);
    expect(await page.getByTestId('access-denied').count()).toBe(0);
    await page.close();
  });

  // Last: the visit planned here stays planned, and the dispatch journey counts planned visits.
  it('the desk adds a machine of the site to a planned visit, not one from elsewhere (390×844)', async () => {
    const { page, errors } = await pageAs('sales@rigline.local', 390, 844);
    const api = await apiOf(page, server.url);
    const [first, second] = await freeAtRockdale(api);
    expect(second).toBeTruthy();
    const elsewhere = (
      await api.get<{ items: { serial: string }[] }>(
        '/installed-base?customer=LSH&site=DENTON&limit=1',
      )
    ).items[0]!.serial;
    const {
      items: [visit],
    } = await api.post<{ items: { number: string }[] }>('/field/visits', {
      customer: 'GCH',
      site: 'ROCKDALE',
      units: [{ serial: first, fault: 'fan' }],
    });

    // A scheduled visit takes no more machines: no form.
    const scheduled = (
      await api.get<{ items: { number: string }[] }>('/field/visits?status=scheduled')
    ).items[0]!;
    await page.goto(`${server.url}/service/field/visits/${scheduled.number}`);
    await page.getByTestId('visit-facts').waitFor();
    expect(await page.getByTestId('visit-add-units').count()).toBe(0);

    await page.goto(`${server.url}/service/field/visits/${visit!.number}`);
    const form = page.getByTestId('visit-add-units');
    await form.waitFor();
    const duration = page.getByTestId('visit-duration');
    const before = await duration.textContent();
    const cards = page.locator('[data-testid^="visit-unit-"]');
    expect(await cards.count()).toBe(1);
    expect(await overflows(page)).toBe(false);

    // A second machine of the site, with a power supply to replace: listed, and longer on site.
    await page.getByTestId('visit-add-serial').fill(second!);
    await page.getByTestId('visit-add-serial').press('Escape');
    await pick(page, 'visit-add-fault', 'Power', /^Power supply failure$/);
    await page.getByTestId('visit-add-submit').click();
    const added = page.getByTestId(`visit-unit-${second}`);
    await added.waitFor();
    expect(await added.textContent()).toContain('Power supply failure');
    await expect.poll(() => duration.textContent()).not.toBe(before);
    expect(await cards.count()).toBe(2);
    expect(await page.getByTestId('visit-add-serial').inputValue()).toBe('');

    // A machine of another site is refused, and the page says why.
    await page.getByTestId('visit-add-serial').fill(elsewhere);
    await page.getByTestId('visit-add-serial').press('Escape');
    await page.getByTestId('visit-add-submit').click();
    const error = page.getByTestId('visit-add-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(`Not installed at ROCKDALE: ${elsewhere}`);
    expect(await cards.count()).toBe(2);
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
