/**
 * A person reporting for themselves, with three places on different platforms, on a phone with
 * JavaScript: every step passes axe, the address stays the form's from its first question to the
 * confirmation, the browser's history does not grow, nothing is kept in the browser, and the
 * support service receives their answers by email.
 */
import { expect, test } from '@playwright/test';
import { Journey, threePlaces } from './support/referral-journey';
import { receivedReferral } from './support/received-mail';
import { referralV1Problems } from './support/referral-v1-schema';

test.describe.configure({ timeout: 180_000 });

test('reporting for myself ends with the support service receiving every answer', async ({ page, baseURL }) => {
  const journey = new Journey(page);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) foreign.push(request.url());
  });

  await journey.start();
  const historyAtStart = await page.evaluate(() => history.length);

  await journey.toCheckPage(threePlaces);

  // The check page shows the answers as the support worker will read them.
  await expect(page.getByText('An ex-partner')).toBeVisible();
  // Each place as entered, its share parameter included (M1), with the link without it under its
  // own label and what was recognised beside it.
  await expect(page.getByText('Where, as entered: https://www.instagram.com/p/C1a2B3c4D5e/?igsh=track123', { exact: true })).toBeVisible();
  await expect(page.getByText('Link to open, without tracking parts: https://www.instagram.com/p/C1a2B3c4D5e/', { exact: true })).toBeVisible();
  await expect(page.getByText('Recognised: Instagram post C1a2B3c4D5e', { exact: true })).toBeVisible();
  await expect(page.getByText('Where, as entered: 07911 123456', { exact: true })).toBeVisible();
  await expect(page.getByText('Recognised: WhatsApp phone number +447911123456', { exact: true })).toBeVisible();
  await expect(page.getByText('March 2025', { exact: true })).toBeVisible();

  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
  expect(new URL(page.url()).pathname).toBe('/report/questions');
  expect(page.url()).not.toContain('?');

  const reference = await journey.send();
  expect(new URL(page.url()).pathname).toBe('/report/questions');
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(foreign).toEqual([]);

  // The confirmation keeps a printable copy of the evidence.
  await expect(page.getByRole('heading', { name: 'Your evidence log' })).toBeVisible();
  await expect(page.getByText('Messages threatening to send more')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print your evidence log' })).toBeVisible();
  await expect(page.getByText("To print it, use your browser's print option.")).toHaveCount(0);

  const mail = await receivedReferral(reference);
  const text = mail.text ?? '';
  // Evidence addresses are defanged in the text part, so a tap on a phone never opens one.
  for (const answer of ['CRI/2025/4471', 'West Midlands Police', 'Sam', '+447700900982', 'https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/', '07911 123456', '+447911123456', 'IG-555', 'Weekdays 10am to 2pm']) {
    expect(text).toContain(answer);
  }
  expect(text).toContain('Where, as entered: https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/?igsh=track123\n');
  expect(text).not.toContain('https://www.instagram.com');
  expect(mail.subject).toBe(`Referral ${reference}, priority: High`);
  // The triage summary comes first, with why this referral is a high priority.
  expect(text.indexOf('== Triage ==')).toBeLessThan(text.indexOf('== Every answer =='));
  expect(text).toContain('Demands made: Money');

  // The machine-readable attachment validates against the committed JSON Schema.
  const attachment = mail.attachments.find((file) => file.filename === `referral-${reference}.json`);
  expect(attachment?.contentType).toBe('application/json');
  const document = JSON.parse(attachment!.content.toString('utf8'));
  expect(referralV1Problems(document)).toBeUndefined();
  expect(document).toMatchObject({ format: 'referral.v1', reference, priority: 'high' });

  // The demo mailbox shows it as a support worker would see it.
  await page.goto('/mailbox');
  await page.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(page.getByText('Demands made: Money').first()).toBeVisible();
});
