/**
 * Recognises what a person wants removed from search results: a Google or Bing search or result
 * address (kind search-result), or the address of the page that appears in the results (kind
 * page). Pages on any public site count, platforms included: search engines de-list those too.
 */

import type { PlatformRecogniser, Recognition } from '../types';
import { hostMatches, isSearchAddress, platformHosts } from './hosts';
import { parseLink, readPageAddress } from './pasted';
import { detail, fail, recognised } from './results';
import { recognisePage, withoutTracking } from './tracking';

const hosts = platformHosts['search-results'];

const askForAddress =
  "Copy the address of the search results page from your browser's address bar, or of the page that appears in the results";

/** Google's own result links carry the page they lead to in one of these parameters. */
const targetParams = ['url', 'q', 'imgrefurl'] as const;

function recogniseSearchLink(url: URL, domain: string): Recognition {
  // Without its trailing slashes: /\/+$/ would rescan a run of slashes from each one (quadratic).
  const path = /^(?:.*[^/])?/s.exec(url.pathname)?.[0] ?? '';
  if (path === '/search' || path === '/images/search' || path === '') {
    // Yahoo puts the words in "p"; everyone else in "q".
    const words = url.searchParams.get('q') ?? url.searchParams.get('p');
    const query = words?.trim() ?? '';
    if (query === '' || query.length > 500) return fail(askForAddress);
    // Keep only what decides the results: the words, and whether it's an image search.
    const canonical = new URL(`https://${domain.startsWith('search.') ? domain : `www.${domain}`}${path || '/'}`);
    canonical.searchParams.set('q', query);
    for (const name of ['tbm', 'udm']) {
      const value = url.searchParams.get(name);
      if (value !== null && /^\w{1,10}$/.test(value)) canonical.searchParams.set(name, value);
    }
    // "#imgrc=…" is the image that was open in Google Images: which result it is.
    const image = /^imgrc=([\w-]{1,100})/.exec(url.hash.slice(1))?.[1];
    return recognised('search-results', 'search-result', query, canonical.href, { details: [detail('image', image)].filter((found) => found !== null) });
  }
  if (path === '/url' || path === '/imgres') {
    // A result link: what matters is the page it leads to, which must itself be a safe link.
    for (const name of targetParams) {
      const value = url.searchParams.get(name);
      if (value === null || !/^https?:\/\//i.test(value)) continue;
      const target = parseLink(value);
      if (!target.ok) return target;
      const clean = withoutTracking(target.url).href;
      return recognised('search-results', 'search-result', clean, clean.startsWith('https://') ? clean : undefined);
    }
  }
  return fail(askForAddress);
}

export const searchResultsRecogniser: PlatformRecogniser = {
  hosts,
  recognise: (input) => {
    const link = readPageAddress(input, askForAddress);
    if (!link.ok) return link;
    const domain = hosts.find((host) => hostMatches(link.url.hostname, host));
    // Drive, Photos, Sites and Docs are on Google's hosts too: pages, not searches.
    return domain === undefined || !isSearchAddress(link.url)
      ? recognisePage('search-results', link.url)
      : recogniseSearchLink(link.url, domain);
  },
};
