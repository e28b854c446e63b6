/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, browserAvailable, launchBrowser, startDemoServer } from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journey: sign in, navigate, counts, sign out', () => {
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

  async function signIn(page: Page, password: string) {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill('admin@rigline.local');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  it('shows an error for a wrong password and keeps the email', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, 'wrong password entirely');
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('Email or password is incorrect');
    expect(await page.getByTestId('login-email').inputValue()).toBe('admin@rigline.local');
    await page.close();
  });

  it('signs in, sees live counts, visits sections and admin pages, signs out (1280×800)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, ADMIN_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    // The demo seeded the admin and seven colleagues.
    await expect.poll(() => page.getByTestId('home-count-users').textContent()).toBe('8');

    // Production opens on the ramp; every tab has its page, so no "not built yet" note.
    await page.getByTestId('nav-production').click();
    await page.waitForURL(/\/production\/ramp$/);
    await page.getByTestId('phases-table').waitFor();
    expect(await page.getByTestId('section-note').count()).toBe(0);

    await page.getByTestId('nav-logistics').click();
    await page.waitForURL(/\/logistics\/shipments$/);
    await page.getByTestId('shipments-table').waitFor();
    expect(await page.getByTestId('section-note').count()).toBe(0);

    // Service opens on the warranty look-up; every tab has its page.
    await page.getByTestId('nav-service').click();
    await page.waitForURL(/\/service\/warranty$/);
    await page.getByTestId('warranty-form').waitFor();
    expect(await page.getByTestId('section-note').count()).toBe(0);

    await page.getByTestId('nav-admin-users').click();
    await page.waitForURL(/\/admin\/users/);
    await expect.poll(() => page.getByText('planner@rigline.local').count()).toBeGreaterThan(0);

    await page.getByTestId('nav-admin-audit').click();
    await page.waitForURL(/\/admin\/audit/);
    await expect.poll(() => page.getByText('auth.login').count()).toBeGreaterThan(0);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/login/);
    // Signed out for real: the API refuses the old session.
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(me).toBe(401);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works at phone width: navigation sits behind the menu button', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, ADMIN_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByTestId('home-count-users').textContent()).toBe('8');
    // Collapsed, the navbar is translated off-screen (still in the DOM, so check its position).
    const onScreen = async () => {
      const box = await page.getByTestId('nav-fleet').boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 390;
    };
    expect(await onScreen()).toBe(false);
    await page.getByTestId('nav-burger').click();
    await expect.poll(onScreen).toBe(true);
    await page.getByTestId('nav-fleet').click();
    await page.waitForURL(/\/fleet/);
    // The address changes before the page has rendered: wait for the page, not the URL.
    await page.getByTestId('empty-state').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth + 1,
    );
    expect(overflow).toBe(false);
    await page.close();
  });
});
