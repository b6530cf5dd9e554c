/** Validation in the GOV.UK manner: a summary that takes focus and links to each field, inline messages, "Error:" in the title. */
import { expect, test } from '@playwright/test';
import { Journey } from './support/referral-journey';
import { expectNoAxeViolations } from './support/axe';

test.describe.configure({ timeout: 180_000 });

test('errors are summarised, focused, linked and read out', async ({ page }) => {
  const journey = new Journey(page);
  await journey.start();
  await journey.safety();

  await journey.expectStep('About you');
  await journey.continue();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: About you/);
  await expect(summary.getByRole('link')).toHaveText(['Select where you live', 'Select who you are asking for help for']);
  await expectNoAxeViolations(page);

  // The link takes focus to the first option of the question it names.
  await summary.getByRole('link', { name: 'Select who you are asking for help for' }).click();
  await expect(page.getByLabel('Myself: I am the person in the images')).toBeFocused();
  // The inline message is tied to the question.
  await expect(page.getByRole('group', { name: 'Who are you asking for help for?' })).toHaveAccessibleDescription(
    /Error: Select who you are asking for help for/,
  );

  await journey.choose('Where do you live?', 'Wales');
  await journey.choose('Who are you asking for help for?', 'Myself: I am the person in the images');
  await journey.continue();
  await journey.expectStep('What happened');
  await expect(page).not.toHaveTitle(/Error/);

  // Lengths are bounded, and a wrong-platform link gets the recogniser's message.
  await journey.choose(/What has happened/, 'I’m not sure');
  await page.getByLabel(/Tell us what happened/).fill('x'.repeat(2001));
  await page.getByLabel('Year').fill('20');
  await journey.continue();
  await expect(summary.getByRole('link')).toHaveText([
    'Select where it happened, or "I don’t know"',
    'Year must include 4 numbers',
    'What happened must be 2000 characters or fewer',
  ]);
  await journey.choose('Where did it happen?', 'I don’t know');
  // What was typed is kept.
  await expect(page.getByLabel(/Tell us what happened/)).toHaveValue('x'.repeat(2001));
  await page.getByLabel(/Tell us what happened/).fill('Short');
  await page.getByLabel('Year').fill('2024');
  await journey.continue();
  await journey.expectStep('Who did it');
  await journey.choose(/Who shared the images/, 'I don’t know');
  await journey.choose(/Have they asked you for anything/, 'No');
  await journey.continue();
  await journey.choose(/Has the person who did this/, 'None of these');
  await journey.continue();

  const place = page.getByRole('group', { name: 'Place 1' });
  await place.getByLabel('Where did you see it?').selectOption({ label: 'Facebook' });
  // Another platform's link is only a suggestion (on the check page); a script link is refused.
  await place.getByLabel(/Link, username or phone number/).fill('javascript:alert(document.cookie)');
  await journey.continue();
  await expect(summary.getByRole('link')).toHaveText(['Enter a web address that starts with https://']);
  await summary.getByRole('link').click();
  await expect(place.getByLabel(/Link, username or phone number/)).toBeFocused();
  await expectNoAxeViolations(page);
});
