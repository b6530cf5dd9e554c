/**
 * The demo's way in, as a newcomer finds it: `npm run demo` made a demo caseworker, and the
 * sign-in pages (demo mode, a browser on this machine) show its password and current code.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('a newcomer signs in as the demo caseworker with what the demo sign-in pages show', async ({ page, context }) => {
  await page.goto('/inbox/sign-in');
  const hint = page.getByRole('note', { name: 'Demo sign-in' });
  await expect(hint).toContainText('A live service never shows this.');
  await expectNoAxeViolations(page);
  const email = (await hint.locator('code').nth(0).textContent()) ?? '';
  const password = (await hint.locator('code').nth(1).textContent()) ?? '';
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await page.getByLabel('Code from your authenticator app').fill((await page.getByTestId('demo-code').textContent()) ?? '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email} (manager)`)).toBeVisible();

  // The browser kept the session cookie on plain http to 127.0.0.1 (a secure context for Chromium).
  expect((await context.cookies()).map((cookie) => [cookie.name, cookie.secure, cookie.httpOnly, cookie.sameSite])).toEqual([
    ['__Host-inbox-session', true, true, 'Strict'],
  ]);
});
