/**
 * The whole journey with JavaScript turned off: every step posts to the server, which carries
 * the answers in hidden fields, and the support service receives the same email. axe cannot
 * run without JavaScript, so the pages' accessibility is checked by the journeys with it on.
 */
import { expect, test } from '@playwright/test';
import { Journey, threePlaces } from './support/referral-journey';
import { receivedReferral } from './support/received-mail';

test.use({ javaScriptEnabled: false });

test.describe.configure({ timeout: 180_000 });

test('the whole journey works without JavaScript and ends in the same email', async ({ page }) => {
  const journey = new Journey(page, false);
  await journey.start();
  await journey.safety({ danger: 'Yes' });

  // Errors come back from the server with the same summary and the same messages.
  await journey.expectStep('About you');
  await journey.continue();
  await expect(page).toHaveTitle(/^Error: About you/);
  await expect(page.locator('[data-error-summary]').getByRole('link')).toHaveText([
    'Select where you live',
    'Select who you are asking for help for',
  ]);
  await journey.aboutYou({ nation: 'Northern Ireland' });

  // She lives in Northern Ireland; it happened in England: the form asks both, and sends both.
  await journey.whatHappened({ where: 'England' });
  await journey.evidence(threePlaces);
  await journey.police();
  await journey.help();
  await journey.contact();
  await journey.consent();
  await expect(page.getByText('Where, as entered: https://www.instagram.com/p/C1a2B3c4D5e/?igsh=track123', { exact: true })).toBeVisible();
  // Recognised on the server, which has the phone number library from the start.
  await expect(page.getByText('Recognised: WhatsApp phone number +447911123456', { exact: true })).toBeVisible();

  // Change and Back work as buttons that post the answers.
  await page.getByRole('button', { name: 'Change which police force? (optional)' }).click();
  await journey.expectStep('The police');
  await page.getByLabel(/Which police force/).fill('PSNI');
  await journey.continue();
  await journey.expectStep('Check your answers before sending them');
  await expect(page.getByText('PSNI', { exact: true })).toBeVisible();

  expect(new URL(page.url()).pathname).toBe('/report/questions');
  expect(page.url()).not.toContain('?');
  const reference = await journey.send();
  // No Print button that would do nothing: the page says how to print instead.
  await expect(page.getByRole('heading', { name: 'Your evidence log' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print your evidence log' })).toHaveCount(0);
  await expect(page.getByText("To print it, use your browser's print option.")).toBeVisible();

  const mail = await receivedReferral(reference);
  expect(mail.text).toContain('Where do you live?\n  Northern Ireland');
  expect(mail.text).toContain('Where did it happen?\n  England');
  for (const answer of ['CRI/2025/4471', 'PSNI', 'Northern Ireland', '+447700900982', 'https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/', '+447911123456', 'IG-555']) {
    expect(mail.text).toContain(answer);
  }
});
