/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  browserAvailable,
  launchBrowser,
  startDemoServer,
  signIn,
} from './harness.js';

const available = browserAvailable();

describe.runIf(available)('browser journey: an admin manages users and API tokens', () => {
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

  it('creates a buyer who can then sign in and sees no admin pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url, 'admin@rigline.local', ADMIN_PASSWORD);
    await page.getByTestId('nav-admin-users').click();
    await page.getByTestId('new-user').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('new.buyer@plant.example');
    await dialog.getByLabel('Name').fill('New Buyer');
    await dialog.getByLabel('Roles').click();
    await page.getByRole('option', { name: 'Buyer' }).click();
    await dialog.getByLabel('Initial password').fill('a long first password');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => page.getByText('new.buyer@plant.example').count()).toBeGreaterThan(0);

    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/login/);
    await signIn(page, server.url, 'new.buyer@plant.example', 'a long first password');
    // The navigation renders with the user menu; only then can its absence mean anything.
    await page.getByTestId('user-menu').waitFor({ state: 'visible' });
    expect(await page.getByTestId('nav-admin-users').count()).toBe(0);
    await page.goto(`${server.url}/admin/users`);
    await expect.poll(() => page.getByTestId('access-denied').count()).toBe(1);
    await page.close();
  });

  it('mints an API token, shows its secret once, and the secret works as a bearer token', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url, 'admin@rigline.local', ADMIN_PASSWORD);
    await page.getByTestId('nav-admin-tokens').click();
    await page.getByTestId('new-token').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('ERP integration');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    const secret =
      (await page
        .getByTestId('secret-value')
        .inputValue()
        .catch(() => null)) ?? (await page.getByTestId('secret-value').textContent());
    expect(secret).toMatch(/^rgl_[0-9a-f-]{36}_/);
    await dialog.getByRole('button', { name: 'I have copied it' }).click();
    await expect.poll(() => page.getByText('ERP integration').count()).toBeGreaterThan(0);
    // The secret is not on the page any more, and it authenticates a program.
    await expect.poll(async () => (await page.content()).includes(secret!)).toBe(false);
    const status = await page.evaluate(
      async (s) =>
        (
          await fetch('/api/v1/me', {
            headers: { authorization: `Bearer ${s}` },
            credentials: 'omit',
          })
        ).status,
      secret!,
    );
    expect(status).toBe(200);
    await page.close();
  });
});
