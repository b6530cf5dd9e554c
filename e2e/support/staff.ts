/**
 * Staff accounts for the end-to-end tests, made the way an operator makes them: `npm run staff`
 * on the server's own data directory. And the TOTP codes an authenticator app would show.
 */
import { execFileSync } from 'node:child_process';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { expect, type Page } from '@playwright/test';
import { e2eDataDir } from './e2e-data-dir';

/** Runs `npm run staff -- <args>` against the test server's data; returns what it printed. */
export function runStaff(...args: string[]): string {
  return execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/staff.ts', ...args], {
    env: { ...process.env, APP_MODE: 'demo', DATA_DIR: e2eDataDir },
    encoding: 'utf8',
  });
}

/** Adds an account and returns the path of its enrolment link. */
export function addStaff(email: string, role: 'caseworker' | 'manager'): string {
  const printed = runStaff('add', email, '--role', role);
  const link = /\/inbox\/enrol\/[A-Za-z0-9_-]{43}$/m.exec(printed);
  expect(link, printed).not.toBeNull();
  return link![0];
}

export const STAFF_PASSWORD = 'kettle lantern orchard pebble';

/** The code an authenticator app shows now for this setup key. */
export function totpCode(setupKey: string): string {
  return generateTOTP(decodeBase32IgnorePadding(setupKey.replace(/\s/g, '')), 30, 6);
}

/** Enrols with TOTP on the enrolment page; returns the setup key and the recovery codes shown. */
export async function enrolWithTotp(page: Page, enrolPath: string): Promise<{ setupKey: string; recoveryCodes: string[] }> {
  await page.goto(enrolPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your account' })).toBeVisible();
  const setupKey = (await page.getByLabel('Setup key').textContent()) ?? '';
  const form = page.getByRole('form', { name: 'Set up with an authenticator app' });
  await form.getByLabel('Create a password').fill(STAFF_PASSWORD);
  await form.getByLabel('Type the password again').fill(STAFF_PASSWORD);
  await form.getByLabel('Code from your authenticator app').fill(totpCode(setupKey));
  await form.getByRole('button', { name: 'Set up my account' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  return { setupKey, recoveryCodes: await codes.allTextContents() };
}

/** The first sign-in step only: email and password. */
export async function signInWithPassword(page: Page, email: string) {
  await page.goto('/inbox/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
}
