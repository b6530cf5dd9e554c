import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { staticPagePolicy } from '@/lib/security/content-security-policy';
import { acceptsGzip, builtPageAnswerer } from './built-pages';
import { staticGuidanceCacheControl } from '@/lib/guidance/static-routes';

// next.config.js's own header rules, as `next build` records them in the routes manifest (the
// pattern is the one the build writes for `/:path*`).
const nextConfig = createRequire(import.meta.url)('../next.config.js') as { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
const everyPath = '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$';

const scotland = '<!DOCTYPE html><title>Scotland</title>' + '<p>The law in Scotland.</p>'.repeat(50);

async function buildDirectory(extraRules: object[] = []): Promise<string> {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-pages-'));
  const rules = (await nextConfig.headers()).map((rule) => ({ ...rule, regex: everyPath }));
  fs.writeFileSync(path.join(distDir, 'routes-manifest.json'), JSON.stringify({ headers: [...rules, ...extraRules] }));
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(distDir, 'server', 'pages', file)), { recursive: true });
    fs.writeFileSync(path.join(distDir, 'server', 'pages', file), html);
  };
  write('index.html', '<!DOCTYPE html><title>Home</title>');
  write('law/scotland.html', scotland);
  // Built, but not on the static guidance list (the 404 page; a form's page would be the same).
  write('404.html', '<!DOCTYPE html><title>Not found</title>');
  write('report/questions.html', '<!DOCTYPE html><title>Never a file</title>');
  return distDir;
}

const demo = { mode: 'demo' as const, publicBaseUrl: 'http://localhost:3000/' };
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function answerer(site: typeof demo | { mode: 'production'; publicBaseUrl: string } = demo, extraRules: object[] = []) {
  const distDir = await buildDirectory(extraRules);
  made.push(distDir);
  return builtPageAnswerer(distDir, site);
}

const request = (url: string, headers: IncomingHttpHeaders = {}, method = 'GET') => ({
  method,
  url,
  headers: { host: 'localhost:3000', ...headers },
});

describe('the built static pages the server answers before Next.js', () => {
  it('answer a listed page as built, with every header next.config.js and the proxy give it', async () => {
    const answer = (await answerer())(request('/law/scotland'))!;
    expect(answer.status).toBe(200);
    expect(answer.body!.toString()).toBe(scotland);
    for (const { key, value } of (await nextConfig.headers())[0]!.headers) {
      if (key !== 'Content-Security-Policy') expect(answer.headers[key], key).toBe(value);
    }
    // The static pages' own policy replaces the locked-down one every other response carries.
    expect(answer.headers['Content-Security-Policy']).toBe(staticPagePolicy);
    expect(answer.headers['Cache-Control']).toBe(staticGuidanceCacheControl);
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['Content-Length']).toBe(String(Buffer.byteLength(scotland)));
    expect(answer.headers.Vary).toBe('Accept-Encoding');
    expect(answer.headers.ETag).toMatch(/^"[\w-]{32}"$/);
  });

  it('answer a query string with the same page, as Next.js would', async () => {
    expect((await answerer())(request('/law/scotland?from=home'))!.body!.toString()).toBe(scotland);
  });

  it('send the page gzipped to a client that accepts it, and as it is to one that does not', async () => {
    const answer = await answerer();
    const zipped = answer(request('/law/scotland', { 'accept-encoding': 'gzip, deflate, br' }))!;
    expect(zipped.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body!).toString()).toBe(scotland);
    expect(zipped.body!.length).toBeLessThan(Buffer.byteLength(scotland) / 5);
    expect(zipped.headers['Content-Length']).toBe(String(zipped.body!.length));
    expect(answer(request('/law/scotland', { 'accept-encoding': 'gzip;q=0, br' }))!.headers['Content-Encoding']).toBeUndefined();
  });

  it('answer 304 with no body to a client holding this version, and a HEAD with headers only', async () => {
    const answer = await answerer();
    const etag = answer(request('/law/scotland'))!.headers.ETag!;
    const unchanged = answer(request('/law/scotland', { 'if-none-match': `"old", W/${etag}` }))!;
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeNull();
    expect(unchanged.headers['Content-Security-Policy']).toBe(staticPagePolicy);
    expect(answer(request('/law/scotland', { 'if-none-match': '"another"' }))!.status).toBe(200);
    const head = answer(request('/law/scotland', {}, 'HEAD'))!;
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers['Content-Length']).toBe(String(Buffer.byteLength(scotland)));
  });

  it('leave to Next.js every request its proxy could answer differently', async () => {
    const answer = await answerer();
    const leftToNext = {
      'a POST': request('/law/scotland', { 'content-length': '0' }, 'POST'),
      'an OPTIONS': request('/law/scotland', {}, 'OPTIONS'),
      'a page not on the list': request('/404'),
      'the form, even if a file of it existed': request('/report/questions'),
      'a trailing slash (Next.js redirects it)': request('/law/scotland/'),
      'a dot segment': request('/law/../law/scotland'),
      'an encoded character': request('/law/scotl%61nd'),
      'a listed page that was not built': request('/accessibility'),
      'another Host (the proxy answers 421)': request('/law/scotland', { host: 'attacker.example' }),
      'no Host': { method: 'GET', url: '/law/scotland', headers: {} },
      'a GET with a body (the proxy judges its size)': request('/law/scotland', { 'content-length': '10' }),
      'a GET with a chunked body': request('/law/scotland', { 'transfer-encoding': 'chunked' }),
    };
    for (const [what, req] of Object.entries(leftToNext)) expect(answer(req), what).toBeUndefined();
  });

  it('answer production under its public name only, not under a loopback name', async () => {
    const answer = await answerer({ mode: 'production', publicBaseUrl: 'https://help.example.org/' });
    expect(answer(request('/', { host: 'help.example.org' }))!.status).toBe(200);
    expect(answer(request('/', { host: 'localhost:3000' }))).toBeUndefined();
    expect(answer(request('/', { host: 'help.example.org:8443' }))).toBeUndefined();
  });

  it('leave a page to Next.js when a header rule depends on the request, and answer nothing without a build', async () => {
    const conditional = { source: '/law/:slug', regex: '^/law/([^/]+?)(?:/)?$', has: [{ type: 'query', key: 'x' }], headers: [{ key: 'X-Test', value: '1' }] };
    const answer = await answerer(demo, [conditional]);
    expect(answer(request('/law/scotland'))).toBeUndefined();
    expect(answer(request('/'))!.status).toBe(200);
    expect(builtPageAnswerer(path.join(os.tmpdir(), 'no-build-here'), demo)(request('/'))).toBeUndefined();
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br, zstd', true],
    ['br;q=1.0, GZIP;q=0.5', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%s: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
