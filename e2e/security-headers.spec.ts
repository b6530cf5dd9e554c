/**
 * Security hardening seen from outside, against the real production server: the nonce CSP and the
 * other headers on every page, no CSP violation or DevTools CSP issue while the site is used (the
 * form included), cross-site and oversized requests refused before anything runs, security.txt,
 * and the HTTP Observatory's score.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { e2ePort } from './support/e2e-data-dir';
import { observatoryScore } from './support/observatory';
import { leavingThroughExit, neutralSite, serveOtherSites } from './support/neutral-site';
import { Journey } from './support/referral-journey';

/** Pages rendered per request, whose scripts carry a nonce. */
const pages = [
  { path: '/privacy', status: 200 },
  { path: '/law/which-law', status: 200 },
  { path: '/report/questions', status: 200 },
  { path: '/evidence/log', status: 200 },
  { path: '/no-such-page', status: 404 },
];

/** Guidance (and the form's start page) built to static files, with no framework JavaScript and no nonce. */
const staticPages = ['/', '/report', '/staying-safe-online', '/accessibility', '/evidence', '/evidence/instagram', '/law/england-and-wales'];

/** The CSP as a map of directive to sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** The nonce in a response's CSP, checked to be the only script source that is not a keyword. */
function nonceOf(policy: string): string {
  const script = directives(policy).get('script-src') ?? [];
  const nonces = script.filter((source) => source.startsWith("'nonce-"));
  expect(nonces).toHaveLength(1);
  return nonces[0]!.slice("'nonce-".length, -1);
}

function expectStrictPolicy(policy: string) {
  const csp = directives(policy);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toContain("'strict-dynamic'");
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|data:|blob:|https?:/);
}

function expectOtherHeaders(headers: Record<string, string>) {
  const maxAge = Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]);
  expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['strict-transport-security']).toContain('includeSubDomains');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // same-origin (next.config.js says why): other sites learn nothing, own forms keep their Origin.
  expect(headers['referrer-policy']).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'display-capture']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['set-cookie']).toBeUndefined();
}

for (const { path, status } of pages) {
  test(`${path}: strict CSP with a fresh nonce on every script, and the other headers`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.status()).toBe(status);

    // Exactly one CSP header: the page's, not the locked-down one for other responses as well
    // (a second policy would be enforced too and block the page's scripts).
    const csp = first.headersArray().filter((header) => header.name.toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    const policy = csp[0]!.value;
    expectStrictPolicy(policy);
    expectOtherHeaders(first.headers());

    const nonce = nonceOf(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers()['content-security-policy']!)).not.toBe(nonce);

    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });
}

for (const path of staticPages) {
  test(`${path}: built to a static file, with only Exit this page's script, from this site, and cacheable`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const csp = response.headersArray().filter((header) => header.name.toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    const policy = csp[0]!.value;
    // As strict as the nonce policy, with 'self' in place of the nonce: no inline script runs.
    const directivesSent = directives(policy);
    expect(directivesSent.get('default-src')).toEqual(["'none'"]);
    expect(directivesSent.get('script-src')).toEqual(["'self'"]);
    expect(directivesSent.get('style-src')).toEqual(["'self'"]);
    expect(directivesSent.get('object-src')).toEqual(["'none'"]);
    expect(directivesSent.get('base-uri')).toEqual(["'none'"]);
    expect(directivesSent.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directivesSent.get('form-action')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-|nonce-|\*|data:|blob:|https?:/);
    expectOtherHeaders(response.headers());
    // Nothing personal, so a CDN may keep it; never the per-request no-store.
    expect(response.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+/);

    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/exit-this-page.js" defer="">']);
    // No framework chunk, loaded or preloaded (its stylesheet lives beside them, and is fine).
    expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    expect(html).not.toMatch(/\sstyle="/);

    // A browser or CDN holding this version is told so, with the same headers and no body.
    const etag = response.headers()['etag'];
    expect(etag).toBeTruthy();
    const unchanged = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(unchanged.status()).toBe(304);
    expect(unchanged.headers()['content-security-policy']).toBe(policy);
    expectOtherHeaders(unchanged.headers());
  });
}

test('pages that may show what a person typed are never stored', async ({ request }) => {
  for (const path of ['/evidence/log', '/report/questions']) {
    expect((await request.get(path)).headers()['cache-control'], path).toContain('no-store');
  }
});

test('static files and route handlers keep a policy that lets nothing load or run', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  expect(scripts.length).toBeGreaterThan(0);
  for (const response of [await request.get(scripts[0]!), await request.get('/exit', { maxRedirects: 0 })]) {
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(directives(policy).get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-/);
    expectOtherHeaders(response.headers());
  }
});

/** Records CSP violations, reported both by the page's event and in the console. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('the site runs under the policy: no violation while using the evidence log and Exit this page', async ({ page }) => {
  const violations = await recordViolations(page);
  await serveOtherSites(page);

  for (const path of ['/', '/privacy', '/evidence', '/evidence/facebook', '/no-such-page']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }

  await page.goto('/evidence/log', { waitUntil: 'networkidle' });
  // The log only works once React has hydrated, which needs the nonce'd scripts to have run.
  await page.getByLabel('Where did you see it?').selectOption({ label: 'WhatsApp' });
  await page.getByLabel('Link, username or phone number').fill('07700 900123');
  await page.getByRole('button', { name: 'Add to log' }).click();
  await expect(page.locator('.evidence-log__entry')).toHaveCount(1);
  await page.getByLabel('Fingerprint a screenshot (optional)').setInputFiles({
    name: 'screenshot.png',
    mimeType: 'image/png',
    buffer: Buffer.from('any bytes'),
  });
  await expect(page.getByTestId('draft-fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your log' }).click();
  await download;

  // Client-side navigation fetches the next page's payload under the policy too.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notice');

  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
  await page.getByRole('button', { name: /Exit this page/ }).click();
  await page.waitForURL(neutralSite);

  expect(violations).toEqual([]);
});

// A page rendered per request (nonce policy) and one built to a static file (scripts from 'self').
for (const path of ['/privacy', '/law/scotland']) {
test(`${path}: injected markup cannot run script, while the site’s own scripts still do`, async ({ page, baseURL }) => {
  // Proves the check above can fail: the page as the server sent it, headers and all, with what
  // an attacker would inject through a hole in the HTML (an inline script, an inline event
  // handler, a script from another site). None of it carries a nonce or comes from this site.
  const violations = await recordViolations(page);
  let evilScriptRequested = false;
  await page.route('https://evil.example/**', (route) => {
    evilScriptRequested = true;
    return route.fulfill({ contentType: 'text/javascript', body: 'window.injected.push("external")' });
  });
  await page.route(`${baseURL}${path}`, async (route) => {
    const response = await route.fetch();
    const injected = (await response.text()).replace(
      '<main',
      '<script>window.injected = ["inline"]</script>' +
        '<img src="/no-such-image" onerror="window.injected = [\'handler\']">' +
        '<script src="https://evil.example/x.js"></script><main',
    );
    await route.fulfill({ response, body: injected });
  });
  await page.goto(path, { waitUntil: 'networkidle' });

  expect(await page.evaluate(() => (window as unknown as { injected?: string[] }).injected ?? [])).toEqual([]);
  expect(evilScriptRequested).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
  // The site's own script ran: Exit this page answers Shift.
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
});
}

/**
 * Records the Content Security Policy issues Chromium raises in DevTools, which is what
 * Lighthouse's "inspector-issues" audit reads. It includes code that tries `new Function` and
 * catches the refusal (as a library probing whether it may compile code does): nothing breaks
 * and nothing is logged to the console, but Lighthouse still marks best practices down.
 */
async function recordCspIssues(page: Page): Promise<string[]> {
  const issues: string[] = [];
  const devtools = await page.context().newCDPSession(page);
  devtools.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code !== 'ContentSecurityPolicyIssue') return;
    const details = issue.details.contentSecurityPolicyIssueDetails;
    const where = details?.sourceCodeLocation;
    issues.push(
      `${page.url()}: ${details?.contentSecurityPolicyViolationType} (${details?.violatedDirective})` +
        (where ? ` at ${where.url}:${where.lineNumber}:${where.columnNumber}` : '') +
        (details?.blockedURL ? ` blocked ${details.blockedURL}` : ''),
    );
  });
  // Also replays any issue already raised for this page.
  await devtools.send('Audits.enable');
  return issues;
}

test('Chromium raises no CSP issue on the home page or while someone starts the form', async ({ page }) => {
  // Each step of the form is checked with axe too, which takes a while on a small machine.
  test.setTimeout(120_000);
  const issues = await recordCspIssues(page);
  await page.goto('/', { waitUntil: 'networkidle' });

  const journey = new Journey(page);
  await journey.start();
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') posts.push(request.url());
  });
  // Continue with no answer: the step's schema checks it in the page.
  await journey.expectStep('Are you in danger now?');
  await journey.continue();
  await expect(page).toHaveTitle(/^Error: Are you in danger now\?/);
  await journey.safety();
  await journey.expectStep('About you');

  // Nothing was posted, so the steps above ran in the page, with the form's JavaScript.
  expect(posts).toEqual([]);
  expect(issues).toEqual([]);
});

test('the CSP issue recorder sees a refused `new Function` even when the page catches it', async ({ page, baseURL }) => {
  // Proves the check above can fail: a page rendered per request (the home page is a static
  // file, with no nonce to borrow) with one more script that carries the nonce and does what a
  // library's "may I compile code?" probe does.
  const issues = await recordCspIssues(page);
  await page.route(`${baseURL}/privacy`, async (route) => {
    const response = await route.fetch();
    const nonce = nonceOf(response.headers()['content-security-policy'] ?? '');
    const body = (await response.text()).replace(
      '</body>',
      `<script nonce="${nonce}">try { new Function(''); } catch {}</script></body>`,
    );
    await route.fulfill({ response, body });
  });
  await page.goto('/privacy', { waitUntil: 'networkidle' });

  await expect.poll(() => issues).toEqual([expect.stringContaining('kEvalViolation (script-src)')]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Exit this page still leaves through /exit', async ({ page }) => {
    await page.goto('/staying-safe-online');
    const leaving = leavingThroughExit(page);
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await leaving;
  });
});

/** Posts a small form body to `path` with the given headers. */
function post(request: APIRequestContext, path: string, headers: Record<string, string>, body = 'answer=CANARY') {
  return request.post(path, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    data: body,
    maxRedirects: 0,
  });
}

async function expectRefusalPage(response: Awaited<ReturnType<typeof post>>, status: number, heading: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('text/html');
  expect(response.headers()['cache-control']).toBe('no-store');
  const html = await response.text();
  expect(html).toContain(`<h1>${heading}</h1>`);
  // The person who meets it still gets the numbers to call, and the way out.
  for (const number of ['999', '101', '0345 6000 459', '0808 2000 247']) expect(html).toContain(`>${number}</a>`);
  expect(html).toContain('href="/exit"');
  expect(html).not.toContain('CANARY');
}

test.describe('requests from other sites are refused', () => {
  const refusals: [string, Record<string, string>][] = [
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['no Origin and no Sec-Fetch-Site', {}],
    ['Sec-Fetch-Site: cross-site, even with our own Origin', { 'sec-fetch-site': 'cross-site', origin: '__OWN__' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ];

  for (const [description, headers] of refusals) {
    test(`${description}: 403 with the helplines, on pages and route handlers alike`, async ({ request, baseURL }) => {
      const resolved = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value === '__OWN__' ? baseURL! : value]));
      for (const path of ['/', '/evidence/log', '/report/questions', '/exit', '/.well-known/security.txt']) {
        await expectRefusalPage(await post(request, path, resolved), 403, 'We could not accept this request');
      }
    });
  }

  test('the same POST from this site is not refused', async ({ request, baseURL }) => {
    const ownRequests: Record<string, string>[] = [{ origin: baseURL! }, { 'sec-fetch-site': 'same-origin' }];
    for (const headers of ownRequests) {
      const response = await post(request, '/', headers);
      expect(response.status()).not.toBe(403);
      expect(await response.text()).not.toContain('We could not accept this request');
    }
  });

  test('a form on another site that posts here, in a real browser, is refused', async ({ page, baseURL }) => {
    await page.route('https://evil.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${baseURL}/"><input name="answer" value="CANARY"><button>Send</button></form>`,
      }),
    );
    await page.goto('https://evil.example/');
    const response = page.waitForResponse((r) => r.url() === `${baseURL}/` && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send' }).click();
    expect((await response).status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not accept this request');
    await expect(page.getByRole('link', { name: '0345 6000 459' })).toHaveAttribute('href', 'tel:03456000459');
  });
});

test('a body over the limit is refused with 413 and a clear message, before it is read', async ({ request, baseURL }) => {
  const body = `answer=${'a'.repeat(600 * 1024)}`;
  const response = await post(request, '/', { origin: baseURL! }, body);
  await expectRefusalPage(response, 413, 'What you sent is too large');
  expect(await response.text()).toContain('up to 512 KB');

  // Just under the limit goes through to the page.
  const small = await post(request, '/', { origin: baseURL! }, `answer=${'a'.repeat(500 * 1024)}`);
  expect(small.status()).not.toBe(413);
});

test('security.txt gives the configured contact and expiry (RFC 9116)', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  expect(text).toMatch(/^Contact: mailto:security@support-service\.example$/m);
  expect(text).toMatch(/^Preferred-Languages: en$/m);
  // The demo's address is localhost on the port it listens on.
  expect(text).toMatch(new RegExp(`^Canonical: http://localhost:${e2ePort}/\\.well-known/security\\.txt$`, 'm'));
  const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires).toBeLessThan(Date.now() + 365 * 24 * 3600 * 1000);
});

test.describe('HTTP Observatory score (its published rules, applied to our responses)', () => {
  for (const path of ['/', '/evidence/log', '/no-such-page']) {
    test(`${path} scores A+`, async ({ request, baseURL }) => {
      const response = await request.get(path);
      const result = observatoryScore(response.headers(), await response.text(), new URL(baseURL!).origin);
      const summary = result.tests.map((t) => `${t.name}: ${t.result} (${t.modifier})`).join('\n');
      expect(result.tests.filter((t) => t.modifier < 0), summary).toEqual([]);
      expect(result.grade, summary).toBe('A+');
      expect(result.score, summary).toBeGreaterThanOrEqual(100);
    });
  }

  test('the scorer marks down a weak set of headers', () => {
    const weak = observatoryScore(
      {
        'content-type': 'text/html',
        'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        'referrer-policy': 'unsafe-url',
      },
      '<script src="https://cdn.example/x.js"></script>',
      'https://gethelp.example.org',
    );
    // 100 - 20 (CSP unsafe-inline) - 20 (no HSTS) - 5 (no nosniff) - 20 (no framing protection)
    // - 5 (unsafe referrer) - 5 (external script without SRI)
    expect(weak.score).toBe(25);
    expect(weak.grade).toBe('D-');
    expect(weak.tests.find((t) => t.name === 'content-security-policy')?.result).toBe('csp-implemented-with-unsafe-inline');
    expect(weak.tests.find((t) => t.name === 'strict-transport-security')?.modifier).toBe(-20);
  });
});
