/**
 * The guidance pages built at build time to static HTML with no framework JavaScript (the files
 * in pages/), by path: the proxy gives them the static pages' security policy and cache
 * headers, and the page weight budget checks that they ship nothing but Exit this page's script.
 *
 * The referral form's start page is one of them too: it explains the form and links to it,
 * and holds nothing a person typed.
 *
 * Every other page (the form itself, the evidence log, the which-law tool, the privacy notice, which
 * shows the delivery settings, the mailbox, the inbox) is rendered per request by the App Router.
 *
 * Pure: the proxy reads it on every request.
 */
import { lawPageHref, lawPageSlugs } from '@/lib/law/pages';
import { platformIds } from '@/lib/platforms/catalogue';
import { referralStartPath } from '@/lib/referral/addresses';

/** The law pages that are plain text: every one but the which-law tool, which takes answers. */
export const staticLawSlugs = lawPageSlugs.filter((slug) => slug !== 'which-law');

export const staticGuidancePaths: readonly string[] = [
  '/',
  ...staticLawSlugs.map(lawPageHref),
  '/evidence',
  '/evidence/screenshots',
  ...platformIds.map((id) => `/evidence/${id}`),
  '/accessibility',
  '/staying-safe-online',
  referralStartPath,
];

const staticPaths = new Set(staticGuidancePaths);

/** True when `pathname` is one of the static guidance pages (a trailing slash is the same page). */
export function isStaticGuidancePath(pathname: string): boolean {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return staticPaths.has(path);
}

/**
 * Cache headers for the static guidance pages, which hold nothing personal: a shared cache (a
 * CDN in front of the site) may keep them for an hour and serve a stale copy while it fetches a
 * new one; a browser keeps them five minutes, and Exit this page clears even that (/exit sends
 * Clear-Site-Data). A new build reaches everyone within the hour.
 */
export const staticGuidanceCacheControl = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';
