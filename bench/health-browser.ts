// The site page's machine table in a real browser: how long a whole site takes to show, and how
// long a filter and a sort take to answer, all in the browser. Debian's Chromium, through
// playwright-core, against a Rigline server on this machine only.
import type { Page } from 'playwright-core';
import { launchBrowser, signIn } from '../e2e/harness.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const TIMEOUT_MS = 120_000;

export interface TableTimings {
  /**
   * From clicking the site in the sites list until the table counts every row and shows the
   * first (the app loaded, as a user reaches the page).
   */
  renderMs: number;
  /** The same from opening the site's address afresh: the app's own loading included. */
  coldLoadMs: number;
  /** From typing a search until the count answers. */
  filterMs: number;
  /** From clicking a sort header until the first rows change. */
  sortMs: number;
}

// The in-page parts are plain script text: a TypeScript runner (tsx) names functions with a
// helper that does not exist in the page.

/** Types `text` into the search box as a person does; resolves when the count answers. */
const FILTER_SCRIPT = `(typed) => new Promise((resolve, reject) => {
  const input = document.querySelector('[data-testid="machine-search-text"]');
  const count = () =>
    Number(document.querySelector('[data-testid="machine-count"]')?.dataset.count);
  if (!input) return reject(new Error('no search box'));
  const before = count();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setValue.call(input, typed);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const tick = () => {
    const now = count();
    if (now !== before) resolve({ ms: performance.now() - start, count: now });
    else if (performance.now() - start > 30000) reject(new Error('the count never changed'));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Clicks a sort header; resolves when the first rows on screen are others. */
const SORT_SCRIPT = `(testId) => new Promise((resolve, reject) => {
  const firstRows = () =>
    [...document.querySelectorAll('[data-testid="machine-row"]')]
      .slice(0, 5)
      .map((row) => row.dataset.machineId)
      .join(',');
  const button = document.querySelector('[data-testid="' + testId + '"]');
  if (!button) return reject(new Error('no ' + testId));
  const before = firstRows();
  const start = performance.now();
  button.click();
  const tick = () => {
    if (firstRows() !== before) resolve(performance.now() - start);
    else if (performance.now() - start > 30000) reject(new Error('the rows never moved'));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * Resolves with the page's clock (which starts at its navigation) on the first frame where the
 * table counts `rows` and draws some.
 */
const RENDERED_SCRIPT = `(rows) => new Promise((resolve, reject) => {
  const tick = () => {
    const count = document.querySelector('[data-testid="machine-count"]');
    const drawn = document.querySelector('[data-testid="machine-row"]');
    if (Number(count?.dataset.count) === rows && drawn !== null) resolve(performance.now());
    else if (performance.now() > ${TIMEOUT_MS}) reject(new Error('the table never showed ' + rows));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

/** Clicks the link to `href` and resolves, on the page's clock, when the table is whole. */
const NAVIGATE_SCRIPT = `({ href, rows }) => new Promise((resolve, reject) => {
  const link = document.querySelector('a[href="' + href + '"]');
  if (!link) return reject(new Error('no link to ' + href));
  const start = performance.now();
  link.click();
  const tick = () => {
    const count = document.querySelector('[data-testid="machine-count"]');
    const drawn = document.querySelector('[data-testid="machine-row"]');
    if (Number(count?.dataset.count) === rows && drawn !== null) resolve(performance.now() - start);
    else if (performance.now() - start > ${TIMEOUT_MS}) reject(new Error('the table never showed ' + rows));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

const call = <T>(page: Page, script: string, arg: unknown) =>
  page.evaluate(`(${script})(${JSON.stringify(arg)})`) as Promise<T>;

const timeFilter = (page: Page, text: string) =>
  call<{ ms: number; count: number }>(page, FILTER_SCRIPT, text);

const timeSort = (page: Page, column: string) =>
  call<number>(page, SORT_SCRIPT, `machine-sort-${column}`);

/**
 * Measures the machine table of one site: (a) the page opened afresh until the count reads
 * `expectRows` and rows are drawn, (b) a search typed until the count changes, (c) a sort
 * header clicked until the first rows change. Milliseconds, timed inside the page.
 */
export async function measureMachineTable(opts: {
  baseUrl: string;
  email: string;
  password: string;
  siteId: string;
  expectRows: number;
}): Promise<TableTimings> {
  const host = new URL(opts.baseUrl).hostname;
  if (!LOOPBACK.has(host))
    throw new Error(`measureMachineTable runs against a server on this machine, not ${host}`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(TIMEOUT_MS);
    await signIn(page, opts.baseUrl, opts.email, opts.password);

    // (a) As a user gets there: the sites list, then a click on the site.
    const href = `/fleet/sites/${encodeURIComponent(opts.siteId)}`;
    await page.goto(`${opts.baseUrl}/fleet/sites`);
    await page.locator(`a[href="${href}"]`).waitFor();
    const renderMs = await call<number>(page, NAVIGATE_SCRIPT, { href, rows: opts.expectRows });
    // (a') Opened afresh: the page's clock starts with the navigation, so the app's own
    // loading is included.
    await page.goto(`${opts.baseUrl}${href}`);
    const coldLoadMs = await call<number>(page, RENDERED_SCRIPT, opts.expectRows);

    // (b) A search that keeps some machines: the first address's first three parts.
    const firstIp = await page
      .locator('[data-testid="machine-row"]')
      .first()
      .getAttribute('data-ip');
    const text = firstIp?.split('.').slice(0, 3).join('.').concat('.1') ?? '1';
    const filtered = await timeFilter(page, text);
    if (filtered.count >= opts.expectRows) throw new Error(`"${text}" kept every machine`);

    // (c) Back to every machine, then sorted by hashrate.
    await timeFilter(page, '');
    const sortMs = await timeSort(page, 'hashrate');
    return { renderMs, coldLoadMs, filterMs: filtered.ms, sortMs };
  } finally {
    await browser.close();
  }
}
