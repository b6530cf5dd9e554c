/**
 * The Content Security Policy for pages, built per request around a fresh nonce.
 *
 * Everything starts from `default-src 'none'` and each kind of resource the site really uses is
 * allowed from its own origin only, so anything new (a third-party script, an image from another
 * site, a web font) is blocked until someone decides to allow it here. Scripts run only when they
 * carry this response's nonce; `'strict-dynamic'` lets those scripts load the chunks the App
 * Router adds at run time, which a host allow-list cannot describe. `'self'` in script-src is
 * only a fallback for browsers too old to know `'strict-dynamic'` (newer ones ignore it then).
 *
 * Pure: no Node or Next imports, so the proxy and the tests share it.
 */

/** Directives in the order they are sent. Values that mention the nonce are functions of it. */
const directives: ReadonlyArray<readonly [string, (nonce: string) => string]> = [
  ['default-src', () => "'none'"],
  ['script-src', (nonce) => `'self' 'nonce-${nonce}' 'strict-dynamic'`],
  // Next.js puts the same nonce on the inline styles it generates; style attributes stay blocked.
  ['style-src', (nonce) => `'self' 'nonce-${nonce}'`],
  ['img-src', () => "'self'"],
  ['font-src', () => "'self'"],
  ['connect-src', () => "'self'"],
  ['manifest-src', () => "'self'"],
  // Same-origin frames only (the demo mailbox may show a message in a sandboxed frame). A srcdoc
  // frame inherits this whole policy, so a message's own scripts can never run.
  ['frame-src', () => "'self'"],
  ['object-src', () => "'none'"],
  // 'none', not 'self': no page needs <base>, and an injected one could redirect relative links.
  ['base-uri', () => "'none'"],
  ['form-action', () => "'self'"],
  // The site may never be framed: a framing page could hide Exit this page or watch the form.
  ['frame-ancestors', () => "'none'"],
];

/**
 * The policy for one response. `development` loosens it for `next dev` only, which needs eval
 * (React rebuilds server error stacks with it) and injects styles for hot reloading; a
 * production build never gets either.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return directives
    .map(([name, value]) => {
      if (development && name === 'script-src') return `${name} ${value(nonce)} 'unsafe-eval'`;
      if (development && name === 'style-src') return `${name} 'self' 'unsafe-inline'`;
      return `${name} ${value(nonce)}`;
    })
    .join('; ');
}

/**
 * The policy for the guidance pages built to static files (lib/guidance/static-routes.ts): the
 * same directives, but a file built once cannot carry a per-request nonce, so scripts and styles
 * come from this site's own origin only. That is at least as strict as the nonce policy: those
 * pages have no inline script or style at all, and their one script is Exit this page's file.
 */
export const staticPagePolicy = directives
  .map(([name, value]) => `${name} ${name === 'script-src' || name === 'style-src' ? "'self'" : value('')}`)
  .join('; ');

/**
 * The policy for responses that are not pages (refusals, security.txt, static files): nothing may
 * load or run at all, and they may not be framed.
 */
export const lockedDownPolicy = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A fresh nonce: 128 random bits, base64, as CSP's nonce-source grammar allows. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
