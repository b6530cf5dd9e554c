/**
 * Recognises what a person wants removed from search results: a Google or Bing search or result
 * address (kind search-result), or the address of the page that appears in the results (kind
 * page). Pages on any public site count, platforms included: search engines de-list those too.
 */

import type { PlatformRecogniser, Recognition } from '../types';
import {
  fail,
  hostMatches,
  parseLink,
  platformHosts,
  readPageAddress,
  recognisePage,
  recognised,
  withoutTracking,
} from './shared';

const hosts = platformHosts['search-results'];

const askForAddress =
  "Copy the address of the search results page from your browser's address bar, or of the page that appears in the results";

/** Google's own result links carry the page they lead to in one of these parameters. */
const targetParams = ['url', 'q', 'imgrefurl'] as const;

function recogniseSearchLink(url: URL, domain: string): Recognition {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/search' || path === '/images/search') {
    const query = url.searchParams.get('q')?.trim() ?? '';
    if (query === '' || query.length > 500) return fail(askForAddress);
    // Keep only what decides the results: the words, and whether it's an image search.
    const canonical = new URL(`https://www.${domain}${path}`);
    canonical.searchParams.set('q', query);
    for (const name of ['tbm', 'udm']) {
      const value = url.searchParams.get(name);
      if (value !== null && /^\w{1,10}$/.test(value)) canonical.searchParams.set(name, value);
    }
    return recognised('search-results', 'search-result', query, canonical.href);
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
    return domain === undefined ? recognisePage('search-results', link.url) : recogniseSearchLink(link.url, domain);
  },
};
