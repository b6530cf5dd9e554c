/**
 * The domains each platform uses, and what a link's host says: which platform it belongs to,
 * whether it is a public website at all. One table, so "which platform is this link?" has one
 * answer; adding a platform adds its row here (the Record makes a missing one a compile error).
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { platformIds, type PlatformId } from '../catalogue';

/** The domains each platform uses. One table, so "which platform is this link?" has one answer. */
export const platformHosts: Record<PlatformId, readonly string[]> = {
  // Messenger (m.me, messenger.com) is part of Facebook on this site.
  facebook: ['facebook.com', 'fb.com', 'fb.me', 'fb.watch', 'm.me', 'messenger.com'],
  instagram: ['instagram.com', 'instagr.am', 'ig.me'],
  threads: ['threads.net', 'threads.com'],
  whatsapp: ['whatsapp.com', 'wa.me'],
  'text-messages': [],
  snapchat: ['snapchat.com'],
  // fxtwitter, vxtwitter and fixupx show X posts with a better preview; people paste them too.
  x: ['x.com', 'twitter.com', 't.co', 'fxtwitter.com', 'vxtwitter.com', 'fixupx.com', 'fixvx.com'],
  tiktok: ['tiktok.com'],
  youtube: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  discord: ['discord.com', 'discordapp.com', 'discordapp.net', 'discord.gg'],
  telegram: ['t.me', 'telegram.me', 'telegram.dog', 'web.telegram.org'],
  reddit: ['reddit.com', 'redd.it'],
  'dating-apps': ['tinder.com', 'gotinder.com', 'bumble.com', 'hinge.co', 'grindr.com'],
  email: [],
  apple: ['icloud.com'],
  // Matched before search-results' google.com, so a Drive or Photos link is never taken for a search.
  'google-drive-photos': ['drive.google.com', 'docs.google.com', 'photos.google.com', 'photos.app.goo.gl'],
  microsoft: ['onedrive.live.com', 'onedrive.com', '1drv.ms', 'xbox.com', 'outlook.live.com', 'outlook.com'],
  websites: [],
  // Only their search addresses are search results: Drive, Photos, Sites and Docs are on
  // google.com too, and are pages (see isSearchAddress).
  'search-results': [
    'google.com', 'google.co.uk', 'google.ie', 'google.de', 'google.fr', 'google.es', 'google.it',
    'google.nl', 'google.ca', 'google.com.au', 'bing.com', 'duckduckgo.com', 'search.yahoo.com',
  ],
  onlyfans: ['onlyfans.com'],
  other: [],
};

/**
 * Whether a hostname is the domain or one of its subdomains. Compared label by label, so
 * "m.facebook.com" matches "facebook.com" but "evilfacebook.com" and "facebook.com.evil.example"
 * do not.
 */
export function hostMatches(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

export const hostMatchesAny = (hostname: string, domains: readonly string[]): boolean =>
  domains.some((domain) => hostMatches(hostname, domain));

/** Which platform a hostname belongs to, if any. */
export function platformOfHost(hostname: string): PlatformId | null {
  return platformIds.find((id) => hostMatchesAny(hostname, platformHosts[id])) ?? null;
}

/** The paths of search engines' results and result links. */
const searchPaths = new Set(['/search', '/url', '/imgres', '/images/search', '/webhp']);

/**
 * Whether a link on a search engine's host is a search or a result link. Google's Drive, Photos,
 * Sites, Docs and Maps share google.com with its search, and are pages people can record.
 */
export function isSearchAddress(url: URL): boolean {
  // Without its trailing slashes: /\/+$/ would rescan a run of slashes from each one (quadratic).
  const path = /^(?:.*[^/])?/s.exec(url.pathname)?.[0] ?? '';
  if (searchPaths.has(path) || url.hostname.startsWith('images.')) return true;
  // duckduckgo.com/?q=… and google.com/?q=…: a search from the home page.
  return path === '' && (url.searchParams.has('q') || url.searchParams.has('p'));
}

/**
 * Which platform a link belongs to, if any: its host's, except that only searches are search
 * results (a platform for Drive or Photos, on Google's hosts too, still gets its own links).
 */
export function platformOfUrl(url: URL): PlatformId | null {
  return (
    platformIds.find(
      (id) => hostMatchesAny(url.hostname, platformHosts[id]) && (id !== 'search-results' || isSearchAddress(url)),
    ) ?? null
  );
}

/** Top-level domains reserved for testing, documentation or private networks: never public. */
const privateTlds = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal', 'lan', 'home', 'corp', 'arpa']);

/**
 * Whether a hostname (as the URL parser gives it: lower-case, punycode) looks like a public
 * website. IP addresses, single names and private suffixes are refused: content the site can help
 * with is on the public web, and a link to a private address could be used to probe a network.
 */
export function isPublicHostname(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || host.length > 253) return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || privateTlds.has(tld)) return false;
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return false;
  return labels.every((label) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(label));
}
