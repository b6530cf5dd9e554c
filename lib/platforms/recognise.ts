/**
 * The one entry point for recognising where content is: every platform's recogniser by id, and
 * readEvidence(), which keeps what a person entered and adds what was recognised beside it (a
 * link on another platform's host is recognised as that platform's, with a suggestion).
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { platformNames, type PlatformId } from './catalogue';
import { removedMarks } from './phone-numbers';
import { appleRecogniser } from './recognisers/apple';
import { datingAppsRecogniser } from './recognisers/dating-apps';
import { discordRecogniser } from './recognisers/discord';
import { emailRecogniser } from './recognisers/email';
import { facebookRecogniser } from './recognisers/facebook';
import { googleDrivePhotosRecogniser } from './recognisers/google-drive-photos';
import { instagramRecogniser } from './recognisers/instagram';
import { microsoftRecogniser } from './recognisers/microsoft';
import { onlyfansRecogniser } from './recognisers/onlyfans';
import { otherRecogniser } from './recognisers/other';
import { redditRecogniser } from './recognisers/reddit';
import { searchResultsRecogniser } from './recognisers/search-results';
import { platformOfUrl } from './recognisers/hosts';
import { controlCharacters, hostAndPortPattern, looksLikeLink, maxInputLength, schemePattern } from './recognisers/pasted';
import { hints, linkDescription, messages, wrongPlatformMessage } from './recognisers/results';
import { withoutTrackingText } from './recognisers/tracking';
import { snapchatRecogniser } from './recognisers/snapchat';
import { telegramRecogniser } from './recognisers/telegram';
import { textMessagesRecogniser } from './recognisers/text-messages';
import { threadsRecogniser } from './recognisers/threads';
import { tiktokRecogniser } from './recognisers/tiktok';
import { websitesRecogniser } from './recognisers/websites';
import { whatsappRecogniser } from './recognisers/whatsapp';
import { xRecogniser } from './recognisers/x';
import { youtubeRecogniser } from './recognisers/youtube';
import type { ContentKind, NotRecognised, PlatformRecogniser, Recognised } from './types';

export const recognisers: Record<PlatformId, PlatformRecogniser> = {
  facebook: facebookRecogniser,
  instagram: instagramRecogniser,
  threads: threadsRecogniser,
  whatsapp: whatsappRecogniser,
  'text-messages': textMessagesRecogniser,
  snapchat: snapchatRecogniser,
  x: xRecogniser,
  tiktok: tiktokRecogniser,
  youtube: youtubeRecogniser,
  discord: discordRecogniser,
  telegram: telegramRecogniser,
  reddit: redditRecogniser,
  'dating-apps': datingAppsRecogniser,
  email: emailRecogniser,
  apple: appleRecogniser,
  'google-drive-photos': googleDrivePhotosRecogniser,
  microsoft: microsoftRecogniser,
  websites: websitesRecogniser,
  'search-results': searchResultsRecogniser,
  onlyfans: onlyfansRecogniser,
  other: otherRecogniser,
};

// ---------------------------------------------------------------------------------------------
// Evidence as people paste it

/** Notes about an item that does not match its platform's forms: kept and sent all the same. */
export const readingHints = {
  notRecognised:
    'We could not tell what this points to. It is kept exactly as you entered it, and a support worker will see it as it is.',
  /** The same, beside the item on the check page, in the email and in the log. */
  notRecognisedShort: 'Not recognised: kept as entered',
  otherPlatform: (owner: PlatformId, chosen: PlatformId) =>
    chosen === 'other' || chosen === 'websites'
      ? `This looks like ${linkDescription(owner)}. You can change the platform to ${platformNames[owner]}, or leave it as it is.`
      : `${wrongPlatformMessage(owner, chosen)}. You can change the platform to ${platformNames[owner]}, or leave it as it is.`,
  /**
   * Beside a link with tracking or share parameters. They are kept: a share id can tie a link to
   * the account that shared it, which is for the police or a caseworker to weigh, not the form.
   */
  trackingKept:
    'This link has parts that can show who shared it or where it was shared from. They are kept, because they can be evidence. A copy of the link without them is shown separately.',
} as const;

/**
 * The label of the cleaned copy of a link, the same on every page (the log, the check page, the
 * email), so each says which is which: "Where, as entered" is the evidence, whole; this is the
 * same link without its tracking parts, the one to use if a link has to be opened.
 */
export const cleanedLinkLabel = 'Link to open, without tracking parts';

/**
 * Schemes that are never evidence and can run code or read files when opened: refused wherever
 * they are entered. Any other text is kept, even when it is not an address we know.
 */
const dangerousSchemes: ReadonlySet<string> = new Set([
  'javascript', 'data', 'vbscript', 'file', 'blob', 'filesystem', 'about', 'view-source', 'intent', 'jar',
]);

/** A web address inside text ("Check out this post https://…"): scheme to the next space. */
const linkInText = /https?:\/\/[^\s<>"]+/i;
/** Punctuation that ends the sentence around a link rather than the link. */
const sentenceEnd = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', "'", '"', '\u2019', '\u201D']);
/** Brackets and quotes written around a link: "(https://…)", "<https://…>", "“https://…”". */
const closerOf: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>', '"': '"', "'": "'", '\u201C': '\u201D', '\u2018': '\u2019' };
/** Marks that only set direction, which apps put either side of a copied link. */
const directionMarks = new Set(['\u200E', '\u200F', '\u061C']);

/** "user:pass@host": a link with credentials, with or without its scheme ("mailto:" aside). */
const credentialsPattern = /^(?:https?:\/\/)?[^\s/@:?#]+:[^\s/@?#]*@/i;

/** The link part of what was entered, parsed: where it is in the text, and its address. */
type FoundLink = { start: number; end: number; url: URL };

/**
 * The link without what is around it in a sentence: a pair of brackets or quotes, and the
 * punctuation after it ("see (https://vm.tiktok.com/ZMhAbCdEf/)."). A closing bracket the link
 * itself opened is kept ("…/wiki/Foo_(bar)"). At most a few characters are taken off (no one
 * writes more round a link), so a hostile "((((…" costs a few scans of the text, not one per
 * character.
 */
function trimAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  for (let step = 0; step < 8 && end - start > 1; step += 1) {
    const first = text[start] ?? '';
    const last = text[end - 1] ?? '';
    if (directionMarks.has(first)) start += 1;
    else if (directionMarks.has(last)) end -= 1;
    else if (closerOf[first] !== undefined && closerOf[first] === last) {
      start += 1;
      end -= 1;
    } else if (closerOf[first] !== undefined && !text.slice(start + 1, end).includes(closerOf[first] ?? '')) start += 1;
    else if (sentenceEnd.has(last) && !(last === ')' && text.slice(start, end - 1).includes('('))) end -= 1;
    else break;
  }
  return { start, end };
}

/** A link as written, made absolute: "instagram.com/p/…" and "//x.com/…" get https://. */
function absolute(written: string): string {
  const scheme = schemePattern.exec(written);
  if (written.startsWith('//')) return `https:${written}`;
  return scheme && !hostAndPortPattern.test(written) ? written : `https://${written}`;
}

function findLink(text: string): FoundLink | null {
  let start = 0;
  let end = text.length;
  if (/\s/.test(text)) {
    const match = linkInText.exec(text);
    if (!match) return null;
    start = match.index;
    end = start + match[0].length;
  }
  ({ start, end } = trimAround(text, start, end));
  const written = text.slice(start, end);
  if (!looksLikeLink(written)) return null;
  try {
    const url = new URL(absolute(written));
    return url.protocol === 'https:' || url.protocol === 'http:' ? { start, end, url } : null;
  } catch {
    return null;
  }
}

/** What was entered, cleaned only of what is never evidence, with the web address in it if any. */
export type Screened = { ok: true; text: string; link: FoundLink | null };

/**
 * The only refusals: nothing entered, too long to be one item (said so, never cut), control
 * characters other than whitespace, a dangerous scheme, or a link with a username or password in
 * it. Tabs and line breaks are kept: a note is never refused for whitespace. Only the marks that
 * can reorder or hide text are removed (direction overrides and isolates, the zero-width space,
 * word joiner and byte order mark: see removedMarks); joiners and flag tags are kept.
 */
export function screenEvidence(input: string): Screened | NotRecognised {
  const text = input.replace(removedMarks, '').trim();
  if (text === '') return { ok: false, message: messages.empty };
  if (text.length > maxInputLength) return { ok: false, message: messages.tooLong };
  if (controlCharacters.test(text)) return { ok: false, message: messages.hiddenCharacters };
  // "javascript:alert(1)" is a link; "About: the post he made" is a note, and is kept.
  const scheme = /^[a-z][a-z0-9+.-]*:\S/i.test(text) ? schemePattern.exec(text)?.[1]?.toLowerCase() : undefined;
  if (scheme !== undefined && dangerousSchemes.has(scheme)) return { ok: false, message: messages.scheme };
  if (scheme !== 'mailto' && credentialsPattern.test(text)) return { ok: false, message: messages.credentials };
  const link = findLink(text);
  if (link && (link.url.username !== '' || link.url.password !== '')) return { ok: false, message: messages.credentials };
  return { ok: true, text, link };
}

/** The web addresses in a long paste, for the message that says it cannot all be kept. */
export function linksIn(text: string, most = 5): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/gi)) {
    if (found.length === most) break;
    const { start, end } = trimAround(text, match.index, match.index + match[0].length);
    found.push(text.slice(start, end));
  }
  return found;
}

/** What each kind is called where "<platform> <kind>" reads badly (L7 of the December review). */
const kindNames: Partial<Record<PlatformId, Partial<Record<ContentKind, string>>>> = {
  apple: { group: 'iCloud shared album', page: 'iCloud Drive file', media: 'iCloud shared photo or album' },
  'google-drive-photos': { page: 'Google Drive file', post: 'Google Photos photo or album', group: 'Google Drive folder or shared album' },
  microsoft: { page: 'OneDrive file' },
  'text-messages': { 'email-address': 'iMessage email address', 'phone-number': 'Text message phone number' },
  'search-results': { page: 'Page in search results' },
  websites: { page: 'Web page' },
  other: { page: 'Web page', 'email-address': 'Email address', 'phone-number': 'Phone number' },
  x: { page: 'Short link made by X (t.co), which can lead to any website' },
  youtube: { page: 'YouTube playlist' },
  facebook: { page: 'Link from Facebook to the page' },
};

/** Kinds whose words are the same on every platform: "<platform> <words>". */
const kindWords: Partial<Record<ContentKind, string>> = { media: 'picture or video file', 'search-result': 'search result' };

/** "Google", "Bing": the search engine a search address is on. */
function engineOf(url: URL): string {
  const host = url.hostname;
  if (/(?:^|\.)bing\.com$/.test(host)) return 'Bing';
  if (/(?:^|\.)duckduckgo\.com$/.test(host)) return 'DuckDuckGo';
  if (/(?:^|\.)yahoo\.com$/.test(host)) return 'Yahoo';
  return 'Google';
}

/** "Instagram post", "WhatsApp phone number", "iCloud shared album", "Google image search". */
export function kindInWords(recognition: Recognised): string {
  if (recognition.platform === 'search-results' && recognition.kind === 'search-result') {
    if (/^https?:/i.test(recognition.id)) return 'Search result link';
    const url = recognition.canonicalUrl === undefined ? null : new URL(recognition.canonicalUrl);
    const images =
      url !== null &&
      (url.searchParams.get('tbm') === 'isch' || url.searchParams.get('udm') === '2' || url.pathname.startsWith('/images'));
    return `${url === null ? 'Web' : engineOf(url)} ${images ? 'image search' : 'search'}`;
  }
  const words = kindWords[recognition.kind] ?? recognition.kind.replace('-', ' ');
  return kindNames[recognition.platform]?.[recognition.kind] ?? `${platformNames[recognition.platform]} ${words}`;
}

/** What a phone number's note adds to the recognised line, short. */
const phoneNotes: ReadonlyMap<string, string> = new Map([
  [hints.countryNotKnown, 'country not known'],
  [hints.notInUse, 'not a number in use: check it'],
  [hints.notInUseNational, 'not a UK number in use: check it'],
  [hints.shortCode, 'short code'],
]);

/**
 * "Instagram post C1a2B3c4D5e, slide 3"; "Google image search for 'jane smith', image AbC";
 * "WhatsApp phone number 087 123 4567, not a UK number in use: check it".
 */
export function describeRecognised(recognition: Recognised): string {
  const details = (recognition.details ?? []).map(({ name, value }) => `${name} ${value}`);
  const unsure = recognition.hint === undefined ? undefined : phoneNotes.get(recognition.hint);
  const kind = kindInWords(recognition);
  const head = / search$/.test(kind) ? `${kind} for '${recognition.id}'` : `${kind} ${recognition.id}`;
  return [head, ...details, ...(unsure === undefined ? [] : [unsure])].join(', ');
}

/** One evidence item's "where", as it is kept, shown and sent. */
export type EvidenceReading =
  | NotRecognised
  | {
      ok: true;
      /**
       * What was entered, whole: tracking and share parameters included (a share id can tie a
       * link to whoever shared it), less only the marks that reorder or hide text (removedMarks).
       */
      entered: string;
      /** Whether it holds a web address: one that may open an intimate image if it is tapped. */
      hasLink: boolean;
      /**
       * The web address in it without tracking or share parameters: a separate, cleaned copy for
       * opening or matching, never kept instead of `entered`. Null when there is no link.
       */
      cleanedLink: string | null;
      /** Whether the cleaned link differs from the link as entered (parameters were left out of it). */
      trackingRemoved: boolean;
      /** What we recognised in it, or null: then it is kept and sent as entered all the same. */
      recognised: Recognised | null;
      /** Notes for the person in plain words. None of them stops the item being kept. */
      hints: readonly string[];
    };

/** The cleaned link as an address; the parsed link itself if taking parameters out broke it. */
function cleanedHref(cleanedText: string, url: URL): string {
  try {
    return new URL(absolute(cleanedText)).href;
  } catch {
    return url.href;
  }
}

/**
 * Reads what a person entered as the "where" of one piece of evidence on the platform they
 * chose. Never replaces it and never refuses it unless it is not evidence or is dangerous (see
 * screenEvidence): what the platform's recogniser makes of it is added beside it, and when it
 * looks like another platform's link, that is a suggestion, not a wall.
 */
export function readEvidence(platformId: PlatformId, input: string): EvidenceReading {
  const screened = screenEvidence(input);
  if (!screened.ok) return screened;
  const { text, link } = screened;
  // The cleaned copy is worked on the link's text, so nothing but the parameters changes.
  const written = link ? text.slice(link.start, link.end) : '';
  const cleanedText = link ? withoutTrackingText(written, link.url.hostname) : '';
  const cleaned = link ? cleanedHref(cleanedText, link.url) : null;
  const trackingRemoved = link !== null && cleanedText !== written;
  // Recognisers read words, not layout: a tab or line break reads as a space, and marks that only
  // set the direction of text (which apps wrap copied numbers in) are read past, not kept out.
  const candidate = link ? link.url.href : text.replace(/[\u200E\u200F\u061C]/g, '').replace(/\s+/g, ' ').trim();
  const base = { ok: true as const, entered: text, hasLink: link !== null, cleanedLink: cleaned, trackingRemoved };
  const kept = trackingRemoved ? [readingHints.trackingKept] : [];

  const result = recognisers[platformId].recognise(candidate);
  if (result.ok) return { ...base, recognised: result, hints: [...(result.hint ? [result.hint] : []), ...kept] };

  const owner = link ? platformOfUrl(link.url) : null;
  if (owner !== null && owner !== platformId) {
    const theirs = recognisers[owner].recognise(candidate);
    const recognised = theirs.ok ? theirs : null;
    return {
      ...base,
      recognised,
      hints: [readingHints.otherPlatform(owner, platformId), ...(recognised?.hint ? [recognised.hint] : []), ...kept],
    };
  }
  return { ...base, recognised: null, hints: [readingHints.notRecognised, ...kept] };
}
