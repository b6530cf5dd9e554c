/**
 * Under 18: the journey stops at once with the specialist routes, and nothing is stored or sent,
 * not even a request to the server.
 */
import { expect, test } from '@playwright/test';
import { Journey } from './support/referral-journey';
import { receivedCount } from './support/received-mail';

test.describe.configure({ timeout: 180_000 });

test('a person under 18 is sent kindly to the specialist services, and nothing is collected', async ({ page }) => {
  const journey = new Journey(page);
  await journey.start();
  const before = receivedCount();
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') posts.push(request.url());
  });

  await journey.safety({ age: 'Under 18, or under 18 when the images were taken' });
  await journey.expectStep('There is a different service that can help');
  await expect(page.getByRole('link', { name: 'Report Remove' })).toHaveAttribute('href', /iwf\.org\.uk/);
  await expect(page.getByRole('main').getByRole('link', { name: '0800 1111' })).toBeVisible();
  await expect(page.getByText('We have not kept or sent any of your answers')).toBeVisible();
  // There is no way on from here, and the earlier answers are gone from the page.
  await expect(page.getByRole('button', { name: /Continue|Send/ })).toHaveCount(0);
  await expect(page.locator('input[type="hidden"][name="inDanger"]')).toHaveCount(0);

  expect(posts).toEqual([]);
  await page.waitForTimeout(500);
  expect(receivedCount()).toBe(before);
});
