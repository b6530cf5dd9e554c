/**
 * Nothing recoverable from the tab, in Chromium:
 *
 * - M5: without JavaScript every page of the form is a post carrying her answers, which the
 *   browser keeps in the tab's history. After she presses Exit this page, someone with the phone
 *   who goes Back and resubmits sees none of them: the Send says only that it was already sent,
 *   an earlier page only that it has expired.
 * - M6: when the connection drops during Send, the page stays as it was, with her answers, Exit
 *   this page, the helplines and what to do; pressing Send again once it is back sends it.
 * - L1: if the referral was stored but the answer lost, and she corrects an answer and sends
 *   again, she is told only the first version was sent, instead of the change being dropped.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { leavingThroughExit } from './support/neutral-site';
import { Journey } from './support/referral-journey';
import { receivedReferral } from './support/received-mail';

test.describe.configure({ timeout: 180_000 });

const marker = `Sam${Date.now().toString(36)}`;
const place = [{ platform: 'X (Twitter)', where: `@${marker}acct` }];

/** What a person sees of the page, with the markup left out. */
const visibleText = (page: Page) => page.locator('body').innerText();

/**
 * Goes Back one entry and resubmits it, as "Confirm form resubmission" does: Chromium shows its
 * own "resubmit" page for a post that may not be cached, and reloading it posts the body again.
 */
async function backAndResubmit(page: Page) {
  // Chromium may report the "resubmit?" page it shows as a failed navigation: that is expected.
  await page.goBack().catch(() => null);
  const reposted = page.waitForResponse((response) => new URL(response.url()).pathname === '/report/questions' && response.request().method() === 'POST');
  // Going Back from Chromium's error page swaps the tab's renderer; a reload sent while the
  // swap is under way finds no page attached, and is tried again once it is.
  await expect(async () => {
    await page.reload();
  }).toPass({ timeout: 15_000 });
  await reposted;
}

test.describe('without JavaScript, after Exit this page', () => {
  test.use({ javaScriptEnabled: false });

  test('Back and resubmit shows none of her answers: the Send says only "already sent", a step only "expired"', async ({ page }) => {
    const journey = new Journey(page, false);
    await journey.start();
    await journey.toCheckPage(place, { name: marker });
    await expect(page.getByText(marker, { exact: true })).toBeVisible();
    const reference = await journey.send();
    await expect(page.getByText('If this is a shared device, close this tab when you have finished.')).toBeVisible();

    const leaving = leavingThroughExit(page);
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await leaving;
    // The tab then shows Chromium's own error page in place of the neutral site; Back from there.
    await expect.poll(() => page.url()).toBe('chrome-error://chromewebdata/');
    await page.waitForLoadState('load');

    // Back to the confirmation, posted again: the referral is not sent twice, and nothing of it shows.
    await backAndResubmit(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your referral has already been sent');
    let seen = await visibleText(page);
    expect(seen).not.toContain(marker);
    expect(seen).not.toContain(reference);
    expect(seen).toContain('0345 6000 459');
    await expect(page.getByRole('button', { name: /Exit this page/ })).toBeVisible();

    // Back again, to the check page (the post of the last question): expired, and empty.
    await backAndResubmit(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page has expired');
    seen = await visibleText(page);
    expect(seen).not.toContain(marker);
    expect(seen).not.toContain('07700');
    expect(seen).toContain('0345 6000 459');
    await expect(page.getByRole('link', { name: 'start again' })).toHaveAttribute('href', '/report');

    // The support service got it once.
    const mail = await receivedReferral(reference);
    expect(mail.text).toContain(marker);
  });
});

test.describe('when the connection drops during Send', () => {
  test('with JavaScript: her answers stay on the page with Exit, the helplines and what to do; Send works once it is back', async ({ page }) => {
    const journey = new Journey(page);
    await journey.start();
    await journey.toCheckPage(place, { name: marker });

    await page.route('**/report/questions', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback()));
    await journey.continue('Send');

    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Your referral may not have been sent because the connection was lost');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
    await expect(page.getByText(marker, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /Exit this page/ })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('0345 6000 459');
    await expect(page.getByText('Application error')).toHaveCount(0);
    // The summary's link points at the Send button.
    await expect(summary.getByRole('link')).toHaveAttribute('href', '#send');
    await expect(page.locator('#send')).toHaveText('Send');
    await expectNoAxeViolations(page);

    await page.unroute('**/report/questions');
    const reference = await journey.send();
    const mail = await receivedReferral(reference);
    expect(mail.text).toContain(marker);
  });

  test('when the answer is lost after the referral was stored, a corrected Send says only the first version was sent (L1)', async ({ page }) => {
    const journey = new Journey(page);
    await journey.start();
    await journey.toCheckPage(place, { name: marker });

    // The server stores it, and the connection drops on the way back.
    await page.route('**/report/questions', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    await journey.continue('Send');
    await expect(page.locator('[data-error-summary]')).toContainText('may not have been sent');
    await page.unroute('**/report/questions');

    // She corrects her police force and sends again, with the same form.
    await page.getByRole('button', { name: 'Change which police force? (optional)' }).click();
    await journey.expectStep('The police');
    await page.getByLabel(/Which police force/).fill('Greater Manchester Police');
    await journey.continue();
    await journey.continue('Send');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your referral has already been sent');
    await expect(page.getByRole('main')).toContainText('What you sent this time was different from the first time');
    const seen = await visibleText(page);
    expect(seen).not.toContain(marker);
    expect(seen).not.toContain('Greater Manchester Police');
    await expectNoAxeViolations(page);
  });

  test('without JavaScript: reloading the page posts her answers again, and they arrive once', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const journey = new Journey(page, false);
    await journey.start();
    await journey.toCheckPage(place);

    await page.route('**/report/questions', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback()));
    await journey.continue('Send').catch(() => undefined);
    await page.unroute('**/report/questions');
    // The browser's own "no connection" page; her answers are in the post it would repeat.
    const reposted = page.waitForResponse((response) => new URL(response.url()).pathname === '/report/questions' && response.request().method() === 'POST');
    await page.reload();
    await reposted;
    await journey.expectStep('Your referral has been sent');
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    await receivedReferral(reference);
    await context.close();
  });
});
