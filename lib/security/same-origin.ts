/**
 * Decides whether a request that changes something (a form submission, a server action, any
 * POST) came from this site's own pages. Cross-site request forgery is how another page a person
 * visits could send a referral, or anything else, in their name without them knowing.
 *
 * Browsers say where a request came from in `Sec-Fetch-Site`, which a page cannot forge. Older
 * browsers that do not send it still send `Origin` on every POST, so when `Sec-Fetch-Site` is
 * missing the `Origin` must be this site. A request with neither is refused: every browser that
 * can show this site sends at least one, so only a script or a very old browser sends neither.
 *
 * Pure and framework-free: the proxy calls it on every request, and server actions call it again
 * as a second line of defence (a matcher change must not silently remove the only check).
 */

/** Methods that never change anything, so they are never refused for their origin. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the decision reads: the request's method and three of its headers, as received. */
export type SameOriginInput = {
  method: string;
  /** The `Sec-Fetch-Site` header, or null when absent. */
  secFetchSite: string | null;
  /** The `Origin` header, or null when absent. */
  origin: string | null;
  /** The `Host` header the browser addressed, or null when absent. */
  host: string | null;
  /** The address people use to reach the site (PUBLIC_BASE_URL). */
  publicBaseUrl: URL;
};

export type SameOriginRefusal =
  | 'cross-site-fetch'
  | 'origin-missing'
  | 'origin-null'
  | 'origin-malformed'
  | 'origin-foreign';

export type SameOriginDecision = { allowed: true } | { allowed: false; reason: SameOriginRefusal };

/**
 * Whether a request may go on. Safe methods always may; any other method only when the browser
 * says it came from this origin (`Sec-Fetch-Site: same-origin`), or, when the browser sends no
 * `Sec-Fetch-Site`, when `Origin` is this site: either the public address, or the host the
 * browser addressed (which a cross-site page cannot choose, and which also covers a demo reached
 * at 127.0.0.1 instead of localhost).
 */
export function checkSameOrigin(input: SameOriginInput): SameOriginDecision {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { allowed: true };

  if (input.secFetchSite !== null) {
    // `same-site` is refused too: a sibling subdomain is another party's site.
    return input.secFetchSite.trim().toLowerCase() === 'same-origin'
      ? { allowed: true }
      : { allowed: false, reason: 'cross-site-fetch' };
  }

  const origin = input.origin?.trim();
  if (!origin) return { allowed: false, reason: 'origin-missing' };
  // Sandboxed frames, data: documents and some redirects send the literal "null".
  if (origin === 'null') return { allowed: false, reason: 'origin-null' };

  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return { allowed: false, reason: 'origin-malformed' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { allowed: false, reason: 'origin-malformed' };
  }
  if (parsed.origin === input.publicBaseUrl.origin) return { allowed: true };
  const host = input.host?.trim().toLowerCase();
  if (host && parsed.host === host) return { allowed: true };
  return { allowed: false, reason: 'origin-foreign' };
}

/** The same decision read straight from a request's headers (a `Request`, or `headers()`). */
export function checkSameOriginHeaders(
  method: string,
  headers: Pick<Headers, 'get'>,
  publicBaseUrl: URL,
): SameOriginDecision {
  return checkSameOrigin({
    method,
    secFetchSite: headers.get('sec-fetch-site'),
    origin: headers.get('origin'),
    host: headers.get('host'),
    publicBaseUrl,
  });
}
