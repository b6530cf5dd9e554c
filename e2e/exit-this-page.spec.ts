/**
 * Exit this page: by click, by Shift pressed three times, by the hidden link and without
 * JavaScript. After leaving, Back goes to where the person was before this site, never back to
 * the page they left.
 */
import { expect, test, type Page } from '@playwright/test';
import { leavingThroughExit, neutralSite, previousSite, serveOtherSites } from './support/neutral-site';
import { Journey } from './support/referral-journey';

/** Arrives on `path` from another site, as a person following a search result would. */
async function arriveFromAnotherSite(page: Page, path: string) {
  await serveOtherSites(page);
  await page.goto(previousSite);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Checks the person is on the neutral site and that Back skips the page they left. */
async function expectLeftForGood(page: Page) {
  await page.waitForURL(neutralSite);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  await page.goBack();
  await page.waitForURL(previousSite);
  await expect(page.getByRole('heading', { name: 'Search results' })).toBeVisible();
}

test.describe('with JavaScript', () => {
  test('the button leaves for the neutral site and Back does not return', async ({ page }) => {
    await arriveFromAnotherSite(page, '/privacy');
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await expectLeftForGood(page);
  });

  test('pressing Shift three times leaves, telling the person how many presses are left', async ({ page }) => {
    await arriveFromAnotherSite(page, '/staying-safe-online');
    const status = page.getByRole('status');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await page.keyboard.press('Shift');
    await expectLeftForGood(page);
  });

  test('Shift presses more than five seconds apart do not leave', async ({ page }) => {
    await page.clock.install();
    await arriveFromAnotherSite(page, '/');
    const status = page.getByRole('status');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await page.clock.fastForward(5_100);
    await expect(status).toHaveText('Exit this page expired.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('typing capital letters does not leave', async ({ page }) => {
    await arriveFromAnotherSite(page, '/');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await expect(page.getByRole('status')).toHaveText('');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('the hidden link comes right after the skip link and leaves by keyboard', async ({ page }) => {
    await arriveFromAnotherSite(page, '/accessibility');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    const hiddenLink = page.getByRole('link', { name: 'Exit this page', exact: true });
    await expect(hiddenLink).toBeFocused();
    await expect(hiddenLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expectLeftForGood(page);
  });

  test('leaving clears what the site stored in the browser', async ({ page }) => {
    await arriveFromAnotherSite(page, '/');
    // Nothing on this site stores anything yet; put something there to prove it is cleared.
    await page.evaluate(() => {
      localStorage.setItem('answer', 'canary');
      sessionStorage.setItem('answer', 'canary');
      document.cookie = 'answer=canary; path=/';
    });
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(neutralSite);
    await page.goto('/no-such-page');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  });

  test('the page is hidden at once while the neutral site loads, and comes back whole from the back-forward cache', async ({ page }) => {
    // Cancel the trip to the neutral site, as a dropped connection would, so that the page the
    // person is leaving stays in the tab and what it shows meanwhile can be checked.
    await page.route(`${neutralSite}**`, (route) => route.abort('aborted'));
    await page.goto('/');
    await page.getByRole('button', { name: /Exit this page/ }).click();
    const overlay = page.locator('.exit-this-page__overlay');
    await expect(overlay).toBeVisible();
    await expect(overlay).toHaveText('Loading.');
    const viewport = page.viewportSize()!;
    expect(await overlay.boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });

    // What the browser does when it restores a page from the back-forward cache.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(overlay).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('');
  });
});

test.describe('with JavaScript, what a page script cannot clear itself', () => {
  test('leaving asks the server for Clear-Site-Data, so the HTTP cache goes too (L11)', async ({ page, request }) => {
    await arriveFromAnotherSite(page, '/privacy');
    // Sent with keepalive as the page goes: the browser finishes it after the page has gone.
    const clearing = page.waitForRequest((sent) => new URL(sent.url()).pathname === '/exit' && sent.method() === 'POST');
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await clearing;
    await expectLeftForGood(page);
    // What that request is answered with.
    const response = await request.post('/exit', { headers: { 'Sec-Fetch-Site': 'same-origin' }, maxRedirects: 0 });
    expect(response.status()).toBe(204);
    expect(response.headers()['clear-site-data']).toBe('"cache", "cookies", "storage"');
    expect(response.headers()['cache-control']).toBe('no-store');
  });

  test('leaving from the form closes the evidence guide it opened, and leaving from the guide sends the form away too (L10)', async ({ page, context }) => {
    await serveOtherSites(context);
    const journey = new Journey(page, false);
    await journey.start();
    await journey.safety();
    await journey.aboutYou();
    await journey.whatHappened();
    const place = journey.group('Place 1');
    await place.getByLabel('Where did you see it?').selectOption({ label: 'Instagram' });
    await place.getByText('How to capture evidence on Instagram').click();
    const openGuide = async () => {
      const opened = context.waitForEvent('page');
      await place.getByRole('link', { name: /Read the full Instagram guide/ }).click();
      const guide = await opened;
      await expect(guide.getByRole('heading', { level: 1 })).toContainText('Instagram');
      return guide;
    };

    // Exit in the form's tab: the guide's tab goes too.
    const guide = await openGuide();
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(neutralSite);
    await expect.poll(() => guide.isClosed()).toBe(true);

    // And the other way round: Exit in the guide sends the form's tab away as well.
    await page.goBack();
    await page.goto('/report');
    await journey.start();
    await journey.safety();
    await journey.aboutYou();
    await journey.whatHappened();
    await place.getByLabel('Where did you see it?').selectOption({ label: 'Instagram' });
    await place.getByText('How to capture evidence on Instagram').click();
    const second = await openGuide();
    // Opened by the page's script, so the two tabs can reach each other.
    expect(await second.evaluate(() => window.opener !== null)).toBe(true);
    await second.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(neutralSite);
    await second.waitForURL(neutralSite);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is a link to /exit, which sends the browser on to the neutral site', async ({ page }) => {
    await arriveFromAnotherSite(page, '/privacy');
    const button = page.getByRole('button', { name: /Exit this page/ });
    await expect(button).toHaveAttribute('href', '/exit');
    const exitResponse = page.waitForResponse((response) => new URL(response.url()).pathname === '/exit');
    const leaving = leavingThroughExit(page);
    await button.click();
    const response = await exitResponse;
    expect(response.status()).toBe(303);
    expect(await response.headerValue('location')).toBe(neutralSite);
    expect(await response.headerValue('clear-site-data')).toBe('"cache", "cookies", "storage"');
    await leaving;
  });
});

test('/exit answers 303 to the neutral site, clears site data and is never cached', async ({ request }) => {
  const response = await request.get('/exit', { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe(neutralSite);
  expect(response.headers()['clear-site-data']).toBe('"cache", "cookies", "storage"');
  expect(response.headers()['cache-control']).toBe('no-store');
});
