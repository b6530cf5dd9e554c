/**
 * The shared machinery every platform recogniser is built from: reading what a person pasted
 * (safely: no scripts, no hidden characters, no credentials), matching hosts, normalising phone
 * numbers and @handles, removing tracking parameters, and a small table-driven matcher so each
 * platform file is mostly a list of the link shapes that platform uses.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { platformIds, platformNames, type PlatformId } from '../catalogue';
import type { ContentKind, NotRecognised, Recognised, Recognition } from '../types';

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
  shortLink: "A short link can't tell us which post it is: open it and copy the full address",
  phone: 'Enter a phone number, like 07700 900 982 or +44 7700 900 982',
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
  x: ['x.com', 'twitter.com', 't.co'],
  tiktok: ['tiktok.com'],
  youtube: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  discord: ['discord.com', 'discordapp.com', 'discord.gg'],
  telegram: ['t.me', 'telegram.me', 'telegram.dog'],
  reddit: ['reddit.com', 'redd.it'],
  'dating-apps': ['tinder.com', 'gotinder.com', 'bumble.com', 'hinge.co', 'grindr.com'],
  email: [],
  apple: ['icloud.com'],
  // Matched before search-results' google.com, so a Drive or Photos link is never taken for a search.
  'google-drive-photos': ['drive.google.com', 'docs.google.com', 'photos.google.com', 'photos.app.goo.gl'],
  microsoft: ['onedrive.live.com', 'onedrive.com', '1drv.ms', 'xbox.com', 'outlook.live.com', 'outlook.com'],
  websites: [],
  'search-results': ['google.com', 'google.co.uk', 'google.ie', 'bing.com'],
  onlyfans: ['onlyfans.com'],
  other: [],
};

export const fail = (message: string): NotRecognised => ({ ok: false, message });

/** Builds a result, leaving canonicalUrl out (rather than undefined) when there is none. */
export function recognised(
  platform: PlatformId,
  kind: ContentKind,
  id: string,
  canonicalUrl?: string,
): Recognised {
  return canonicalUrl === undefined
    ? { ok: true, platform, kind, id }
    : { ok: true, platform, kind, id, canonicalUrl };
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

/** C0 and C1 controls, and the invisible characters used to disguise links (zero-width, bidi). */
const hiddenCharacters = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Trims the input and refuses what can't be an address: empty, too long, hidden characters. */
export function cleanInput(input: string): { ok: true; text: string } | NotRecognised {
  const text = input.trim();
  if (text === '') return fail(messages.empty);
  if (text.length > maxInputLength) return fail(messages.tooLong);
  if (hiddenCharacters.test(text)) return fail(messages.hiddenCharacters);
  return { ok: true, text };
}

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
/** "example.com:8080/x" starts like a scheme but is a host and port. */
const hostAndPortPattern = /^[a-z0-9.-]+\.[a-z]{2,63}:\d{1,5}(?:[/?#]|$)/i;

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

/** Whether cleaned text should be read as a web address rather than a handle or number. */
function looksLikeLink(text: string): boolean {
  if (/\s/.test(text)) return schemePattern.test(text);
  if (schemePattern.test(text) || text.startsWith('//')) return true;
  const host = /^([^/?#@]+\.[^/?#@]+)([/?#].*)?$/.exec(text);
  if (!host) return false;
  // A bare "jane.doe" is more likely a username than a website, so a bare name only counts as a
  // link with a path, a "www." or a platform's own domain.
  const hostname = (host[1] ?? '').toLowerCase();
  return host[2] !== undefined || hostname.startsWith('www.') || platformOfHost(hostname) !== null;
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
  if (/^\+?[\d\s().-]+$/.test(text) && /\d/.test(text)) return { ok: true, pasted: { type: 'phone', text } };
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
 * Parameters that only say who shared a link or which campaign it came from. Removed from pages
 * on websites we know nothing else about; parameters that might say which page it is stay.
 */
const trackingParams = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'igsh', 'mibextid', 'rdid', 'share_id', 'ref_src', 'ref_url', 'mc_cid', 'mc_eid',
  '_hsenc', '_hsmi', 'spm', 'share_app_id', 'sender_device',
]);

/** Extra tracking parameters that are only tracking on particular hosts (elsewhere they may matter). */
const trackingParamsByHost: readonly { host: string; params: readonly string[] }[] = [
  { host: 'youtube.com', params: ['si', 'feature', 'pp', 'ab_channel'] },
  { host: 'youtu.be', params: ['si', 'feature'] },
];

/** A copy of the link without tracking parameters or text-highlight fragments. */
export function withoutTracking(url: URL): URL {
  const clean = new URL(url.href);
  const hostParams = trackingParamsByHost
    .filter(({ host }) => hostMatches(clean.hostname, host))
    .flatMap(({ params }) => params);
  for (const name of [...clean.searchParams.keys()]) {
    const lower = name.toLowerCase();
    if (lower.startsWith('utm_') || trackingParams.has(lower) || hostParams.includes(lower)) {
      clean.searchParams.delete(name);
    }
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
};

/** Shapes for ids found in query strings, so nothing unexpected reaches a canonical link. */
export const shapes = {
  digits: /^\d{1,30}$/,
  token: /^[A-Za-z0-9_-]{1,200}$/,
} as const;

/** One link shape a platform uses, and what it points at. */
export type LinkRoute =
  | {
      /** Matched against the path without trailing slashes ("" for the home page). */
      path: RegExp;
      /** Only on these hosts (and their subdomains); any of the platform's hosts if absent. */
      hosts?: readonly string[];
      kind: ContentKind;
      /** The id, or null when the link lacks one (then later routes are tried). */
      id: (parts: RouteParts) => string | null;
      /** Path (and query) of the canonical link. */
      canonical: (parts: RouteParts, id: string) => string;
      /** Host of the canonical link, when not the platform's usual one. */
      canonicalHost?: string;
    }
  | {
      path: RegExp;
      hosts?: readonly string[];
      /** A known shape that can't be used, such as a share link: what to do instead. */
      message: string;
    };

/** How one platform's links, handles and phone numbers are recognised. */
export type PlatformSpec = {
  platform: PlatformId;
  canonicalHost: string;
  /** Hosts whose links are all short links that hide which post they lead to. */
  shortLinkHosts?: readonly string[];
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

function partsOf(url: URL, match: RegExpExecArray): RouteParts {
  return {
    param: (name) => match.groups?.[name] ?? '',
    query: (name, shape = shapes.token) => {
      const value = url.searchParams.get(name);
      return value !== null && shape.test(value) ? value : null;
    },
    hostname: url.hostname,
  };
}

/** Recognises a link on one of the platform's hosts by its table of routes. */
export function recogniseLink(spec: PlatformSpec, url: URL): Recognition {
  const hosts = platformHosts[spec.platform];
  if (!hostMatchesAny(url.hostname, hosts)) {
    const owner = platformOfHost(url.hostname);
    return fail(owner ? wrongPlatformMessage(owner, spec.platform) : spec.hint);
  }
  if (spec.shortLinkHosts && hostMatchesAny(url.hostname, spec.shortLinkHosts)) return fail(messages.shortLink);
  const path = url.pathname.replace(/\/+$/, '');
  for (const route of spec.routes) {
    if (route.hosts && !hostMatchesAny(url.hostname, route.hosts)) continue;
    const match = route.path.exec(path);
    if (!match) continue;
    if ('message' in route) return fail(route.message);
    const parts = partsOf(url, match);
    const id = route.id(parts);
    if (id === null || id === '') continue;
    const canonical = `https://${route.canonicalHost ?? spec.canonicalHost}${route.canonical(parts, id)}`;
    return recognised(spec.platform, route.kind, id, canonical);
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
    case 'phone': {
      if (!spec.phone) return fail(spec.hint);
      const phone = normalisePhone(pasted.text);
      if (!phone.ok) return phone;
      return recognised(spec.platform, 'phone-number', phone.e164, spec.phone.canonical?.(phone.e164));
    }
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
    case 'text':
      return fail(spec.hint);
  }
}
