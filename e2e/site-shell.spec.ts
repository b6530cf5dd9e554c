/**
 * Every page: it renders with the shared shell, passes axe, talks to no other site, leaves
 * nothing in the browser and carries the baseline security headers.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { recordRequests } from './support/requests';

const pages = [
  { path: '/', heading: 'Get help with intimate image abuse', status: 200 },
  { path: '/staying-safe-online', heading: 'Staying safe online', status: 200 },
  { path: '/privacy', heading: 'Privacy notice', status: 200 },
  { path: '/accessibility', heading: 'Accessibility statement', status: 200 },
  { path: '/no-such-page', heading: 'Page not found', status: 404 },
];

for (const { path, heading, status } of pages) {
  test(`${path} renders the shared shell, passes axe and talks to no other site`, async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('button', { name: /Exit this page/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');

    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    await expect(footer.getByRole('link', { name: '101' })).toHaveAttribute('href', 'tel:101');
    await expect(footer.getByRole('link', { name: '0345 6000 459' })).toHaveAttribute('href', 'tel:03456000459');
    for (const name of ['Privacy notice', 'Accessibility statement', 'Staying safe online']) {
      await expect(footer.getByRole('link', { name })).toBeVisible();
    }
    // The embedded defaults are a demo and every page must say so.
    await expect(page.getByText('This is not a live service.')).toBeVisible();

    await expectNoAxeViolations(page);

    expect(requests.urls.length).toBeGreaterThan(1);
    expect(requests.foreign(new URL(baseURL!).origin)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  test(`${path} answers with the baseline security headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    expectBaselineHeaders(response.headers());
  });
}

test('static files and /exit carry the baseline security headers too', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  expect(scripts.length).toBeGreaterThan(0);
  expectBaselineHeaders((await request.get(scripts[0]!)).headers());
  expectBaselineHeaders((await request.get('/exit', { maxRedirects: 0 })).headers());
});

test('guidance, which holds nothing personal, may be cached; pages rendered per request are not kept', async ({ request }) => {
  // A static file, the same for everyone: a CDN may serve it (Exit this page clears the
  // browser's copy with Clear-Site-Data).
  for (const path of ['/', '/report']) expect((await request.get(path)).headers()['cache-control'], path).toMatch(/^public, /);
  for (const path of ['/privacy', '/report/questions', '/law/which-law']) {
    expect((await request.get(path)).headers()['cache-control'], path).toContain('no-store');
  }
});

test("a search engine may list the form's start page, with its title and description, but not the demo mailbox", async ({ request }) => {
  // People need to find the form by searching. What a crawler fetches is its start page.
  const form = await (await request.get('/report')).text();
  expect(form).not.toMatch(/<meta name="robots"/);
  // One title (the static page's carries the Pages Router's data-next-head attribute).
  expect([...form.matchAll(/<title\b[^>]*>([^<]*)<\/title>/g)].map(([, title]) => title)).toEqual(['Ask for help with intimate image abuse – Get help with intimate image abuse']);
  expect(form).toMatch(/<meta name="description" content="Use this form if someone has shared intimate images of you[^"]*"/);

  // The demo mailbox shows referrals received: never listed.
  expect(await (await request.get('/mailbox')).text()).toMatch(/<meta name="robots" content="noindex"/);

  // robots.txt says the same to crawlers that read it first, and is served like every other file.
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expectBaselineHeaders(robots.headers());
  const rules = (await robots.text()).split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  expect(rules).toEqual(['User-agent: *', 'Disallow: /mailbox', 'Disallow: /exit']);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/privacy');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

function expectBaselineHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  // same-origin (next.config.js says why): other sites learn nothing, own forms keep their Origin.
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
  expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-powered-by']).toBeUndefined();
}
