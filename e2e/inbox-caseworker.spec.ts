/**
 * A caseworker's day in Chromium: enrol with TOTP, a person sends an urgent referral in the
 * victim's form, it is at the top of the queue, the case opens with the safe-contact rules,
 * the caseworker sets a status, writes a note and signs out; the audit log shows each step and
 * its chain verifies. A canary typed in the referral and in the note is on the signed-in case
 * page, and in no database file; the note's canary is in no mail file either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { e2eDataDir } from './support/e2e-data-dir';
import { Journey, threePlaces } from './support/referral-journey';
import { addStaff, enrolWithTotp, runStaff, signInWithPassword } from './support/staff';

test.describe.configure({ timeout: 300_000 });

const REFERRAL_CANARY = 'Zyxq-referral-canary-7731';
const NOTE_CANARY = 'Zyxq-note-canary-4419';

/** Every file under a directory, recursively. */
function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

test('enrol, find the urgent referral first, work it within the contact rules, and audit it', async ({ page, browser }) => {
  // A person asks for help, in danger now, in a browser of their own.
  const victim = await browser.newPage();
  // Axe is off here: the victim's pages are checked by their own specs, and this one is long.
  const journey = new Journey(victim, false);
  await journey.start();
  await journey.safety({ danger: 'Yes' });
  await journey.aboutYou();
  // She lives in England; it happened in Scotland: the law is Scotland's.
  await journey.whatHappened({ where: 'Scotland' });
  await journey.evidence(threePlaces);
  await journey.police();
  await journey.help();
  await journey.contact({ name: REFERRAL_CANARY });
  await journey.consent();
  const reference = await journey.send();
  expect(await victim.context().cookies()).toEqual([]);

  // The demo mailbox shows the referral email's HTML part as a mail client would.
  const subject = `Referral ${reference}, priority: URGENT`;
  await expect(async () => {
    await victim.goto('/mailbox');
    await expect(victim.getByRole('link', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await victim.getByRole('link', { name: subject }).click();
  const html = victim.frameLocator('iframe[title="HTML version of the email"]');
  await expect(html.getByRole('heading', { level: 1, name: `Referral ${reference}` })).toBeVisible();
  await expect(html.getByText('Safe contact')).toBeVisible();
  await victim.close();

  const email = `sam-${Date.now()}@support.example`;
  const { recoveryCodes } = await enrolWithTotp(page, addStaff(email, 'caseworker'));
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'I have saved my codes: go to the inbox' }).click();

  // The queue: urgent first.
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  // The audit log is for managers: a caseworker is sent back to the queue, and not offered it.
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/inbox/audit');
  expect(new URL(page.url()).pathname).toBe('/inbox');
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell').first()).toHaveText('URGENT');
  const urgentReferences = await page.getByRole('row').filter({ hasText: 'URGENT' }).getByRole('link').allTextContents();
  expect(urgentReferences).toContain(reference);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  // The contact rules come before anything else about the case.
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Before you contact them')).toBe(0);
  expect(headings.indexOf('The referral')).toBeGreaterThan(0);
  await expect(page.getByText(/^Do not use phone call: they chose it, but also said the person who did this can see their phone/)).toBeVisible();
  // No safe channel: the inbox does not offer to start contacting them, nor a phone number to copy.
  await expect(page.getByLabel('Status').locator('option')).toHaveText(['New', 'In progress', 'Closed']);
  await expect(page.getByRole('button', { name: 'Copy phone number' })).toHaveCount(0);
  await expect(page.getByText(REFERRAL_CANARY).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Which law may apply' })).toBeVisible();
  await expect(page.getByText('Based on where it happened, or where they saw or received it: Scotland.', { exact: true })).toBeVisible();
  // Evidence addresses are text to copy, never links.
  // The address as she entered it, share parameter and all, then the same link without it, each labelled.
  await expect(page.getByText('https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/?igsh=track123', { exact: true })).toBeVisible();
  await expect(page.getByText('As they entered it:')).toHaveCount(2);
  await expect(page.getByText('https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link without tracking parts' })).toHaveCount(2);
  await expect(page.locator('a[href*="instagram"]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Closing needs an outcome.
  await page.getByLabel('Status').selectOption({ label: 'Closed' });
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Select an outcome to close the case');
  await page.getByLabel('Status').selectOption({ label: 'In progress' });
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByText('Status: In progress')).toBeVisible();

  await page.getByLabel('Add a note').fill(`Called the police liaison. ${NOTE_CANARY}`);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(NOTE_CANARY)).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto(`/inbox/cases/${reference}`);
  expect(new URL(page.url()).pathname).toBe('/inbox/sign-in');

  // A manager reads the audit log; the caseworker's steps are there, and the chain verifies.
  const managerEmail = `lee-${Date.now()}@support.example`;
  // A context of its own: axe needs one, and the manager must not share the caseworker's cookie.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await enrolWithTotp(manager, addStaff(managerEmail, 'manager'));
  await manager.goto('/inbox/audit');
  await expect(manager.getByText(/^The log verifies: \d+ rows/)).toBeVisible();
  const rows = await manager.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
  );
  const mine = rows.filter(([, who]) => who === email).reverse();
  // Each render of the case page is a view; the changes are in order, with codes, not content.
  expect(mine.filter(([, , what]) => what !== 'view').map(([, , what, which, detail]) => [what, which, detail])).toEqual([
    ['enrolment', '', 'totp'],
    ['sign-in', '', ''],
    ['status', reference, 'in-progress'],
    ['note', reference, ''],
    ['sign-out', '', ''],
  ]);
  expect(mine.filter(([, , what, which]) => what === 'view' && which === reference).length).toBeGreaterThanOrEqual(1);
  expect(JSON.stringify(rows)).not.toContain(NOTE_CANARY);
  await expectNoAxeViolations(manager);
  await managerContext.close();
  expect(runStaff('audit-verify')).toMatch(/^The audit log verifies: \d+ row\(s\)/);

  // Signing in again with a recovery code instead of the phone.
  await signInWithPassword(page, email);
  await page.getByLabel('Code from your authenticator app').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();

  // The canaries are stored only encrypted, and the note never leaves in a mail.
  for (const file of filesUnder(e2eDataDir)) {
    const bytes = fs.readFileSync(file);
    const isMail = file.includes(`${path.sep}mailbox${path.sep}`);
    expect(bytes.includes(NOTE_CANARY), file).toBe(false);
    if (!isMail) expect(bytes.includes(REFERRAL_CANARY), file).toBe(false);
  }
});
