/**
 * End-to-end proofs of the privacy and abuse targets, against a separate real production server
 * (next start, real SQLite, embedded SMTP) that this file starts with settings the shared server
 * must not have: one trusted proxy hop, so each browser can play a different client through
 * X-Forwarded-For, and a limit of one referral per client.
 *
 * - A canary value typed into every free-text answer reaches the support service's email, but
 *   never the server's logs, never the database file in plaintext, and the client's address
 *   never reaches a log either.
 * - A caseworker who signs in reads that referral's canary on its case page and adds a note with
 *   the canary; the note is shown there too, and neither reaches a log, the database file or its
 *   WAL in plaintext, nor (the note) any mail.
 * - The form and every answer it posts back are sent with `Cache-Control: no-store`.
 * - A valid referral replayed from another site is refused and stores and sends nothing, while
 *   the very same request from this site is accepted.
 * - A second referral from one client is refused with the helpline numbers; another client is
 *   unaffected; and with no proxy in front, a client cannot dodge the limit by writing its own
 *   X-Forwarded-For.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { rawRequest } from './support/raw-request';
import { Journey } from './support/referral-journey';
import { mailboxOf, receivedCount, receivedReferral } from './support/received-mail';
import { startSeparateServer, type SeparateServer } from './support/separate-server';
import { addStaff, enrolWithTotp, signInWithTotp } from './support/staff';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const port = Number(process.env.E2E_PORT ?? 3100) + 1;
const marker = `cnry${randomBytes(4).toString('hex')}`;
const clients = { canary: '203.0.113.77', a: '203.0.113.10', b: '203.0.113.20', replay: '203.0.113.30', caseworker: '203.0.113.40' };

let server: SeparateServer;
/** The reference of the canary run's referral, for the caseworker to open. */
let canaryReference: string | undefined;
/** The final "Send" of a run without JavaScript, exactly as the browser posted it. */
let sendPost: { contentType: string; body: Buffer; token: string; stepToken: string } | undefined;

test.beforeAll(async () => {
  server = await startSeparateServer(port, {
    TRUSTED_PROXY_HOPS: '1',
    RATE_LIMIT_SUBMISSIONS: '1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
  });
});

test.afterAll(async () => {
  await server?.stop();
});

/** The database file and its companions (the WAL holds what has not been checkpointed yet). */
function databaseFiles(dataDir: string): string[] {
  return fs.readdirSync(dataDir).filter((name) => name.startsWith('referrals.sqlite'));
}

function rowCount(dataDir: string, table: 'referrals' | 'case_notes'): number {
  const db = new Database(path.join(dataDir, 'referrals.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;
  } finally {
    db.close();
  }
}

const referralCount = (dataDir: string) => rowCount(dataDir, 'referrals');

/** The single-use step token a server puts on its form: a post is acted on once per token. */
const stepTokenPattern = /[A-Za-z0-9_-]{22}\.\d{1,15}\.[A-Za-z0-9_-]{43}/;

/**
 * The captured Send with a new form token, so the server takes it as a new referral, and a
 * fresh step token from the server at `baseURL` (from its form, as a browser would get it), so
 * it is not answered as a resubmission from the tab's history.
 */
async function withNewToken(post: NonNullable<typeof sendPost>, baseURL: string): Promise<Buffer> {
  const form = await (await fetch(`${baseURL}/report/questions`)).text();
  const stepToken = stepTokenPattern.exec(form)?.[0];
  expect(stepToken, 'the form carries a step token').toBeTruthy();
  const body = post.body.toString('latin1').split(post.token).join(randomUUID()).split(post.stepToken).join(stepToken!);
  return Buffer.from(body, 'latin1');
}

async function replay(
  request: APIRequestContext,
  baseURL: string,
  body: Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; html: string; cacheControl: string | undefined }> {
  const response = await request.post(`${baseURL}/report/questions`, {
    headers: { 'Content-Type': sendPost!.contentType, ...headers },
    data: body,
    maxRedirects: 0,
  });
  return { status: response.status(), html: await response.text(), cacheControl: response.headers()['cache-control'] };
}

/** The page title of an HTML response (matching on it keeps a failure's message short). */
function titleOf(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '(no title)';
}

function referenceIn(html: string): string {
  const reference = /data-testid="reference"[^>]*>([A-Z0-9]{4}-[A-Z0-9]{4})</.exec(html)?.[1];
  expect(reference, 'the confirmation shows a reference').toBeTruthy();
  return reference!;
}

/** Every free-text answer of the canary run, each carrying the marker. */
const canary = {
  helperName: `Jo ${marker}`,
  helperRelation: `Friend ${marker}`,
  description: `He posted a photo ${marker} and says he will send more.`,
  where: `@${marker}`,
  shows: `A post ${marker}`,
  reportReference: `REF-${marker}`,
  crimeReference: `CRI/${marker}`,
  policeForce: `Force ${marker}`,
  helpOther: `Help ${marker}`,
  preferredName: `Sam ${marker}`,
  email: `${marker}@example.org`,
  safeTimes: `Evenings ${marker}`,
  accessDetails: `Large print ${marker}`,
};

async function canaryJourney(page: Page, journey: Journey) {
  await journey.start();
  await journey.safety();
  await journey.aboutYou({ nation: 'Wales', forWhom: 'Someone else: I am helping the person in the images' });

  await journey.expectStep('About you, as the person helping');
  await page.getByLabel('Your name').fill(canary.helperName);
  await page.getByLabel('How do you know the person in the images?').fill(canary.helperRelation);
  await page.getByLabel('The person in the images knows I am asking for help for them and agrees to it').check();
  await journey.continue();

  await journey.expectStep('What happened');
  await journey.choose(/What has happened/, 'Intimate images of me were shared without my agreement');
  await journey.choose('Where did it happen?', 'Wales');
  await page.getByLabel(/Tell us what happened/).fill(canary.description);
  await journey.continue();
  await journey.expectStep('Who did it');
  await journey.choose(/Who shared the images/, 'An ex-partner');
  await journey.choose(/Have they asked you for anything/, 'No');
  await journey.continue();
  await journey.expectStep(/Has the person who did this done any of these things/);
  await journey.choose(/Has the person who did this/, 'None of these');
  await journey.continue();

  await journey.evidence([
    { platform: 'X (Twitter)', where: canary.where, shows: canary.shows, reported: 'Yes', reference: canary.reportReference },
  ]);

  await journey.expectStep('The police');
  await journey.choose('Have you reported this to the police?', 'Yes');
  await page.getByLabel(/Crime reference number/).fill(canary.crimeReference);
  await page.getByLabel(/Which police force/).fill(canary.policeForce);
  await journey.continue();

  await journey.expectStep('The help you want');
  await journey.choose(/What help would you like/, 'Something else');
  await page.getByLabel(/What else would help/).fill(canary.helpOther);
  await journey.continue();

  await journey.expectStep('Contacting you safely');
  await page.getByLabel(/What should we call you/).fill(canary.preferredName);
  await journey.choose('How can we contact you safely?', 'Email');
  await page.getByLabel('Email address').fill(canary.email);
  await page.getByLabel(/When is it safe to contact you/).fill(canary.safeTimes);
  await journey.choose(/Is it safe for us to leave a voicemail/, 'No');
  await journey.choose(/Can we say who we are/, 'No');
  await journey.continue();
  await journey.expectStep('Your devices and your needs');
  await journey.choose(/Can the person who did this see any of these/, 'No');
  await journey.choose(/Do you need any of these/, /Something else, such as extra time/);
  await page.getByLabel(/Tell us which language or what you need/).fill(canary.accessDetails);
  await journey.continue();

  await journey.consent();
}

test('a canary in every answer reaches the support service, but no log and not the database file in plaintext', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clients.canary } });
  const page = await context.newPage();
  const consoleMessages: string[] = [];
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('pageerror', (error) => consoleMessages.push(error.message));

  // No axe here: this run is about where the answers go, and the other journeys check every
  // page with axe already (running it twice more would double this test's time).
  const journey = new Journey(page, false);
  await canaryJourney(page, journey);
  const reference = await journey.send();
  await context.close();
  canaryReference = reference;

  // It went through: every answer, marker and all, is in the email the service received.
  const mail = await receivedReferral(reference, 20_000, mailboxOf(server.dataDir));
  for (const [field, value] of Object.entries(canary)) {
    expect(mail.text, `${field} in the email`).toContain(field === 'where' ? marker : value);
  }

  // The log was captured (it names the reference), and names neither the marker nor the client.
  const logs = server.output();
  expect(logs).toContain(reference);
  const leaks = logs.split('\n').filter((line) => line.includes(marker) || line.includes(clients.canary));
  expect(leaks).toEqual([]);

  // At rest the answers are encrypted: the marker is in no database file, the WAL included.
  expect(referralCount(server.dataDir)).toBe(1);
  const files = databaseFiles(server.dataDir);
  expect(files).toContain('referrals.sqlite');
  for (const name of files) {
    const bytes = fs.readFileSync(path.join(server.dataDir, name));
    expect(bytes.includes(marker), `${name} holds the marker in plaintext`).toBe(false);
  }

  expect(consoleMessages.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
});

test('a caseworker reads the canary referral and notes it; the canaries reach no log and not the database in plaintext', async ({ browser }) => {
  test.skip(!canaryReference, 'needs the referral of the canary run');
  const reference = canaryReference!;
  // Unlike the marker alone, the note's own words are in no referral, so no mail may hold them.
  const noteCanary = `${marker}-note`;
  const note = `Called the police liaison. ${noteCanary}`;
  const email = `casey-${Date.now()}@support.example`;
  const context = await browser.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clients.caseworker } });
  const page = await context.newPage();

  // Enrolled by the operator's command on this server's data; then, with the enrolment's session
  // gone, a sign-in of its own.
  const { setupKey } = await enrolWithTotp(page, addStaff(email, 'caseworker', server.dataDir));
  await context.clearCookies();
  await signInWithTotp(page, email, setupKey);

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(page.getByText(canary.description)).toBeVisible();
  await page.getByLabel('Add a note').fill(note);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(note)).toBeVisible();
  // Read back from the database, not the form just posted: a fresh render shows both.
  await page.reload();
  await expect(page.getByText(canary.description)).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await context.close();

  // The server was heard (it logged the referral's delivery), and no line names the marker or
  // the caseworker's address.
  const logs = server.output();
  expect(logs).toContain(reference);
  const leaks = logs.split('\n').filter((line) => line.includes(marker) || line.includes(clients.caseworker));
  expect(leaks).toEqual([]);

  // The note is stored, and neither canary is in the database file or its WAL in plaintext.
  expect(rowCount(server.dataDir, 'case_notes')).toBe(1);
  const files = databaseFiles(server.dataDir);
  expect(files).toEqual(expect.arrayContaining(['referrals.sqlite', 'referrals.sqlite-wal']));
  for (const name of files) {
    const bytes = fs.readFileSync(path.join(server.dataDir, name));
    expect(bytes.includes(marker), `${name} holds the marker in plaintext`).toBe(false);
  }
  // A note stays with the case: it is in no mail.
  const mailbox = mailboxOf(server.dataDir);
  expect(receivedCount(mailbox)).toBeGreaterThan(0);
  for (const name of fs.readdirSync(mailbox)) {
    expect(fs.readFileSync(path.join(mailbox, name)).includes(noteCanary), name).toBe(false);
  }
});

test('without JavaScript, the form and every answer posted back are never cached', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: server.baseURL,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'X-Forwarded-For': clients.a },
  });
  const page = await context.newPage();
  const posts: { contentType: string; body: Buffer }[] = [];
  const cacheControl: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') {
      posts.push({ contentType: request.headers()['content-type'] ?? '', body: request.postDataBuffer() ?? Buffer.alloc(0) });
    }
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/report/questions') {
      cacheControl.push(`${response.request().method()} ${response.headers()['cache-control'] ?? '(none)'}`);
    }
  });

  const journey = new Journey(page, false);
  await journey.start();
  await journey.toCheckPage([{ platform: 'X (Twitter)', where: '@someaccount' }]);
  const reference = await journey.send();
  await context.close();
  await receivedReferral(reference, 20_000, mailboxOf(server.dataDir));

  // The GET of the form, every step's POST and the Send all forbid storing. (Next.js answers a
  // server action with its own "no-cache, no-store, max-age=0, must-revalidate": as strict.)
  expect(cacheControl[0]).toBe('GET no-store');
  expect(cacheControl.filter((entry) => entry.startsWith('POST')).length).toBeGreaterThanOrEqual(10);
  expect(cacheControl.filter((entry) => !/^(GET|POST) (.*, *)?no-store(,|$)/.test(entry))).toEqual([]);

  const send = posts.at(-1)!;
  const token = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(send.body.toString('latin1'))?.[0];
  expect(token, 'the Send carries its form token').toBeTruthy();
  const stepToken = stepTokenPattern.exec(send.body.toString('latin1'))?.[0];
  expect(stepToken, 'the Send carries its step token').toBeTruthy();
  expect(send.contentType).toMatch(/^multipart\/form-data|^application\/x-www-form-urlencoded/);
  sendPost = { ...send, token: token!, stepToken: stepToken! };
});

test('a valid referral posted from another site is refused, and nothing is stored or sent', async ({ request }) => {
  test.skip(!sendPost, 'needs the Send captured by the run without JavaScript');
  const body = await withNewToken(sendPost!, server.baseURL);
  const before = { referrals: referralCount(server.dataDir), mail: receivedCount(mailboxOf(server.dataDir)) };
  const client = { 'X-Forwarded-For': clients.replay };

  const foreignOrigin = await replay(request, server.baseURL, body, { ...client, Origin: 'https://evil.example' });
  const crossSiteFetch = await replay(request, server.baseURL, body, {
    ...client,
    Origin: server.baseURL,
    'Sec-Fetch-Site': 'cross-site',
  });
  for (const refused of [foreignOrigin, crossSiteFetch]) {
    expect(refused.status).toBe(403);
    expect(refused.cacheControl).toMatch(/(^|, *)no-store(,|$)/);
    expect(refused.html.includes('0345 6000 459'), 'the refusal gives the helpline numbers').toBe(true);
    expect(refused.html.includes('Your referral has been sent')).toBe(false);
  }
  // Give a wrongly accepted referral the time it would need to be stored and delivered.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(referralCount(server.dataDir)).toBe(before.referrals);
  expect(receivedCount(mailboxOf(server.dataDir))).toBe(before.mail);

  // The very same request from this site's own page is a valid referral: so the refusals above
  // were for where it came from, and nothing else.
  const sameSite = await replay(request, server.baseURL, body, { ...client, Origin: server.baseURL, 'Sec-Fetch-Site': 'same-origin' });
  expect(sameSite.status).toBe(200);
  expect(sameSite.cacheControl).toMatch(/(^|, *)no-store(,|$)/);
  const reference = referenceIn(sameSite.html);
  expect(referralCount(server.dataDir)).toBe(before.referrals + 1);
  await receivedReferral(reference, 20_000, mailboxOf(server.dataDir));
});

test('a second referral from one client is refused kindly, with the helpline numbers; another client is unaffected', async ({ browser, request }) => {
  test.skip(!sendPost, 'needs the Send captured by the run without JavaScript');
  // Client A already sent one (the run without JavaScript). Its second, with JavaScript on:
  const context = await browser.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clients.a } });
  const page = await context.newPage();
  // axe runs on the refusal page below; every step before it is checked by the other journeys.
  const journey = new Journey(page, false);
  await journey.start();
  await journey.toCheckPage([{ platform: 'X (Twitter)', where: '@someaccount' }]);
  const before = referralCount(server.dataDir);
  await journey.continue('Send');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your referral has not been sent');
  await expect(page).toHaveTitle(/^Your referral has not been sent/);
  const main = page.getByRole('main');
  await expect(main).toContainText('paused sending for a few minutes');
  for (const number of ['999', '0345 6000 459']) await expect(main).toContainText(number);
  await expectNoAxeViolations(page);
  await context.close();
  expect(referralCount(server.dataDir)).toBe(before);

  // Client B, at the same time, sends as usual.
  const fromB = await replay(request, server.baseURL, await withNewToken(sendPost!, server.baseURL), {
    'X-Forwarded-For': clients.b,
    Origin: server.baseURL,
    'Sec-Fetch-Site': 'same-origin',
  });
  expect(fromB.status).toBe(200);
  await receivedReferral(referenceIn(fromB.html), 20_000, mailboxOf(server.dataDir));
});

test('with no proxy in front, a client cannot dodge the limit by writing its own X-Forwarded-For', async ({ request }) => {
  test.skip(!sendPost, 'needs the Send captured by the run without JavaScript');
  // Every request here comes from 127.0.0.1; only the X-Forwarded-For it claims differs.
  const direct = await startSeparateServer(port + 1, { TRUSTED_PROXY_HOPS: '0', RATE_LIMIT_SUBMISSIONS: '1' });
  try {
    const send = async (claimed: string) =>
      replay(request, direct.baseURL, await withNewToken(sendPost!, direct.baseURL), {
        'X-Forwarded-For': claimed,
        Origin: direct.baseURL,
        'Sec-Fetch-Site': 'same-origin',
      });
    const first = await send('198.51.100.1');
    expect(titleOf(first.html)).toMatch(/^Referral sent/);
    const second = await send('198.51.100.2');
    expect(titleOf(second.html)).toMatch(/^Your referral has not been sent/);
    expect(second.html.includes('paused sending for a few minutes')).toBe(true);
    expect(referralCount(direct.dataDir)).toBe(1);

    // And the key is the connection's address, not one shared by every request: a client
    // connecting from another address (127.0.0.2, loopback too) still sends.
    // (Playwright's client cannot choose the address it leaves from.)
    const fromElsewhere = await rawRequest(`${direct.baseURL}/report/questions`, {
      method: 'POST',
      localAddress: '127.0.0.2',
      body: await withNewToken(sendPost!, direct.baseURL),
      headers: {
        'Content-Type': sendPost!.contentType,
        'X-Forwarded-For': '198.51.100.1',
        Origin: direct.baseURL,
        'Sec-Fetch-Site': 'same-origin',
      },
    });
    expect(titleOf(fromElsewhere.text)).toMatch(/^Referral sent/);
    expect(referralCount(direct.dataDir)).toBe(2);
    expect(direct.output()).not.toContain('198.51.100.');
  } finally {
    await direct.stop();
  }
});

test('after all of it, no log line names any client address or the canary', () => {
  const logs = server.output();
  for (const secret of [marker, ...Object.values(clients)]) {
    expect(logs.split('\n').filter((line) => line.includes(secret)), secret).toEqual([]);
  }
});
