/**
 * The evidence guides: the overview, the screenshot guide and one page per platform in the
 * registry. Each renders, passes axe, shows its sources and last-reviewed date, and talks to
 * no other site.
 */
import { expect, test } from '@playwright/test';
import { platforms } from '@/lib/platforms/registry';
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

    const sources = page.getByRole('complementary', { name: 'Sources' });
    await expect(sources.getByRole('listitem').first()).toBeVisible();
    await expect(sources).toContainText(/Last reviewed: \d{1,2} \w+ 20\d\d/);

    await expectNoAxeViolations(page);
    expect(requests.foreign(new URL(baseURL!).origin)).toEqual([]);
  });
}

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
