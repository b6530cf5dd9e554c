/**
 * Tracking and share parameters, and the cleaned copy of a link without them: the copy offered
 * for opening and the canonical page a link is matched by. Never taken out of what a person
 * entered, which is kept whole: a share id can tie a link to whoever shared it, and that is for
 * the police or a caseworker to weigh (M1 of the December platform review).
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import type { PlatformId } from '../catalogue';
import type { ContentKind, Recognised } from '../types';
import { hostMatches, platformOfHost } from './hosts';
import { recognised } from './results';

/**
 * Parameters that say who shared a link, from which app or for which campaign: left out of the
 * cleaned copy of a link, never out of what was entered. Named one by one (plus `utm_*`), per
 * platform, and tested: anything not on these lists might say which post, comment or slide it is.
 */
export const trackingParams = {
  /** Ad and mail-campaign click ids, on any site. */
  everywhere: [
    'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
    'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'igshid', 'igsh',
  ],
  byPlatform: {
    facebook: ['mibextid', 'rdid', 'sfnsn', 'ref', '__cft__', '__tn__'],
    instagram: ['igsh', 'igshid', 'ig_rid'],
    tiktok: ['_r', '_t', 'is_from_webapp', 'sender_device', 'share_app_id', 'share_link_id', 'u_code', 'sec_user_id', 'social_sharing', 'preview_pb', 'sender_web_id', 'checksum', 'share_item_id', 'tt_from', 'timestamp', 'user_id', 'is_copy_url', 'web_id', 'refer', 'enter_from'],
    x: ['s', 't', 'ref_src', 'ref_url'],
    reddit: ['share_id', 'rdt', 'context_id'],
    snapchat: ['share_id', 'sid'],
    youtube: ['si', 'feature', 'pp', 'ab_channel'],
    telegram: [],
    whatsapp: [],
  } as Partial<Record<PlatformId, readonly string[]>>,
  /** Hosts of sites without a guide whose share parameters are well known. */
  byHost: [{ host: 'spotify.com', params: ['si'] }],
} as const;

/** The tracking parameters of links on a host, lower-case. */
function trackingParamsOn(hostname: string): ReadonlySet<string> {
  const owner = platformOfHost(hostname);
  return new Set([
    ...trackingParams.everywhere,
    ...(owner === null ? [] : (trackingParams.byPlatform[owner] ?? [])),
    ...trackingParams.byHost.filter(({ host }) => hostMatches(hostname, host)).flatMap(({ params }) => params),
  ]);
}

const isTracking = (name: string, tracked: ReadonlySet<string>) => {
  // "__cft__[0]": Facebook numbers some of its tracking parameters.
  const lower = name.toLowerCase().replace(/\[\d{0,3}\]$/, '');
  return lower.startsWith('utm_') || tracked.has(lower);
};

function decodedName(part: string): string {
  const name = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The link exactly as written, less its tracking parameters, for the cleaned copy: worked on the
 * text, not a parsed URL, so nothing else changes (case, encoding, order, the fragment, a
 * trailing slash).
 */
export function withoutTrackingText(link: string, hostname: string): string {
  const hashAt = link.indexOf('#');
  const beforeHash = hashAt === -1 ? link : link.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : link.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return link;
  const tracked = trackingParamsOn(hostname);
  const kept = beforeHash
    .slice(queryAt + 1)
    .split('&')
    .filter((part) => part !== '' && !isTracking(decodedName(part), tracked));
  return `${beforeHash.slice(0, queryAt)}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash}`;
}

/** A copy of the link without tracking parameters or text-highlight fragments, for matching. */
export function withoutTracking(url: URL): URL {
  const clean = new URL(url.href);
  const tracked = trackingParamsOn(clean.hostname);
  for (const name of [...clean.searchParams.keys()]) {
    if (isTracking(name, tracked)) clean.searchParams.delete(name);
  }
  if (clean.search === '?') clean.search = '';
  // "#:~:text=..." only highlights words on the page; other fragments can be a page's own route.
  if (clean.hash.startsWith('#:~:') || clean.hash === '#') clean.hash = '';
  return clean;
}

/**
 * A page on any public website, as a result: the id is the address without tracking, and the
 * canonical link is only given for https pages (switching an http-only site to https could break it).
 */
export function recognisePage(platform: PlatformId, url: URL, kind: ContentKind = 'page'): Recognised {
  const clean = withoutTracking(url).href;
  return recognised(platform, kind, clean, clean.startsWith('https://') ? clean : undefined);
}
