/**
 * What a recogniser answers: the result builders, and the words shared by several platforms
 * (refusals, notes beside what was entered, "this looks like an Instagram link").
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { platformNames, type PlatformId } from '../catalogue';
import type { ContentKind, Detail, NotRecognised, Recognised } from '../types';

/**
 * The longest "where" kept. Generous, so a whole message pasted with the link at its end is
 * kept as it is; longer than that is almost always a whole page, and is refused with a message
 * that says so (never cut).
 */
export const maxInputLength = 10_000;

/** Messages shared by several platforms, in GOV.UK style: say what to do, not what went wrong. */
export const messages = {
  empty: 'Enter the address of the post or profile, the @username or the phone number',
  tooLong: `What you entered is longer than ${maxInputLength.toLocaleString('en-GB')} characters: copy just the link, username or phone number, or the part of the message you need`,
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
  // Not "a support worker can open it safely": opening any of these links may show an intimate
  // image, which is why the referral email defangs them.
  shareLink: 'This is a share link. It is fine to send it as it is. Do not open it yourself.',
  countryNotKnown:
    'We could not tell which country this number is from, so it is kept exactly as you typed it. If you know it, you can add the country code, like +353 for Ireland.',
  /** A number with its country code that is not one in use there: still that country's number. */
  notInUse:
    'This number has a country code, but it does not look like a number in use there. It is kept exactly as you typed it: check it against what your phone shows.',
  /** A number starting 0 that is not a UK number in use: it may be another country's. */
  notInUseNational:
    'This does not look like a UK number in use, so it is kept exactly as you typed it. Check it against what your phone shows. If it is from another country, you can add the country code, like +353 for Ireland.',
  shortCode:
    'This looks like a short code, the kind of number businesses and services send texts from. It is kept exactly as you typed it.',
  mediaAddress:
    'This is the address of the picture or video itself. It is fine to send it as it is; the address of the post it is in helps too, if you have it.',
} as const;

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

/** A detail when the link has it: `detail('comment', p.query('comment_id'))`. */
export const detail = (name: string, value: string | null | undefined): Detail | null =>
  value === null || value === undefined || value === '' ? null : { name, value };
