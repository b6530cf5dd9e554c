/**
 * The static guidance pages as `next build` wrote them, kept in memory and answered by the proxy
 * itself.
 *
 * Why: these pages are files that never change while a server runs, yet Next.js's own way of
 * answering one (its page renderer, then gzip again on every response) cost as much as
 * everything else together. Measured on loopback: a static page answered about 400 times a
 * second where a file from public/, through the same proxy, answered about 800. The proxy runs
 * for every request anyway (the Host allow-list, the cross-site and size checks, the headers), so
 * once those have passed it answers these pages from memory, with an ETag. (Not gzipped here:
 * Next.js drops a Content-Encoding a proxy sets and would compress the body again, so it
 * compresses these answers as it does every other.)
 *
 * Only a page on the static guidance list with a built file is answered here, and only by a
 * production server: in `next dev`, or with no build, Next.js answers as before.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isStaticGuidancePath } from './static-routes';

/** A page's bytes as built, copied once into an array a Response can send as it is. */
export type BuiltPage = { html: Uint8Array<ArrayBuffer>; etag: string };

const pages = new Map<string, BuiltPage | null>();

/**
 * The built page at `pathname`, read on its first request; undefined when the path
 * is not a static guidance page or was not built.
 */
export function builtStaticPage(pathname: string, distDir = path.join(process.cwd(), '.next')): BuiltPage | undefined {
  // The allow-list first: nothing a request names reaches the file system unless it is one of them.
  if (!isStaticGuidancePath(pathname)) return undefined;
  const route = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const file = path.join(distDir, 'server', 'pages', `${route === '/' ? '/index' : route}.html`);
  if (!pages.has(file)) pages.set(file, readBuiltPage(file));
  return pages.get(file) ?? undefined;
}

function readBuiltPage(file: string): BuiltPage | null {
  if (!fs.existsSync(file)) return null;
  const html = new Uint8Array(fs.readFileSync(file));
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 32)}"`;
  return { html, etag };
}

/**
 * The answer to a GET or HEAD of a built page, with `headers` (its security policy and cache
 * headers) on every answer: 304 when the browser or a CDN already holds this version, else the
 * page.
 */
export function builtPageResponse(page: BuiltPage, request: Request, headers: Record<string, string>): Response {
  const common = { ...headers, 'Content-Type': 'text/html; charset=utf-8', ETag: page.etag };
  const held = (request.headers.get('if-none-match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (held.includes(page.etag) || held.includes('*')) return new Response(null, { status: 304, headers: common });
  return new Response(request.method === 'HEAD' ? null : page.html, { headers: common });
}
