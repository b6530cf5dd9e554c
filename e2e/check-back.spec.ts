/**
 * The person's check-back, end to end in Chromium, with JavaScript and without: they send a
 * referral and choose a PIN on the confirmation; a caseworker, in the inbox, changes the status
 * and asks a question; the person checks back with their reference and PIN, reads it and
 * replies; the caseworker sees the reply; the person withdraws and deletes the referral, and the
 * caseworker sees only a tombstone. Over the whole check-back the person's browser gets no
 * cookie and no storage, its address never changes, and no address it visited holds the
 * reference or PIN. Afterwards the database holds no content for that case.
 *
 * And a wrong PIN against a reference nobody was given: the same page.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { e2eDataDir } from './support/e2e-data-dir';
import { Journey, threePlaces } from './support/referral-journey';
import { addStaff, enrolWithTotp } from './support/staff';

test.describe.configure({ timeout: 300_000 });

const PIN = '730 418';

/** Every file under a directory, recursively. */
function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every address the page's main frame was at, in order. */
function recordAddresses(page: Page): string[] {
  const addresses: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  return addresses;
}

async function caseworker(browser: Browser, reference: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await enrolWithTotp(page, addStaff(`kim-${Date.now()}@support.example`, 'caseworker'));
  await page.goto(`/inbox/cases/${reference}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  return page;
}

for (const javaScriptEnabled of [true, false]) {
  const way = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`send with a PIN, read a question, reply, and withdraw, ${way}`, async ({ browser }) => {
    const marker = javaScriptEnabled ? 'js' : 'nojs';
    const REFERRAL_CANARY = `Kvq-referral-${marker}-6610`;
    const QUESTION_CANARY = `Kvq-question-${marker}-2284`;
    const REPLY_CANARY = `Kvq-reply-${marker}-9051`;
    const NOTE_CANARY = `Kvq-note-${marker}-3377`;

    const victimContext = await browser.newContext({ javaScriptEnabled });
    const victim = await victimContext.newPage();
    const addresses = recordAddresses(victim);
    const checkAxe = async () => {
      if (javaScriptEnabled) await expectNoAxeViolations(victim);
    };

    const journey = new Journey(victim, javaScriptEnabled);
    await journey.start();
    await journey.toCheckPage(threePlaces, { name: REFERRAL_CANARY });
    const reference = await journey.send();

    // The PIN is optional, explained, and checked like any other answer.
    await expect(victim.getByRole('heading', { level: 2, name: 'Check on your referral later (optional)' })).toBeVisible();
    await expect(victim.getByText('Nobody can tell you your reference or PIN again, not even us.')).toBeVisible();
    await victim.getByLabel('Choose a PIN').fill(PIN);
    await victim.getByLabel('Enter the PIN again').fill('730 419');
    await victim.getByRole('button', { name: 'Save my PIN' }).click();
    await expect(victim.getByRole('link', { name: 'Enter the same PIN again' })).toBeVisible();
    await checkAxe();
    await victim.getByLabel('Choose a PIN').fill(PIN);
    await victim.getByLabel('Enter the PIN again').fill(PIN);
    await victim.getByRole('button', { name: 'Save my PIN' }).click();
    await expect(victim.getByText('Your PIN is saved.', { exact: true })).toBeVisible();
    await expect(victim.getByLabel('Choose a PIN')).toHaveCount(0);
    await checkAxe();

    // The caseworker moves the case on and asks a question, behind the PIN.
    const staff = await caseworker(browser, reference);
    await staff.getByLabel('Status').selectOption({ label: 'In progress' });
    await staff.getByRole('button', { name: 'Save status' }).click();
    // Each form is filled only once the page shows the last one's result: a form filled while the
    // page is still being replaced loses what was typed.
    await expect(staff.locator('p').filter({ hasText: /^Received/ }).locator('strong')).toHaveText('In progress');
    await staff.getByLabel('Add a note').fill(`Internal only. ${NOTE_CANARY}`);
    await staff.getByRole('button', { name: 'Save note' }).click();
    await expect(staff.getByText(NOTE_CANARY)).toBeVisible();
    await staff.getByLabel('Message to the person').fill(`Is a call on Tuesday safe? ${QUESTION_CANARY}`);
    await staff.getByRole('button', { name: 'Send message' }).click();
    await expect(staff.getByText(QUESTION_CANARY)).toBeVisible();
    await expect(staff.getByText(/Not read yet/)).toBeVisible();
    await expectNoAxeViolations(staff);

    // The person checks back, from the home page's link.
    await victim.goto('/');
    await victim.getByRole('link', { name: 'Check on your referral' }).click();
    await expect(victim.getByRole('heading', { level: 1, name: 'Check on your referral' })).toBeVisible();
    await checkAxe();
    await victim.getByLabel('Reference').fill(reference.toLowerCase());
    await victim.getByLabel('PIN').fill(PIN);
    await victim.getByRole('button', { name: 'Continue' }).click();
    await expect(victim.getByRole('heading', { level: 1, name: `Your referral ${reference}` })).toBeVisible();
    await expect(victim.getByRole('heading', { level: 2, name: 'Status: A support worker is looking at it' })).toBeVisible();
    await expect(victim.getByText(QUESTION_CANARY)).toBeVisible();
    // Notes are the service's own: never shown to the person.
    await expect(victim.getByText(NOTE_CANARY)).toHaveCount(0);
    await checkAxe();

    // A reply is checked like any answer, then sent.
    await victim.getByRole('button', { name: 'Send reply' }).click();
    await expect(victim.getByRole('link', { name: 'Enter a message' })).toBeVisible();
    await victim.getByLabel('Reply to your support worker').fill(`Yes, after 2pm. ${REPLY_CANARY}`);
    await victim.getByRole('button', { name: 'Send reply' }).click();
    await expect(victim.getByText('Your reply has been sent to your support worker.')).toBeVisible();
    await expect(victim.getByText(REPLY_CANARY)).toBeVisible();
    await checkAxe();

    // The caseworker sees the reply, and that the question was read.
    await staff.reload();
    await expect(staff.getByText(REPLY_CANARY)).toBeVisible();
    await expect(staff.getByText(/From the person/)).toBeVisible();
    await expect(staff.getByText(/\. Read /)).toBeVisible();

    // Withdraw and delete, confirmed once.
    await victim.getByRole('button', { name: 'Withdraw and delete my referral' }).click();
    await expect(victim.getByRole('heading', { level: 1, name: 'Are you sure you want to withdraw and delete your referral?' })).toBeVisible();
    await checkAxe();
    await victim.getByRole('button', { name: 'Yes, withdraw and delete it' }).click();
    await expect(victim.getByRole('heading', { level: 1, name: 'Your referral has been withdrawn' })).toBeVisible();
    await checkAxe();

    // The caseworker sees a tombstone and nothing else.
    await staff.reload();
    await expect(staff.getByText(/Withdrawn by the person/)).toBeVisible();
    for (const canary of [REFERRAL_CANARY, QUESTION_CANARY, REPLY_CANARY, NOTE_CANARY]) await expect(staff.getByText(canary)).toHaveCount(0);
    await expect(staff.getByRole('button', { name: 'Send message' })).toHaveCount(0);
    await staff.context().close();

    // The same reference and PIN open nothing now.
    await victim.goto('/check');
    await victim.getByLabel('Reference').fill(reference);
    await victim.getByLabel('PIN').fill(PIN);
    await victim.getByRole('button', { name: 'Continue' }).click();
    await expect(victim.getByRole('link', { name: 'The reference and PIN do not match. Check them and try again' })).toBeVisible();

    // Nothing on the device: no cookie, no storage, and no address with the reference or PIN.
    const stored = await victimContext.storageState();
    expect(stored.cookies).toEqual([]);
    expect(stored.origins).toEqual([]);
    if (javaScriptEnabled) expect(await victim.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    const paths = addresses.map((address) => new URL(address));
    expect(paths.filter((address) => address.search !== '' || address.hash !== '')).toEqual([]);
    expect([...new Set(paths.map((address) => address.pathname))].sort()).toEqual(['/', '/check', '/report', '/report/questions']);
    for (const address of addresses) {
      expect(address.toUpperCase()).not.toContain(reference);
      expect(address).not.toContain(PIN.replace(' ', ''));
    }
    await victimContext.close();

    // The database holds no content for the case: the referral's payload is empty and its notes,
    // messages and PIN are gone; no canary is in any file, the WAL included, after the checkpoint.
    const db = new Database(path.join(e2eDataDir, 'referrals.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const id = (db.prepare('SELECT id, length(payload) AS size, withdrawn_at FROM referrals WHERE reference = ?').get(reference) ?? {}) as {
        id?: number;
        size?: number;
        withdrawn_at?: number | null;
      };
      expect(id.size).toBe(0);
      expect(id.withdrawn_at).toEqual(expect.any(Number));
      for (const table of ['case_notes', 'case_messages', 'check_back_pins']) {
        expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE referral_id = ?`).get(id.id)).toEqual({ n: 0 });
      }
      expect(db.prepare('SELECT status, outcome FROM cases WHERE referral_id = ?').get(id.id)).toEqual({ status: 'closed', outcome: 'withdrawn' });
    } finally {
      db.close();
    }
    for (const file of filesUnder(e2eDataDir)) {
      if (file.includes(`${path.sep}mailbox${path.sep}`)) continue;
      const bytes = fs.readFileSync(file);
      for (const canary of [REFERRAL_CANARY, QUESTION_CANARY, REPLY_CANARY, NOTE_CANARY]) expect(bytes.includes(canary), file).toBe(false);
    }
  });
}

test.describe('a wrong PIN and an unknown reference', () => {
  test.use({ javaScriptEnabled: false });

  test('give the same page', async ({ page, browser }) => {
    const victim = await browser.newPage();
    const journey = new Journey(victim, false);
    await journey.start();
    await journey.toCheckPage(threePlaces);
    const reference = await journey.send();
    await victim.getByLabel('Choose a PIN').fill(PIN);
    await victim.getByLabel('Enter the PIN again').fill(PIN);
    await victim.getByRole('button', { name: 'Save my PIN' }).click();
    await expect(victim.getByText('Your PIN is saved.', { exact: true })).toBeVisible();
    await victim.close();

    /** What the page shows after a sign-in (its title and main content), with the reference typed and the single-use token blanked. */
    const answerTo = async (typedReference: string) => {
      await page.goto('/check');
      await page.getByLabel('Reference').fill(typedReference);
      await page.getByLabel('PIN').fill('102938');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('link', { name: 'The reference and PIN do not match. Check them and try again' })).toBeVisible();
      let shown = `${await page.title()}\n${await page.locator('main').innerHTML()}`;
      const once = await page.locator('input[name="_once"]').inputValue();
      expect(once).not.toBe('');
      for (const value of [typedReference, once]) shown = shown.split(value).join('•');
      return shown;
    };
    // Not the page's own example (KQ7M-X4PD), which the blanking would hide.
    const unknown = reference === 'MQ7M-X4PE' ? 'NQ7M-X4PE' : 'MQ7M-X4PE';
    const wrongPin = await answerTo(reference);
    const unknownReference = await answerTo(unknown);
    expect(unknownReference).toBe(wrongPin);
  });
});
