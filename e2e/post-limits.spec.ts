/**
 * The form's limit on posts per client (M2), as a script from one address meets it and as a
 * person using the form at the same time sees it: on a server of its own, behind one trusted
 * proxy (so X-Forwarded-For names each client, and the proxy counts posts before their bodies are
 * read), with the service's default limits. Without JavaScript, since that is when every step
 * is a post (axe cannot run then: the same pages are checked by the journeys with it on).
 */
import { expect, test } from '@playwright/test';
import { controlNames, intentValue } from '@/lib/referral/wizard';
import { referralFormPath } from '@/lib/referral/addresses';
import { Journey } from './support/referral-journey';
import { startSeparateServer, type SeparateServer } from './support/separate-server';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const port = Number(process.env.E2E_PORT ?? 3100) + 8;
const clients = { script: '198.51.100.66', person: '203.0.113.20' };

let server: SeparateServer;

test.beforeAll(async () => {
  server = await startSeparateServer(port, { TRUSTED_PROXY_HOPS: '1', PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
});

test.afterAll(async () => {
  await server?.stop();
});

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The form's first question as a browser without JavaScript posts it, answered, when Continue is pressed: every
 * hidden input of the page as served (React's action fields, the step, a fresh single-use step
 * token), and the Continue button's intent.
 */
async function startPagePost(): Promise<FormData> {
  const html = await (await fetch(`${server.baseURL}${referralFormPath}`)).text();
  const form = new FormData();
  for (const [input] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) form.append(decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? ''));
  }
  expect(form.get(controlNames.stepToken)).toBeTruthy();
  // The form opens at its first question: answer it as she would, so a post that is let in moves on.
  form.append('inDanger', 'no');
  form.append(controlNames.intent, intentValue.continue);
  return form;
}

const post = (form: FormData, client: string) =>
  fetch(`${server.baseURL}${referralFormPath}`, {
    method: 'POST',
    headers: { Origin: server.baseURL, 'Sec-Fetch-Site': 'same-origin', 'X-Forwarded-For': client },
    body: form,
  });

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

test('a burst of posts from one client is refused before it is read, while a person goes on with the form', async ({ browser }) => {
  const forms = await Promise.all(Array.from({ length: 30 }, startPagePost));

  // The person, with JavaScript off so that every Continue is a post, behind the same proxy.
  const context = await browser.newContext({
    baseURL: server.baseURL,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'X-Forwarded-For': clients.person },
  });
  const page = await context.newPage();
  const journey = new Journey(page, false);

  // Thirty posts from the script at once, over thirty connections.
  const burst = Promise.all(
    forms.map(async (form) => {
      const response = await post(form, clients.script);
      return { status: response.status, retryAfter: response.headers.get('retry-after'), html: await response.text() };
    }),
  );
  // Meanwhile the person starts the form and answers its first question.
  await journey.start();
  await journey.expectStep('Are you in danger now?');
  const answers = await burst;

  // The script's posts were let in one at a time, 250 ms apart, for 2 s at most: nine of them
  // if all thirty arrived together, a few more if they arrived over a few hundred ms.
  const refused = answers.filter((answer) => answer.status === 429);
  const accepted = answers.filter((answer) => answer.status === 200);
  expect(accepted.length).toBeGreaterThanOrEqual(9);
  expect(accepted.length).toBeLessThanOrEqual(12);
  expect(refused.length).toBe(30 - accepted.length);
  for (const answer of accepted) expect(titleOf(answer.html)).toMatch(/^How old is the person in the images\?/);
  // Each refusal is the small page the proxy writes, not the form: it names no answer, says to
  // wait, and still gives the way out and the numbers to call.
  for (const answer of refused) {
    expect(titleOf(answer.html)).toMatch(/^This device has sent a lot of pages in a short time/);
    expect(answer.html).toContain('What was sent has not been read or kept.');
    expect(answer.html).toContain('href="/exit"');
    expect(answer.html).toContain('0808 2000 247');
    expect(answer.html).not.toContain('$ACTION_');
    expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  }
  // That each refusal is answered only after a second is counted, not timed, in the unit tests
  // of awaitPostTurn (lib/security/rate-limit.test.ts).

  // "Not read" is true: a refused post's single-use step token was never used, so the same
  // post, sent again once the script's turn has come, is acted on.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const again = forms[answers.findIndex((answer) => answer.status === 429)]!;
  const resent = await post(again, clients.script);
  expect(resent.status).toBe(200);
  expect(titleOf(await resent.text())).toMatch(/^How old is the person in the images\?/);

  // And the person, throughout, was never held up: the next step works as usual.
  await journey.choose(/Are you in danger now/, 'No');
  await journey.continue();
  await journey.expectStep('How old is the person in the images?');
  await context.close();

  // The operator sees the refusals in the log, and never whose they were.
  expect(server.output()).toContain('"event":"security.posts_rate_limited"');
  for (const address of Object.values(clients)) expect(server.output()).not.toContain(address);
});

test('the form action posted to another page meets the same limit', async () => {
  // Next.js runs a server action by the id in its Next-Action header whatever page it is posted
  // to, while the proxy counts posts by path. This Next.js forwards such a post to the form's own
  // address as a new request, which the proxy then counts; and the action counts every post the
  // proxy did not mark as counted, whatever a later version does. Thirty posts of the form's
  // action to the privacy notice, at once from one client: most must be refused.
  const refusals = () =>
    server.output().split('"event":"security.posts_rate_limited"').length + server.output().split('"event":"referral.posts_rate_limited"').length - 2;
  const page = await (await fetch(`${server.baseURL}${referralFormPath}`)).text();
  const actionField = /name="\$ACTION_1:0" value="([^"]*)"/.exec(page)?.[1];
  const actionId = (JSON.parse(decode(actionField ?? '{}')) as { id?: string }).id;
  expect(actionId).toBeTruthy();
  const before = refusals();
  await Promise.all(
    Array.from({ length: 30 }, async () => {
      const response = await fetch(`${server.baseURL}/privacy`, {
        method: 'POST',
        headers: {
          Origin: server.baseURL,
          'Sec-Fetch-Site': 'same-origin',
          'X-Forwarded-For': '198.51.100.77',
          'Next-Action': actionId!,
          'Content-Type': 'text/plain;charset=UTF-8',
          Accept: 'text/x-component',
        },
        body: JSON.stringify([{ status: 'in-progress' }, '$K1']),
      });
      await response.arrayBuffer();
    }),
  );
  await expect.poll(() => refusals() - before).toBeGreaterThanOrEqual(18);
});
