/**
 * The evidence guides: the overview, the screenshot guide and one page per platform in the
 * registry. Each renders, passes axe, shows its sources and last-reviewed date, and talks to
 * no other site.
 */
import { expect, test } from '@playwright/test';
import { platforms } from '@/lib/platforms/registry';
import { sharedBlocksFor } from '@/lib/platforms/shared-guidance';
import { sharedSources } from '@/lib/platforms/shared-sources';
import { expectNoAxeViolations } from './support/axe';
import { recordRequests } from './support/requests';

const guides = [
  { path: '/evidence', heading: 'Capture evidence safely' },
  { path: '/evidence/screenshots', heading: 'How to take a screenshot or record your screen' },
  ...platforms.map((platform) => ({ path: `/evidence/${platform.id}`, heading: platform.name })),
];

for (const { path, heading } of guides) {
  test(`${path} shows its guide with sources and a last-reviewed date`, async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

    // A platform guide keeps its sources behind one link, so that a phone's screen is not 20 links long.
    const sourcesLink = page.getByText('Sources, and when this guide was last checked', { exact: true });
    if ((await sourcesLink.count()) > 0) await sourcesLink.click();
    const sources = page.getByRole('complementary', { name: 'Sources' });
    await expect(sources.getByRole('listitem').first()).toBeVisible();
    await expect(sources).toContainText(/Last reviewed: \d{1,2} \w+ 20\d\d/);

    await expectNoAxeViolations(page);
    expect(requests.foreign(new URL(baseURL!).origin)).toEqual([]);
  });
}

for (const platform of platforms) {
  test(`/evidence/${platform.id} shows the safety blocks every guide shares`, async ({ page }) => {
    await page.goto(`/evidence/${platform.id}`);
    const main = page.getByRole('main');
    for (const block of sharedBlocksFor(platform).values()) {
      await expect(main.getByRole('heading', { name: block.heading, exact: true })).toBeVisible();
      // Warnings are open; the other blocks fold under their headings and open without JavaScript.
      if (block.collapsed) {
        const region = main.getByRole('region', { name: block.heading, exact: true });
        await expect(region.getByText(block.points[0]!, { exact: true })).toBeHidden();
        await region.locator('summary').click();
      }
      await expect(main.getByText(block.points[0]!, { exact: true })).toBeVisible();
    }
    await expect(main.getByRole('heading', { name: 'Before you download your data' })).toHaveCount(
      platform.capture.downloadYourData.length > 0 ? 1 : 0,
    );
    await expect(main.getByText(platform.reporting.withoutAccount, { exact: true })).toBeVisible();
    await expect(main.getByText(platform.stopNcii.note)).toBeVisible();
    await expect(main.getByRole('link', { name: 'StopNCII.org', exact: true })).toHaveAttribute('href', sharedSources.stopNcii.url);
  });
}

test('the StopNCII block says what a victim must know before using it', async ({ page }) => {
  await page.goto('/evidence/instagram');
  const stopNcii = page.getByRole('region', { name: 'StopNCII.org' });
  await stopNcii.locator('summary').click();
  await expect(stopNcii).toContainText('only for images of you when you were 18 or over');
  await expect(stopNcii).toContainText('The image must already be on your device. Do not download, save or screenshot it');
  await expect(stopNcii).toContainText('report it to the platform first');
  await expect(stopNcii).toContainText('case number and PIN');
  await expect(stopNcii).toContainText('cannot recover them');
});

test('the X guide sends UK readers to X\'s global route, not its US-only Take It Down Act form', async ({ page }) => {
  await page.goto('/evidence/x');
  const helpLink = page.getByRole('link', { name: /X \(Twitter\).s own help page/ });
  await expect(helpLink).toHaveAttribute('href', 'https://help.x.com/en/rules-and-policies/intimate-media');
  await expect(page.getByRole('heading', { name: 'The Take It Down Act form is for the US' })).toBeVisible();
});

test('H1: a guide read on a phone shows the under-18 warning and the screenshot warnings before the first capture step', async ({ page }) => {
  await page.goto('/evidence/instagram');
  const main = page.getByRole('main');
  const top = async (locator: ReturnType<typeof main.getByText>) => (await locator.boundingBox())!.y;
  const firstStep = await top(main.getByRole('heading', { name: 'What to capture', exact: true }));
  expect(await top(main.getByText('If you were under 18 in the image, read this first'))).toBeLessThan(firstStep);
  expect(await top(main.getByRole('heading', { name: 'If you were under 18 in the image', exact: true }))).toBeLessThan(firstStep);
  expect(await top(main.getByRole('heading', { name: 'Screenshots may alert the other person', exact: true }))).toBeLessThan(firstStep);
  await expect(main.getByRole('link', { name: 'Staying safe online: private browsing and leaving this site quickly' }).first()).toHaveAttribute(
    'href',
    '/staying-safe-online',
  );
});

test('the overview lists the new platforms, and the dating apps guide warns that unmatching deletes the chat', async ({ page }) => {
  await page.goto('/evidence');
  const links = page.getByRole('main').locator('.platform-list a');
  for (const name of ['YouTube', 'Discord', 'Threads', 'Dating apps', 'Google Drive and Photos', 'iCloud and Apple accounts', 'Microsoft']) {
    await expect(links.filter({ hasText: name })).toHaveCount(1);
  }
  await links.filter({ hasText: 'Dating apps' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dating apps');
  await expect(page.getByText(/unmatching removes the chat for both of you/)).toBeVisible();
});

test('the screenshot guide covers long chats and screen recording on every device, from vendors\' pages', async ({ page }) => {
  await page.goto('/evidence/screenshots');
  for (const device of ['iPhone', 'Android', 'Windows', 'Mac']) {
    await expect(page.getByRole('heading', { name: device, exact: true, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Record the screen', level: 3 })).toHaveCount(4);
  await expect(page.getByRole('heading', { name: /^A long page/, level: 3 })).toHaveCount(4);
  const sources = page.getByRole('complementary', { name: 'Sources' }).getByRole('link');
  const hosts = await sources.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hostname));
  expect(hosts).toEqual(expect.arrayContaining(['support.apple.com', 'support.google.com', 'support.microsoft.com']));
});

test('the overview links to a guide for every platform, in the registry order', async ({ page }) => {
  await page.goto('/evidence');
  const links = page.getByRole('main').locator('.platform-list a');
  await expect(links).toHaveText(platforms.map((platform) => platform.name));
  await links.filter({ hasText: 'WhatsApp' }).click();
  await expect(page).toHaveURL(/\/evidence\/whatsapp$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('WhatsApp');
});

test('a platform guide shows what to record and how to report it', async ({ page }) => {
  const facebook = platforms.find((platform) => platform.id === 'facebook')!;
  await page.goto('/evidence/facebook');
  await expect(page.getByRole('heading', { name: 'What to record' })).toBeVisible();
  await expect(page.getByText(facebook.capture.whatToCapture[0]!)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Report it to Facebook' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Facebook.s own help page/ })).toHaveAttribute('href', facebook.reporting.helpUrl);
  await expect(page.getByText('Never copy, download, forward or send the image itself')).toBeVisible();
});

test('a guide with no single platform names the helpline page it links to', async ({ page }) => {
  const texts = platforms.find((platform) => platform.id === 'text-messages')!;
  await page.goto('/evidence/text-messages');
  await expect(page.getByRole('link', { name: /own help page/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Read more: Revenge Porn Helpline/ })).toHaveAttribute('href', texts.reporting.helpUrl);
});

test('an address that is not a platform is a helpful 404', async ({ page }) => {
  const response = await page.goto('/evidence/myspace');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
