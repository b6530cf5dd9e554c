/** Changing an answer from the check page returns there, and a change that adds a step goes through it. */
import { expect, test } from '@playwright/test';
import { Journey } from './support/referral-journey';

test.describe.configure({ timeout: 180_000 });

test('changing answers from the check page', async ({ page }) => {
  const journey = new Journey(page);
  await journey.start();
  await journey.toCheckPage([{ platform: 'Reddit', where: 'https://www.reddit.com/r/example/comments/abc123/some_title/' }]);

  // Change a single answer: straight back to the check page with the new answer.
  await page.getByRole('button', { name: 'Change which police force? (optional)' }).click();
  await journey.expectStep('The police');
  await page.getByLabel(/Which police force/).fill('Greater Manchester Police');
  await journey.continue();
  await journey.expectStep('Check your answers before sending them');
  await expect(page.getByText('Greater Manchester Police')).toBeVisible();
  await expect(page.getByText('West Midlands Police')).toHaveCount(0);

  // A change that adds a step: reporting for someone else asks about the helper first.
  await page.getByRole('button', { name: 'Change who are you asking for help for?' }).click();
  await journey.choose('Who are you asking for help for?', 'Someone else: I am helping the person in the images');
  await journey.continue();
  await journey.expectStep('About you, as the person helping');
  await page.getByLabel('Your name').fill('Alex');
  await page.getByLabel('How do you know the person in the images?').fill('Friend');
  await page.getByLabel('The person in the images knows I am asking for help for them and agrees to it').check();
  await journey.continue();
  await journey.expectStep('Check your answers before sending them');
  await expect(page.getByText('Alex', { exact: true })).toBeVisible();

  // Back from a Change returns to the check page without changing anything.
  await page.getByRole('button', { name: 'Change what should we call you? (optional)' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await journey.expectStep('Check your answers before sending them');
});
