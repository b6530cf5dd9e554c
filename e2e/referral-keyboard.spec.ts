/** The whole journey by keyboard alone: Tab, Space, arrow keys and Enter, never the mouse. */
import { expect, test, type Page } from '@playwright/test';
import { consentLabel, Journey } from './support/referral-journey';
import { receivedReferral } from './support/received-mail';

/** Tabs forward until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, accessibleName: string | RegExp, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return (labelled ?? element.textContent ?? '').trim();
    });
    if (typeof accessibleName === 'string' ? name === accessibleName : accessibleName.test(name)) return;
  }
  throw new Error(`Could not reach ${accessibleName} by Tab`);
}

/** The label of the focused element, as a keyboard user hears it. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '').trim() : '';
  });

/** Ticks a checkbox: Tab to it, then Space. */
async function choose(page: Page, option: string | RegExp) {
  await tabTo(page, option);
  await page.keyboard.press('Space');
}

/** Picks a radio button: Tab into the group (its first option), then arrow keys to the answer. */
async function chooseRadio(page: Page, firstOption: string, option: string) {
  await tabTo(page, firstOption);
  await page.keyboard.press('Space');
  for (let presses = 0; presses < 10 && !(await focusedLabel(page)).startsWith(option); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  // An option's label may carry a hint after its text.
  expect(await focusedLabel(page)).toMatch(new RegExp(`^${option}`));
}

async function continueByKeyboard(page: Page, label = 'Continue') {
  await tabTo(page, label);
  await page.keyboard.press('Enter');
}

test.describe.configure({ timeout: 180_000 });

test('the whole journey by keyboard alone', async ({ page }) => {
  const journey = new Journey(page);
  await page.goto('/report');
  // Start now is a link from the static start page to the form: a new page, read from its top.
  await continueByKeyboard(page, 'Start now');
  await page.waitForURL('**/report/questions');
  await page.waitForLoadState('load');
  await journey.expectStep('Are you in danger now?');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await chooseRadio(page, 'Yes', 'No');
  await continueByKeyboard(page);
  await journey.expectStep('How old is the person in the images?');
  // From here the steps change in the page: focus moves to the new step's heading, so Tab
  // continues from the top of the new step.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await chooseRadio(page, 'Under 18, or under 18 when the images were taken', '18 or over, and 18 or over when the images were taken');
  await continueByKeyboard(page);
  await journey.expectStep('About you');
  await chooseRadio(page, 'England', 'England');
  await chooseRadio(page, 'Myself: I am the person in the images', 'Myself: I am the person in the images');
  await continueByKeyboard(page);
  await journey.expectStep('What happened');
  await choose(page, 'I’m not sure');
  await chooseRadio(page, 'England', 'I don’t know');
  await continueByKeyboard(page);
  await journey.expectStep('Who did it');
  await chooseRadio(page, 'A partner', 'I don’t know');
  await choose(page, 'I’m not sure');
  await continueByKeyboard(page);
  await choose(page, 'I’d prefer not to say');
  await continueByKeyboard(page);
  await journey.expectStep(/Where have you seen the images/);
  await tabTo(page, 'Where did you see it?');
  await page.keyboard.press('ArrowDown'); // Facebook, the first platform
  await tabTo(page, /Link, username or phone number/);
  await page.keyboard.type('https://www.facebook.com/some.profile');
  // Enter in a text field continues (the hidden first button), it does not remove the place.
  await page.keyboard.press('Enter');
  await journey.expectStep('The police');
  await chooseRadio(page, 'Yes', 'No');
  await continueByKeyboard(page);
  await choose(page, 'Someone to talk to');
  await continueByKeyboard(page);
  await journey.expectStep('Contacting you safely');
  await chooseRadio(page, 'Email', 'Do not contact me');
  await continueByKeyboard(page);
  await choose(page, 'No');
  await continueByKeyboard(page);
  await choose(page, consentLabel);
  await continueByKeyboard(page);
  await journey.expectStep('Check your answers before sending them');
  await continueByKeyboard(page, 'Send');
  await journey.expectStep('Your referral has been sent');
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  const mail = await receivedReferral(reference);
  // As entered, defanged so that a tap on a phone cannot open it.
  expect(mail.text).toContain('https[:]//www[.]facebook[.]com/some[.]profile');
  await expect(page.getByText('You asked us not to contact you')).toBeVisible();
});
