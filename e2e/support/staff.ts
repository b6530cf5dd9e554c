/**
 * Staff accounts for the end-to-end tests, made the way an operator makes them: `npm run staff`
 * on the server's own data directory (the shared test server's, or a separate server's). And the
 * TOTP codes an authenticator app would show.
 */
import { execFileSync } from 'node:child_process';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { expect, type Page } from '@playwright/test';
import { e2eDataDir } from './e2e-data-dir';

/**
 * Runs `npm run staff -- <args>` on a demo server's data directory, with any settings of its own
 * (a server on PostgreSQL passes its DATABASE_URL); returns what it printed.
 */
export function runStaffOn(dataDir: string, ...args: string[]): string {
  return runStaffWith({}, dataDir, ...args);
}

export function runStaffWith(env: Record<string, string>, dataDir: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/staff.ts', ...args], {
    env: { ...process.env, APP_MODE: 'demo', DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
  });
}

/** Runs `npm run staff -- <args>` against the shared test server's data. */
export function runStaff(...args: string[]): string {
  return runStaffOn(e2eDataDir, ...args);
}

/** Adds an account (on the shared test server unless told) and returns the path of its enrolment link. */
export function addStaff(email: string, role: 'caseworker' | 'manager', dataDir = e2eDataDir, env: Record<string, string> = {}): string {
  const printed = runStaffWith(env, dataDir, 'add', email, '--role', role);
  const link = /\/inbox\/enrol\/[A-Za-z0-9_-]{43}$/m.exec(printed);
  expect(link, printed).not.toBeNull();
  return link![0];
}

export const STAFF_PASSWORD = 'kettle lantern orchard pebble';

const totpKey = (setupKey: string) => decodeBase32IgnorePadding(setupKey.replace(/\s/g, ''));

/** The code an authenticator app shows now for this setup key. */
export function totpCode(setupKey: string): string {
  return generateTOTP(totpKey(setupKey), 30, 6);
}

/**
 * The code the app shows next (within the one step of drift the server allows). A sign-in just
 * after enrolment needs it: enrolling used the code shown now, and each code is accepted once.
 */
function nextTotpCode(setupKey: string): string {
  return generateHOTP(totpKey(setupKey), BigInt(Math.floor(Date.now() / 30_000) + 1), 6);
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

/** Both sign-in steps, the second with the authenticator app; ends on the queue. */
export async function signInWithTotp(page: Page, email: string, setupKey: string) {
  await signInWithPassword(page, email);
  await page.getByLabel('Code from your authenticator app').fill(nextTotpCode(setupKey));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
}
