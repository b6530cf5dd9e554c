/**
 * The production server answers the static guidance pages itself, before Next.js
 * (server/built-pages.ts), because that is ten times faster and more. It must answer
 * exactly what Next.js would: these tests compare it, page by page, with a bare `next start` of
 * the same build, and check that a request the proxy would refuse still reaches the proxy.
 */
import { expect, test } from '@playwright/test';
import { staticGuidancePaths } from '@/lib/guidance/static-routes';
import { rawRequest } from './support/raw-request';
import { startSeparateServer, type SeparateServer } from './support/separate-server';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const port = Number(process.env.E2E_PORT ?? 3100) + 10;

/**
 * Headers that differ between any two answers (the date, how the body is framed) or that name
 * the server's own bookkeeping: each server makes its own ETag, and Next.js says it answered
 * from its cache. Everything else must match.
 */
const ownToEachServer = new Set(['date', 'etag', 'x-nextjs-cache', 'transfer-encoding', 'content-length', 'connection', 'keep-alive']);
const comparable = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !ownToEachServer.has(name)));

let nextStart: SeparateServer;
test.beforeAll(async () => {
  nextStart = await startSeparateServer(port, {}, { command: 'next start' });
});
test.afterAll(async () => {
  await nextStart?.stop();
});

test('every static guidance page is answered as Next.js answers it: the same bytes and the same headers', async ({ baseURL }) => {
  expect(staticGuidancePaths.length).toBeGreaterThan(10);
  for (const path of staticGuidancePaths) {
    for (const encoding of ['gzip, deflate, br', 'identity']) {
      const ours = await rawRequest(`${baseURL}${path}`, { headers: { 'accept-encoding': encoding } });
      const next = await rawRequest(`${nextStart.baseURL}${path}`, { headers: { 'accept-encoding': encoding } });
      expect(ours.status, path).toBe(200);
      expect(next.status, path).toBe(200);
      expect(comparable(ours.headers), `${path}, ${encoding}`).toEqual(comparable(next.headers));
      expect(ours.body.equals(next.body), `${path}, ${encoding}: the bytes sent`).toBe(true);
      // Answered before Next.js: its cache, which answers every page it serves, was never asked.
      expect(ours.headers['x-nextjs-cache'], path).toBeUndefined();
      expect(next.headers['x-nextjs-cache'], path).toBe('HIT');
    }
  }
});

test('a HEAD, and a GET from a client that holds the page, get its headers without the page', async ({ baseURL }) => {
  const page = await rawRequest(`${baseURL}/evidence/whatsapp`);
  const head = await rawRequest(`${baseURL}/evidence/whatsapp`, { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  expect(head.headers['content-length']).toBe(String(page.body.length));
  expect(comparable(head.headers)).toEqual(comparable(page.headers));

  const held = await rawRequest(`${baseURL}/evidence/whatsapp`, { headers: { 'if-none-match': page.headers.etag! } });
  expect(held.status).toBe(304);
  expect(held.body.length).toBe(0);
  expect(held.headers['content-security-policy']).toBe(page.headers['content-security-policy']);
});

test('a static page asked for under another name, or with a body, still meets the proxy', async ({ baseURL }) => {
  const rebinding = await rawRequest(`${baseURL}/law/scotland`, { headers: { host: 'attacker.example' } });
  expect(rebinding.status).toBe(421);
  expect(rebinding.text).toContain('This is not the address of this site');
  expect(rebinding.headers['cache-control']).toBe('no-store');

  const oversized = await rawRequest(`${baseURL}/law/scotland`, { body: 'a'.repeat(600 * 1024) });
  expect(oversized.status).toBe(413);
  expect(oversized.text).toContain('What you sent is too large');

  // A trailing slash is Next.js's to redirect, as before.
  const slash = await rawRequest(`${baseURL}/law/scotland/`);
  expect(slash.status).toBe(308);
  expect(slash.headers.location).toBe('/law/scotland');
});
