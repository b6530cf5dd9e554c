/**
 * The evidence log: used by keyboard alone, printed with every entry, forgotten on reload, and
 * never sending a request while in use. A screenshot's fingerprint is its real SHA-256.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/**
 * Requests that could carry what a person typed. Excluded: the log's own download (a blob: URL)
 * and Next.js fetching the pages that the site's links point to, in the background (a GET to this
 * site with an _rsc parameter and nothing of the log in it).
 */
function carriesData(request: { url: string; method: string }): boolean {
  if (request.url.startsWith('blob:')) return false;
  const isLinkPrefetch = request.method === 'GET' && new URL(request.url).searchParams.has('_rsc');
  return !isLinkPrefetch;
}

test('a person keeps a log by keyboard, prints it and leaves nothing behind', async ({ page }) => {
  // Wait for the page to settle (Next.js fetches the pages its links point to once).
  await page.goto('/evidence/log', { waitUntil: 'networkidle' });
  await expectNoAxeViolations(page);

  const requests: { url: string; method: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));

  // Submitting nothing shows the error summary, with focus on it.
  await page.getByLabel('Where did you see it?').focus();
  await page.getByRole('button', { name: 'Add to log' }).press('Enter');
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Select where you saw it');
  await expect(summary).toContainText('Enter the link, username or phone number');
  await expectNoAxeViolations(page);

  // As in GOV.UK, each input is described by its hint and its error (both when both show), and
  // the error is read out with an "Error:" prefix.
  const platformField = page.getByLabel('Where did you see it?');
  const whereField = page.getByLabel('Link, username or phone number');
  await expect(platformField).toHaveAttribute('aria-describedby', 'log-platform-error');
  await expect(platformField).toHaveAttribute('aria-invalid', 'true');
  await expect(platformField).toHaveAccessibleDescription('Error: Select where you saw it');
  await expect(whereField).toHaveAttribute('aria-describedby', 'log-where-hint log-where-error');
  await expect(whereField).toHaveAccessibleDescription(
    'Paste it as you copied it: a share link is fine. It is kept exactly as you enter it, including any parts that show who shared it. Error: Enter the link, username or phone number',
  );
  await expect(page.getByLabel('What does it show? (optional)')).toHaveAttribute('aria-describedby', 'log-whatItShows-hint');
  await expect(page.getByLabel('What does it show? (optional)')).not.toHaveAttribute('aria-invalid');

  // A script link is refused, with what to do.
  await page.getByLabel('Where did you see it?').selectOption({ label: 'Facebook' });
  await page.getByLabel('Link, username or phone number').fill('javascript:alert(1)');
  await page.getByLabel('Link, username or phone number').press('Enter');
  await expect(summary).toContainText('Enter a web address that starts with https://');

  // A link pasted under another platform is kept, with a suggestion rather than a refusal.
  await page.getByLabel('Link, username or phone number').fill('https://www.instagram.com/p/CxYz123AbC/?igsh=abc');
  await page.getByLabel('What does it show? (optional)').fill('A post with my photo and my first name');
  await page.getByLabel('Yes').check();
  await page.getByLabel('Report reference (optional)').fill('IG-4471');
  await page.getByLabel('I kept a screenshot').check();
  await page.getByLabel('Link, username or phone number').press('Enter');

  const entries = page.locator('.evidence-log__entry');
  await expect(entries).toHaveCount(1);
  // Kept as pasted, its igsh share parameter included, with the cleaned copy apart (M1).
  await expect(entries.first()).toContainText('https://www.instagram.com/p/CxYz123AbC/?igsh=abc');
  await expect(entries.first()).toContainText('Link to open, without tracking partshttps://www.instagram.com/p/CxYz123AbC/');
  await expect(entries.first()).toContainText('This looks like an Instagram link, not a Facebook one. You can change the platform to Instagram');
  await expect(entries.first()).toContainText('Instagram post CxYz123AbC');
  await expectNoAxeViolations(page);

  // Taking the suggestion, by keyboard: the item moves to Instagram, its link as it was.
  await page.getByRole('button', { name: 'Change to Instagram for item 1' }).press('Enter');
  await expect(page.locator('.evidence-log [role="status"]')).toHaveText('Item 1 moved to Instagram.');
  await expect(entries.first()).toContainText('1. Instagram');
  await expect(entries.first()).toContainText('https://www.instagram.com/p/CxYz123AbC/');
  await expect(entries.first()).not.toContainText('This looks like');
  await expect(page.getByRole('button', { name: /^Change to / })).toHaveCount(0);
  await expect(entries.first()).toContainText('Yes (reference IG-4471)');
  // What a person typed is shown as text, never as a link they could be tricked into opening.
  await expect(entries.first().getByRole('link')).toHaveCount(0);

  // A second item, a phone number: kept as typed, recognised beside it.
  await page.getByLabel('Where did you see it?').selectOption({ label: 'WhatsApp' });
  await page.getByLabel('Link, username or phone number').fill('\u202A07911 123456\u202C');
  await page.getByRole('button', { name: 'Add to log' }).press('Enter');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText('07911 123456');
  await expect(entries.nth(1)).toContainText('WhatsApp phone number +447911123456');

  // Change the first, then remove the second.
  await page.getByRole('button', { name: 'Change item 1' }).press('Enter');
  await page.getByLabel('What does it show? (optional)').fill('A post with my photo');
  await page.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(entries.first()).toContainText('A post with my photo');
  await expect(entries.first()).not.toContainText('first name');
  await page.getByRole('button', { name: 'Remove item 2' }).press('Enter');
  await expect(entries).toHaveCount(1);
  await page.getByLabel('Where did you see it?').selectOption({ label: 'X (Twitter)' });
  await page.getByLabel('Link, username or phone number').fill('@someone_else');
  await page.getByRole('button', { name: 'Add to log' }).press('Enter');
  await expect(entries).toHaveCount(2);

  // The printed view holds every entry and none of the form or the site around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Evidence log, printed /)).toBeVisible();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toBeVisible();
  await expect(entries.nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add to log' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Exit this page/ })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The download is made in the page, with every entry in it.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your log' }).press('Enter');
  const download = await downloadPromise;
  // A neutral name: it shows in Downloads and the browser's download list (security review L12).
  expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.txt$/);
  await expect(page.getByRole('button', { name: 'Download your log' })).toHaveAccessibleDescription(/Downloads folder.*delete it from Downloads/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('1. Instagram');
  expect(text).toContain('2. X (Twitter)');

  // Nothing left the page while it was in use.
  expect(requests.filter(carriesData)).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);

  // And nothing survives a reload.
  await page.reload();
  await expect(page.locator('.evidence-log__entry')).toHaveCount(0);
  await expect(page.getByText('Your log is empty.')).toBeVisible();
});

test("a screenshot's fingerprint is its SHA-256, worked out on the device", async ({ page }) => {
  const screenshot = Buffer.from('not really a PNG, but any bytes will do for a fingerprint\n');
  const expected = createHash('sha256').update(screenshot).digest('hex');
  await page.goto('/evidence/log', { waitUntil: 'networkidle' });
  const requests: { url: string; method: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  await page.getByLabel('Fingerprint a screenshot (optional)').setInputFiles({
    name: 'screenshot.png',
    mimeType: 'image/png',
    buffer: screenshot,
  });
  await expect(page.getByTestId('draft-fingerprint')).toHaveText(expected);
  expect(requests.filter(carriesData)).toEqual([]);
});

test('M2, L2, L18: a whole message, a tab and when it was captured are kept, and nothing is cut', async ({ page }) => {
  await page.goto('/evidence/log', { waitUntil: 'networkidle' });
  const message = `${'He sent me this and said everyone would see it. '.repeat(60)}`.slice(0, 2467);
  const paste = `${message} https://vm.tiktok.com/ZMhAbCdEf/`;
  expect(paste).toHaveLength(2500);
  const where = page.getByLabel('Link, username or phone number');
  await expect(where).not.toHaveAttribute('maxlength');
  await expect(where).not.toHaveAttribute('inputmode');

  await page.getByLabel('Where did you see it?').selectOption({ label: 'TikTok' });
  await where.fill(paste);
  await page.getByLabel('When did you capture it? (optional)').fill('2026-11-21T08:05');
  await page.getByRole('button', { name: 'Add to log' }).click();
  const entries = page.locator('.evidence-log__entry');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(paste);
  await expect(entries.first()).toContainText('TikTok video ZMhAbCdEf');
  await expect(entries.first()).toContainText('Captured on21/11/2026, 08:05:00');

  await page.getByLabel('Where did you see it?').selectOption({ label: 'Other' });
  await where.fill('jane\tdoe');
  await page.getByRole('button', { name: 'Add to log' }).click();
  await expect(entries).toHaveCount(2);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);

  // Longer than the log keeps: refused with a message that names the link, never cut.
  await page.getByLabel('Where did you see it?').selectOption({ label: 'TikTok' });
  await where.fill(`${'x '.repeat(5001)}https://vm.tiktok.com/ZMhAbCdEf/`);
  await page.getByRole('button', { name: 'Add to log' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
    'more than the log keeps (10,000). Nothing has been added. Paste just the link in it: https://vm.tiktok.com/ZMhAbCdEf/',
  );
  await expect(entries).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains and offers a printable blank log', async ({ page }) => {
    await page.goto('/evidence/log');
    await expect(page.getByText('The log needs JavaScript')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Evidence log' })).toBeVisible();
  });
});
