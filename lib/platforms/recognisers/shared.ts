/**
 * The shared machinery every platform recogniser is built from: reading what a person pasted
 * (safely: no scripts, no hidden characters, no credentials), matching hosts, normalising phone
 * numbers and @handles, removing tracking parameters, and a small table-driven matcher so each
 * platform file is mostly a list of the link shapes that platform uses.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { platformIds, platformNames, type PlatformId } from '../catalogue';
import { invisibleMarks, looksLikePhoneNumber, readPhoneNumber } from '../phone-numbers';
import type { ContentKind, Detail, NotRecognised, Recognised, Recognition } from '../types';

/** Longer than any real post address; longer input is almost always a whole page or message. */
export const maxInputLength = 2000;

/** Messages shared by several platforms, in GOV.UK style: say what to do, not what went wrong. */
export const messages = {
  empty: 'Enter the address of the post or profile, the @username or the phone number',
  tooLong: 'The address is too long: copy just the address of the post',
  hiddenCharacters:
    'The address has hidden characters in it: copy it again from the address bar or the Share menu',
  scheme: 'Enter a web address that starts with https://',
  credentials:
    'The address has a username or password in it: copy the address again from the address bar',
  notPublic: 'Enter the address of a public web page, like https://www.example.com/page',
  phone: 'Enter a phone number, like 07700 900 982 or +44 7700 900 982',
} as const;

/** Notes shown beside what was entered: never refusals, so they say what happens, not what to do. */
export const hints = {
  shareLink:
    'This is a share link. It is fine to send it as it is: a support worker can open it safely.',
  countryNotKnown:
    'We could not tell which country this number is from, so it is kept exactly as you typed it. If you know it, you can add the country code, like +353 for Ireland.',
  mediaAddress:
    'This is the address of the picture or video itself. It is fine to send it as it is; the address of the post it is in helps too, if you have it.',
} as const;

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
  discord: ['discord.com', 'discordapp.com', 'discord.gg'],
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

export const fail = (message: string): NotRecognised => ({ ok: false, message });

/** Builds a result, leaving out (rather than undefined) what it doesn't have. */
export function recognised(
  platform: PlatformId,
  kind: ContentKind,
  id: string,
  canonicalUrl?: string,
  extra: { details?: readonly Detail[]; hint?: string } = {},
): Recognised {
  return {
    ok: true,
    platform,
    kind,
    id,
    ...(canonicalUrl === undefined ? {} : { canonicalUrl }),
    ...(extra.details === undefined || extra.details.length === 0 ? {} : { details: extra.details }),
    ...(extra.hint === undefined ? {} : { hint: extra.hint }),
  };
}

/** "a Facebook", "an Instagram", "an X (Twitter)": X is said "ex", so it takes "an". */
export function withArticle(name: string): string {
  return /^(?:[aeiou]|x\b)/i.test(name) ? `an ${name}` : `a ${name}`;
}

/** How to name a link of a platform in a sentence: "an Instagram link". */
export function linkDescription(platform: PlatformId): string {
  return platform === 'search-results'
    ? 'a search engine link'
    : `${withArticle(platformNames[platform])} link`;
}

/** "This looks like an Instagram link, not a Facebook one". */
export function wrongPlatformMessage(owner: PlatformId, chosen: PlatformId): string {
  return `This looks like ${linkDescription(owner)}, not ${withArticle(platformNames[chosen])} one`;
}

/** For the catch-all platforms: point the person at the platform the link belongs to. */
export function choosePlatformMessage(owner: PlatformId): string {
  return `This looks like ${linkDescription(owner)}: choose ${platformNames[owner]} instead`;
}

// ---------------------------------------------------------------------------------------------
// Hosts

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
  const path = url.pathname.replace(/\/+$/, '');
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

// ---------------------------------------------------------------------------------------------
// Reading what was pasted

/** C0 and C1 controls: never part of an address or a name, and able to break what shows them. */
export const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

/** Controls, and the invisible characters used to disguise links (zero-width, bidi). */
const hiddenCharacters = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Trims the input and refuses what can't be an address: empty, too long, hidden characters. */
export function cleanInput(input: string): { ok: true; text: string } | NotRecognised {
  const text = input.trim();
  if (text === '') return fail(messages.empty);
  if (text.length > maxInputLength) return fail(messages.tooLong);
  if (hiddenCharacters.test(text)) return fail(messages.hiddenCharacters);
  return { ok: true, text };
}

export const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
/** "example.com:8080/x" starts like a scheme but is a host and port. */
export const hostAndPortPattern = /^[a-z0-9.-]+\.[a-z]{2,63}:\d{1,5}(?:[/?#]|$)/i;

/**
 * Parses cleaned text as a web address. Adds https:// when the person pasted "facebook.com/..."
 * without a scheme, and refuses every scheme but http and https (javascript:, data:, file: and
 * the rest are never links to content), credentials ("user:pass@") and non-public hosts.
 */
export function parseLink(text: string): { ok: true; url: URL } | NotRecognised {
  const scheme = schemePattern.exec(text);
  let candidate: string;
  if (text.startsWith('//')) candidate = `https:${text}`;
  else if (scheme && !hostAndPortPattern.test(text)) {
    const name = (scheme[1] ?? '').toLowerCase();
    if (name !== 'http' && name !== 'https') return fail(messages.scheme);
    candidate = text;
  } else candidate = `https://${text}`;

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return fail(messages.notPublic);
  }
  // Belt and braces: the checks above should already have made these impossible.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail(messages.scheme);
  if (url.username !== '' || url.password !== '') return fail(messages.credentials);
  if (!isPublicHostname(url.hostname)) return fail(messages.notPublic);
  return { ok: true, url };
}

/**
 * Whether cleaned text should be read as a web address rather than a handle or number.
 *
 * Written with indexOf rather than one regular expression: the pattern it replaces,
 * /^([^/?#@]+\.[^/?#@]+)([/?#].*)?$/, backtracked quadratically on "....@" (7 to 11 ms at 2,000
 * characters; security review M2). This reads each character a fixed number of times.
 */
export function looksLikeLink(text: string): boolean {
  if (/\s/.test(text)) return schemePattern.test(text);
  if (schemePattern.test(text) || text.startsWith('//')) return true;
  const end = text.search(/[/?#]/);
  const hostname = (end === -1 ? text : text.slice(0, end)).toLowerCase();
  const dot = hostname.indexOf('.');
  // A host has a dot with something either side of it, and no "@" (that is an email address).
  if (hostname.includes('@') || dot <= 0 || dot === hostname.length - 1) return false;
  // A bare "jane.doe" is more likely a username than a website, so a bare name only counts as a
  // link with a path, a "www." or a platform's own domain.
  return end !== -1 || hostname.startsWith('www.') || platformOfHost(hostname) !== null;
}

/** What a person pasted, sorted into the shapes recognisers deal with. */
export type Pasted =
  | { type: 'link'; url: URL }
  /** Digits and the punctuation people write phone numbers with. */
  | { type: 'phone'; text: string }
  /** One word: an @handle, a username, "u/name", an email address or a bare domain. */
  | { type: 'word'; text: string }
  /** Anything else, such as a display name with spaces. */
  | { type: 'text'; text: string };

/** Cleans and sorts what a person pasted; refuses unsafe or unusable links outright. */
export function readInput(input: string): { ok: true; pasted: Pasted } | NotRecognised {
  const cleaned = cleanInput(input);
  if (!cleaned.ok) return cleaned;
  const { text } = cleaned;
  if (looksLikePhoneNumber(text)) return { ok: true, pasted: { type: 'phone', text: text.replace(/^tel:/i, '') } };
  if (looksLikeLink(text)) {
    const link = parseLink(text);
    return link.ok ? { ok: true, pasted: { type: 'link', url: link.url } } : link;
  }
  return { ok: true, pasted: /\s/.test(text) ? { type: 'text', text } : { type: 'word', text } };
}

/**
 * Reads what should be a web page's address, for the guides that take any site. A bare
 * "example.com" counts as that site's home page here, not as a username; anything else that is
 * not a link gets `ask`.
 */
export function readPageAddress(input: string, ask: string): { ok: true; url: URL } | NotRecognised {
  const read = readInput(input);
  if (!read.ok) return read;
  const { pasted } = read;
  if (pasted.type === 'link') return parseLink(pasted.url.href);
  const bareDomain = pasted.type === 'word' && pasted.text.includes('.') && !pasted.text.includes('@');
  if (!bareDomain) return fail(ask);
  const link = parseLink(pasted.text);
  return link.ok ? link : fail(ask);
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * Normalises a phone number to E.164 ("+447700900123"). UK numbers are accepted in the ways
 * people write them (07700 900123, +44 (0)7700 900123, 0044..., (020) 7946 0123, 44 7700...);
 * other countries need their country code (+1 415 555 0100).
 */
export function normalisePhone(text: string): { ok: true; e164: string } | NotRecognised {
  let written = text.trim();
  if (!/^\+?[\d\s().-]+$/.test(written)) return fail(messages.phone);
  // "+44 (0)7700..." writes the UK trunk 0 in brackets after the country code: it isn't dialled.
  if (/^(?:\+|00|44)/.test(written)) written = written.replace(/\(0\)/g, '');
  const digits = written.replace(/\D/g, '');
  let international: string;
  if (written.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('0')) international = `44${digits.slice(1)}`;
  else if (digits.startsWith('44') && (digits.length === 11 || digits.length === 12)) international = digits;
  else return fail(messages.phone);
  // "+44 07700 900123": the trunk 0 written after the country code.
  if (international.startsWith('440')) international = `44${international.slice(3)}`;
  if (international.startsWith('44')) {
    // UK national numbers are 10 digits (a few older ones 9) and never start with 0.
    if (!/^[1-9]\d{8,9}$/.test(international.slice(2))) return fail(messages.phone);
  } else if (!/^[1-9]\d{7,14}$/.test(international)) {
    // E.164 allows at most 15 digits; fewer than 8 is not a full international number.
    return fail(messages.phone);
  }
  return { ok: true, e164: `+${international}` };
}

/**
 * A phone number as evidence on a platform: in E.164 when its country is certain, otherwise
 * exactly as typed with a note that the country is not known (never guessed into another number).
 */
export function recognisePhone(platform: PlatformId, text: string, canonical?: (e164: string) => string): Recognised {
  const phone = readPhoneNumber(text);
  if (phone.known) return recognised(platform, 'phone-number', phone.e164, canonical?.(phone.e164));
  const typed = text.replace(invisibleMarks, '').trim();
  return recognised(platform, 'phone-number', typed, undefined, { hint: hints.countryNotKnown });
}

// ---------------------------------------------------------------------------------------------
// Handles

/** One way a platform lets people name an account or community in text. */
export type HandleRule = {
  /** What may come before the name and is dropped: "@", "u/". */
  prefix: RegExp;
  /** The whole name: the platform's allowed characters and length. */
  pattern: RegExp;
  kind: ContentKind;
  /** Lower-case the name where the platform ignores case, so one account has one id. */
  lowerCase: boolean;
  /** The path of the account's page on the platform's canonical host. */
  path?: (name: string) => string;
  /** What to say when the name breaks the rule. */
  message: string;
};

/**
 * The usual rule for an account name typed with or without "@": a profile whose page is
 * "/name" on the canonical host unless `path` says otherwise, lower-cased unless the platform
 * shows names as written. `name` is the pattern of the name alone, without anchors.
 */
export function atHandle(
  name: string,
  message: string,
  options: { path?: (name: string) => string; lowerCase?: boolean } = {},
): HandleRule {
  return {
    prefix: /^@?/,
    pattern: new RegExp(`^${name}$`),
    kind: 'profile',
    lowerCase: options.lowerCase ?? true,
    path: options.path ?? ((handle) => `/${handle}`),
    message,
  };
}

/** Reads an @handle (or "u/name" and the like) against a platform's rules, in order. */
export function parseHandle(
  text: string,
  rules: readonly HandleRule[],
): { ok: true; name: string; rule: HandleRule } | NotRecognised {
  let message: string | undefined;
  for (const rule of rules) {
    const prefix = rule.prefix.exec(text);
    if (!prefix || prefix.index !== 0) continue;
    const rest = text.slice(prefix[0].length);
    if (rule.pattern.test(rest)) return { ok: true, name: rule.lowerCase ? rest.toLowerCase() : rest, rule };
    // A rule whose own prefix ("r/") was written explains the problem better than the default.
    if (prefix[0] !== '') return fail(rule.message);
    message ??= rule.message;
  }
  return fail(message ?? messages.empty);
}

// ---------------------------------------------------------------------------------------------
// Tracking parameters and canonical pages

/**
 * Parameters that only say who shared a link, from which app or for which campaign: the only
 * part of what a person entered that is ever removed. Named one by one (plus `utm_*`), per
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
 * The link exactly as written, less its tracking parameters: worked on the text, not a parsed
 * URL, so nothing else changes (case, encoding, order, the fragment, a trailing slash).
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

// ---------------------------------------------------------------------------------------------
// Table-driven platform links

/** What a matched path offers to the functions in a route. */
export type RouteParts = {
  /** A named group from the path pattern ('' if it didn't take part). */
  param: (name: string) => string;
  /** A query parameter, if present and of the expected shape. */
  query: (name: string, shape?: RegExp) => string | null;
  hostname: string;
  /** The path without trailing slashes. */
  path: string;
  /** The fragment without its "#", or ''. */
  hash: string;
};

/** Shapes for ids found in query strings, so nothing unexpected reaches a canonical link. */
export const shapes = {
  digits: /^\d{1,30}$/,
  token: /^[A-Za-z0-9_-]{1,200}$/,
  /** Facebook's comment ids are base64 ("Y29tbWVudDox..."), sometimes with padding. */
  base64: /^[A-Za-z0-9_=+/-]{1,300}$/,
} as const;

/**
 * One link shape a platform uses, and what it points at. Patterns are anchored and built from
 * character classes that cannot overlap, so matching takes time in proportion to the path.
 */
export type LinkRoute = {
  /** Matched against the path without trailing slashes ("" for the home page). */
  path: RegExp;
  /** Only on these hosts (and their subdomains); any of the platform's hosts if absent. */
  hosts?: readonly string[];
  kind: ContentKind;
  /** The id, or null when the link lacks one (then later routes are tried). */
  id: (parts: RouteParts) => string | null;
  /** Path (and query) of the canonical link, used to match and de-duplicate, never shown instead. */
  canonical: (parts: RouteParts, id: string) => string;
  /** Host of the canonical link, when not the platform's usual one. */
  canonicalHost?: string | ((parts: RouteParts) => string);
  /** The parts of the link that say exactly what it shows: the comment, the slide, the photo. */
  details?: (parts: RouteParts) => readonly (Detail | null)[];
  /** A note for the person, such as "this is a share link: fine as it is". */
  hint?: string;
};

/**
 * A share link, as an app's Share or Copy link button makes it: a code that opens the post. It
 * is evidence as it is (opening it to find the full address would show the victim the image
 * again), so it is recognised with its code as the id and the link itself as the canonical form.
 */
export function shareLinkRoute(path: RegExp, kind: ContentKind, options: { hosts?: readonly string[] } = {}): LinkRoute {
  return {
    path,
    ...(options.hosts ? { hosts: options.hosts } : {}),
    kind,
    id: (p) => p.param('code') || null,
    canonical: (p) => p.path,
    // Share links only work on the host that made them (fb.watch, vm.tiktok.com…).
    canonicalHost: (p) => p.hostname,
    hint: hints.shareLink,
  };
}

/** A detail when the link has it: `detail('comment', p.query('comment_id'))`. */
export const detail = (name: string, value: string | null | undefined): Detail | null =>
  value === null || value === undefined || value === '' ? null : { name, value };

/** How one platform's links, handles and phone numbers are recognised. */
export type PlatformSpec = {
  platform: PlatformId;
  canonicalHost: string;
  routes: readonly LinkRoute[];
  handles?: readonly HandleRule[];
  /** Whether a phone number identifies an account here, and its link if it has one. */
  phone?: { canonical?: (e164: string) => string };
  /** What to ask for when the input is none of the platform's forms. */
  hint: string;
  /** What to say for a link on the platform's hosts in no shape we know. */
  unknownLink: string;
};

/** Names that are a platform's own pages, not accounts: "/login" is not a profile. */
export function unlessReserved(name: string, reserved: ReadonlySet<string>): string | null {
  return reserved.has(name.toLowerCase()) ? null : name;
}

function partsOf(url: URL, path: string, match: RegExpExecArray): RouteParts {
  return {
    path,
    param: (name) => match.groups?.[name] ?? '',
    query: (name, shape = shapes.token) => {
      const value = url.searchParams.get(name)?.trim() ?? null;
      return value !== null && shape.test(value) ? value : null;
    },
    hostname: url.hostname,
    hash: url.hash.slice(1),
  };
}

/** Recognises a link on one of the platform's hosts by its table of routes. */
export function recogniseLink(spec: PlatformSpec, url: URL): Recognition {
  const hosts = platformHosts[spec.platform];
  if (!hostMatchesAny(url.hostname, hosts)) {
    const owner = platformOfUrl(url);
    return fail(owner ? wrongPlatformMessage(owner, spec.platform) : spec.hint);
  }
  const path = url.pathname.replace(/\/+$/, '');
  for (const route of spec.routes) {
    if (route.hosts && !hostMatchesAny(url.hostname, route.hosts)) continue;
    const match = route.path.exec(path);
    if (!match) continue;
    const parts = partsOf(url, path, match);
    const id = route.id(parts);
    if (id === null || id === '') continue;
    const host =
      typeof route.canonicalHost === 'function' ? route.canonicalHost(parts) : (route.canonicalHost ?? spec.canonicalHost);
    const canonical = `https://${host}${route.canonical(parts, id)}`;
    const details = route.details?.(parts).filter((found): found is Detail => found !== null);
    return recognised(spec.platform, route.kind, id, canonical, { details, hint: route.hint });
  }
  return fail(spec.unknownLink);
}

/** Recognises anything pasted for a platform described by a spec: link, @handle or phone. */
export function recogniseBySpec(spec: PlatformSpec, input: string): Recognition {
  const read = readInput(input);
  if (!read.ok) return read;
  const { pasted } = read;
  switch (pasted.type) {
    case 'link':
      return recogniseLink(spec, pasted.url);
    case 'phone':
      return spec.phone ? recognisePhone(spec.platform, pasted.text, spec.phone.canonical) : fail(spec.hint);
    case 'word': {
      if (!spec.handles) return fail(spec.hint);
      const handle = parseHandle(pasted.text, spec.handles);
      if (!handle.ok) return handle;
      const path = handle.rule.path?.(handle.name);
      return recognised(
        spec.platform,
        handle.rule.kind,
        handle.name,
        path === undefined ? undefined : `https://${spec.canonicalHost}${path}`,
      );
    }
    case 'text': {
      // "+44 7700 900123 (WhatsApp)": a number with a note, as people copy it from a contact card.
      if (spec.phone) {
        const phone = readPhoneNumber(pasted.text);
        if (phone.known) return recognised(spec.platform, 'phone-number', phone.e164, spec.phone.canonical?.(phone.e164));
      }
      return fail(spec.hint);
    }
  }
}
