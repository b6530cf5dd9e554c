import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPageResponse, builtStaticPage } from './built-pages';

describe('the built static pages the proxy answers', () => {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-pages-'));
  afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(distDir, 'server', 'pages', file)), { recursive: true });
    fs.writeFileSync(path.join(distDir, 'server', 'pages', file), html);
  };
  write('index.html', '<!DOCTYPE html><title>Home</title>');
  write('law/scotland.html', '<!DOCTYPE html><title>Scotland</title>');
  // Built, but not on the static guidance list (the 404 page; a form's page would be the same).
  write('404.html', '<!DOCTYPE html><title>Not found</title>');
  write('report/questions.html', '<!DOCTYPE html><title>Never a file</title>');

  it('are read from the build, by path, with a trailing slash the same page', () => {
    expect(Buffer.from(builtStaticPage('/', distDir)!.html).toString()).toContain('<title>Home</title>');
    expect(Buffer.from(builtStaticPage('/law/scotland/', distDir)!.html).toString()).toContain('<title>Scotland</title>');
  });

  it('are only the static guidance pages that were built: nothing else a request names is read', () => {
    expect(builtStaticPage('/404', distDir)).toBeUndefined();
    expect(builtStaticPage('/report/questions', distDir)).toBeUndefined();
    expect(builtStaticPage('/law/../404', distDir)).toBeUndefined();
    // On the list, but not built (next dev, or no build yet): Next.js answers instead.
    expect(builtStaticPage('/accessibility', distDir)).toBeUndefined();
  });

  const headers = { 'Content-Security-Policy': "default-src 'none'", 'Cache-Control': 'public, max-age=300' };
  const get = (requestHeaders: Record<string, string> = {}, method = 'GET') =>
    builtPageResponse(builtStaticPage('/law/scotland', distDir)!, new Request('http://localhost/law/scotland', { method, headers: requestHeaders }), headers);

  it('answer the page as built, with their headers', async () => {
    const response = get();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!DOCTYPE html><title>Scotland</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    // Never encoded here: Next.js compresses what the proxy answers, as it does every response.
    expect(get({ 'accept-encoding': 'gzip' }).headers.get('content-encoding')).toBeNull();
  });

  it('answer 304 with no body to a client holding this version, and a HEAD with headers only', async () => {
    const etag = get().headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const unchanged = get({ 'if-none-match': `W/${etag}` });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(get({ 'if-none-match': '"another"' }).status).toBe(200);
    const head = get({}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });
});
