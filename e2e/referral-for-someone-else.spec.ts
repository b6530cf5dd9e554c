/** Someone helping the person in the images: their own details, and that person's agreement. */
import { expect, test } from '@playwright/test';
import { Journey } from './support/referral-journey';
import { receivedReferral } from './support/received-mail';

test.describe.configure({ timeout: 180_000 });

test('a helper reports for someone else, with their agreement', async ({ page }) => {
  const journey = new Journey(page);
  await journey.start();
  await journey.safety();
  await journey.aboutYou({ nation: 'Scotland', forWhom: 'Someone else: I am helping the person in the images' });

  await journey.expectStep('About you, as the person helping');
  // Their agreement is required: continuing without it is refused.
  await page.getByLabel('Your name').fill('Jo Helper');
  await page.getByLabel('How do you know the person in the images?').fill('Sister');
  await journey.continue();
  await expect(page.getByRole('link', { name: 'Confirm that the person in the images knows and agrees' })).toBeVisible();
  await page.getByLabel('The person in the images knows I am asking for help for them and agrees to it').check();
  await journey.continue();

  await journey.whatHappened();
  await journey.evidence([{ platform: 'X (Twitter)', where: '@someaccount' }]);
  await journey.police();
  await journey.help();
  await journey.contact({ name: 'Jo', method: 'Text message', phone: '+44 7700 900 555' });
  await journey.consent();
  await expect(page.getByRole('heading', { name: 'About you, as the person helping' })).toBeVisible();
  await expect(page.getByText('Jo Helper')).toBeVisible();

  const reference = await journey.send();
  const mail = await receivedReferral(reference);
  expect(mail.text).toContain('Jo Helper');
  expect(mail.text).toContain('Sister');
  expect(mail.text).toContain('Scotland');
});
