/**
 * The static guidance pages as `next build` wrote them, held in memory and answered by the
 * server process itself (server/serve.mjs) before a request reaches Next.js.
 *
 * Why: these pages are files that never change while a server runs, yet every request that
 * reaches Next.js goes through its router, the proxy and its response pipeline, which on this
 * project's 2-core machine tops out near 1,000 requests a second however little the page costs.
 * Answered here, a built page costs a header check and a write. (BENCHMARKS.md has the figures.)
 *
 * Answered here only when nothing could make the proxy answer differently: a GET or HEAD, with no
 * body, of a path on the static guidance list exactly as built, addressed to this site's own
 * name (the same Host allow-list the proxy applies). Anything else, including a page under
 * another Host, goes on to Next.js, whose proxy refuses or answers it as before; so does
 * everything in `next dev` and without a build. The answer carries the headers next.config.js
 * gives every response (read from the build's routes manifest, so they are written once) and the
 * ones proxy.ts gives static pages (from lib/guidance/static-routes.ts and the CSP module), with
 * an ETag, and gzip compressed once at start where the client accepts it, as Next.js would.
 *
 * Framework-free, and without `server-only`, because the server script loads it outside Next.js.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticPagePolicy } from '@/lib/security/content-security-policy';
import { isAllowedHost } from '@/lib/security/allowed-host';
import type { ShellEnv } from '@/lib/shell-env';
import { staticGuidanceCacheControl, staticGuidancePaths } from '@/lib/guidance/static-routes';

/** What the answer reads of a request: Node's own request object has these. */
export type PageRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** A whole answer, ready to write. */
export type PageAnswer = { status: 200 | 304; headers: Record<string, string>; body: Buffer | null };

type BuiltPage = { identity: Buffer; gzip: Buffer; etag: string };

/** A header rule of the build's routes manifest, as next.config.js's `headers()` produced it. */
type HeaderRule = { regex: string; headers: { key: string; value: string }[]; has?: unknown; missing?: unknown };

/**
 * Reads the built pages and the header rules from `distDir` (`.next`), and returns the answer
 * to a request: a page answer, or undefined to leave the request to Next.js.
 */
export function builtPageAnswerer(
  distDir: string,
  site: Pick<ShellEnv, 'publicBaseUrl' | 'mode'>,
): (request: PageRequest) => PageAnswer | undefined {
  const manifestFile = path.join(distDir, 'routes-manifest.json');
  if (!fs.existsSync(manifestFile)) return () => undefined;
  const rules = (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { headers: HeaderRule[] }).headers.map((rule) => ({
    ...rule,
    pattern: new RegExp(rule.regex),
  }));
  const publicBaseUrl = new URL(site.publicBaseUrl);
  const pages = new Map<string, BuiltPage>();
  for (const pagePath of staticGuidancePaths) {
    const file = path.join(distDir, 'server', 'pages', `${pagePath === '/' ? '/index' : pagePath}.html`);
    if (!fs.existsSync(file)) continue;
    const identity = fs.readFileSync(file);
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 32)}"`;
    pages.set(pagePath, { identity, gzip: gzipSync(identity), etag });
  }

  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const pathname = (request.url ?? '').split('?', 1)[0] ?? '';
    // An exact match only: a trailing slash, an encoded character or a dot segment is another
    // address, which Next.js redirects or refuses as before.
    const page = pages.get(pathname);
    if (!page) return undefined;
    if (!isAllowedHost(request.headers.host ?? null, publicBaseUrl, site.mode)) return undefined;
    // A body on a GET is the proxy's to judge (its size limit applies to every method).
    if ((request.headers['content-length'] ?? '0') !== '0' || request.headers['transfer-encoding']) return undefined;

    const headers: Record<string, string> = {};
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue;
      // A rule that depends on the request's headers or query is Next.js's to apply.
      if (rule.has || rule.missing) return undefined;
      for (const { key, value } of rule.headers) headers[key] = value;
    }
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    Object.assign(headers, {
      'Content-Security-Policy': staticPagePolicy,
      'Cache-Control': staticGuidanceCacheControl,
      'Content-Type': 'text/html; charset=utf-8',
      ETag: page.etag,
      Vary: 'Accept-Encoding',
    });
    const held = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (held.includes(page.etag) || held.includes('*')) return { status: 304, headers, body: null };

    const body = gzip ? page.gzip : page.identity;
    if (gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(body.length);
    return { status: 200, headers, body: request.method === 'HEAD' ? null : body };
  };
}

/** Whether an Accept-Encoding header accepts gzip (named, or `*`, with a quality above 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const entry of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [coding, ...parameters] = entry.split(';').map((part) => part.trim());
    if (coding !== 'gzip' && coding !== '*') continue;
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  }
  return false;
}
