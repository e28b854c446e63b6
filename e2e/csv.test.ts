/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, startDemoServer, signIn } from './harness.js';

const available = browserAvailable();

/** A suffix no demo record uses, so the journey never depends on what the demo seeded. */
const run = Date.now().toString(36).toUpperCase();

const HEADER = 'code,name,country,lead_time_days';

describe.runIf(available)('browser journey: CSV import and export', () => {
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

  async function pickFile(page: Page, name: string, lines: string[]) {
    await page.setInputFiles('[data-testid="csv-file"]', {
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(`${lines.join('\n')}\n`),
    });
  }

  it('refuses a file with a bad row, checks and imports a good one, offers the export', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, server.url);
    const [first, second] = [`CSV-A-${run}`, `CSV-B-${run}`];
    // Asks the API (with the page's session) rather than the list, which may not have refreshed.
    const supplierStatus = async (code: string) =>
      (await page.request.get(`${server.url}/api/v1/suppliers/${code}`)).status();

    await page.goto(`${server.url}/supply/suppliers`);
    await page.getByTestId('suppliers-table').waitFor();

    // The export is a plain download link to the CSV endpoint.
    const exportLink = page.getByTestId('csv-export-suppliers');
    expect(await exportLink.getAttribute('href')).toBe('/api/v1/csv/suppliers');
    expect(await exportLink.getAttribute('download')).not.toBeNull();

    // A file whose second row names a country in full: refused, with the line and column.
    await page.getByTestId('csv-import-suppliers').click();
    const dialog = page.getByRole('dialog');
    await pickFile(page, 'bad.csv', [
      HEADER,
      `${first},CSV Alpha ${run},TW,21`,
      `${second},CSV Beta ${run},Taiwan,14`,
    ]);
    await dialog.getByTestId('csv-submit').click();
    const refused = dialog.getByTestId('csv-errors');
    await expect.poll(() => refused.textContent()).toContain('nothing was imported');
    const rows = refused.getByTestId('csv-error-row');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('country');
    expect(cells[2]).toContain('two-letter country code');
    // All or nothing: the good row of that file was not imported either.
    expect(await supplierStatus(first)).toBe(404);

    // A good file, checked first (nothing written), then imported.
    const good = [HEADER, `${first},CSV Alpha ${run},TW,21`, `${second},CSV Beta ${run},US,7`];
    await pickFile(page, 'good.csv', good);
    expect(await dialog.getByTestId('csv-errors').count()).toBe(0);
    await dialog.getByLabel('Check only (dry run)').check();
    await dialog.getByTestId('csv-submit').click();
    await expect
      .poll(() => dialog.getByTestId('csv-result').textContent())
      .toContain('Checked: would create 2, update 0');
    expect(await supplierStatus(first)).toBe(404);
    await dialog.getByLabel('Check only (dry run)').uncheck();
    await dialog.getByTestId('csv-submit').click();
    await expect
      .poll(() => dialog.getByTestId('csv-result').textContent())
      .toContain('2 created, 0 updated');

    // The list refreshes with both new suppliers.
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByTestId(`supplier-row-${first}`).waitFor();
    expect(await page.getByTestId(`supplier-row-${second}`).textContent()).toContain(
      `CSV Beta ${run}`,
    );

    // The export now carries them.
    const exported = await page.request.get(`${server.url}/api/v1/csv/suppliers`);
    expect(exported.headers()['content-type']).toContain('text/csv');
    expect(await exported.text()).toContain(`${second},CSV Beta ${run},US,7`);

    expect(errors).toEqual([]);
    await page.close();
  });
});
