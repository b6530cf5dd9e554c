/**
 * A caseworker enrols with a passkey instead of an authenticator app, and signs in with it,
 * using Chromium's virtual WebAuthn authenticator (over the DevTools protocol) as the device.
 * On http://localhost: WebAuthn refuses IP addresses such as 127.0.0.1 as a relying party.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { e2ePort } from './support/e2e-data-dir';
import { addStaff, runStaff, STAFF_PASSWORD } from './support/staff';

test.describe.configure({ timeout: 120_000 });

test('enrol with a passkey, then sign in with it', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const origin = `http://localhost:${e2ePort}`;
  const email = `pat-${Date.now()}@support.example`;

  await page.goto(`${origin}${addStaff(email, 'caseworker')}`);
  const passkeyForm = page.getByRole('region', { name: 'Set up with a passkey' });
  await expect(passkeyForm).toBeVisible();
  await expectNoAxeViolations(page);
  await passkeyForm.getByLabel('Create a password').fill(STAFF_PASSWORD);
  await passkeyForm.getByLabel('Type the password again').fill(STAFF_PASSWORD);
  await passkeyForm.getByRole('button', { name: 'Create a passkey and set up my account' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  await page.getByRole('link', { name: 'I have saved my codes: go to the inbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();

  await page.goto(`${origin}/inbox/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials[0]!.signCount).toBeGreaterThan(0);

  expect(runStaff('audit-verify')).toMatch(/^The audit log verifies/);
});
