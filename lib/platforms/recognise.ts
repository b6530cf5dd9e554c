/**
 * The one entry point for recognising where content is: every platform's recogniser by id, and
 * readEvidence(), which keeps what a person entered and adds what was recognised beside it (a
 * link on another platform's host is recognised as that platform's, with a suggestion).
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { platformNames, type PlatformId } from './catalogue';
import { invisibleMarks } from './phone-numbers';
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
import { hints, messages, wrongPlatformMessage } from './recognisers/results';
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
import type { NotRecognised, PlatformRecogniser, Recognised } from './types';

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
    `${wrongPlatformMessage(owner, chosen)}. You can change the platform to ${platformNames[owner]}, or leave it as it is.`,
} as const;

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
const sentenceEnd = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"']);

/** "user:pass@host": a link with credentials, with or without its scheme ("mailto:" aside). */
const credentialsPattern = /^(?:https?:\/\/)?[^\s/@:?#]+:[^\s/@?#]*@/i;

/** The link part of what was entered, parsed: where it is in the text, and its address. */
type FoundLink = { start: number; end: number; url: URL };

function findLink(text: string): FoundLink | null {
  let start = 0;
  let end = text.length;
  if (/\s/.test(text)) {
    const match = linkInText.exec(text);
    if (!match) return null;
    start = match.index;
    end = start + match[0].length;
    while (end > start && sentenceEnd.has(text[end - 1] ?? '')) end -= 1;
  } else if (!looksLikeLink(text)) {
    return null;
  }
  const written = text.slice(start, end);
  const scheme = schemePattern.exec(written);
  const href = written.startsWith('//')
    ? `https:${written}`
    : scheme && !hostAndPortPattern.test(written)
      ? written
      : `https://${written}`;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? { start, end, url } : null;
  } catch {
    return null;
  }
}

/** What was entered, cleaned only of what is never evidence, with the web address in it if any. */
export type Screened = { ok: true; text: string; link: FoundLink | null };

/**
 * The only refusals: nothing entered, far too long, control characters, a dangerous scheme, or a
 * link with a username or password in it. Invisible marks (zero-width characters and direction
 * marks, which apps wrap phone numbers in) are removed: they change nothing a person sees, and
 * could make the text read differently on a caseworker's screen.
 */
export function screenEvidence(input: string): Screened | NotRecognised {
  const text = input.replace(invisibleMarks, '').trim();
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

/** "Instagram post", "WhatsApp phone number". */
export const kindInWords = (recognition: Recognised): string =>
  `${platformNames[recognition.platform]} ${recognition.kind.replace('-', ' ')}`;

/** "Instagram post C1a2B3c4D5e, slide 3"; "WhatsApp phone number 087 123 4567, country not known". */
export function describeRecognised(recognition: Recognised): string {
  const details = (recognition.details ?? []).map(({ name, value }) => `${name} ${value}`);
  const unsure = recognition.hint === hints.countryNotKnown ? ['country not known'] : [];
  return [`${kindInWords(recognition)} ${recognition.id}`, ...details, ...unsure].join(', ');
}

/** One evidence item's "where", as it is kept, shown and sent. */
export type EvidenceReading =
  | NotRecognised
  | {
      ok: true;
      /** What was entered, exactly, less named tracking parameters and invisible marks. */
      entered: string;
      /** Whether it holds a web address: one that may open an intimate image if it is tapped. */
      hasLink: boolean;
      /** What we recognised in it, or null: then it is kept and sent as entered all the same. */
      recognised: Recognised | null;
      /** Notes for the person in plain words. None of them stops the item being kept. */
      hints: readonly string[];
    };

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
  const entered = link
    ? `${text.slice(0, link.start)}${withoutTrackingText(text.slice(link.start, link.end), link.url.hostname)}${text.slice(link.end)}`
    : text;
  const candidate = link ? link.url.href : text;
  const base = { ok: true as const, entered, hasLink: link !== null };

  const result = recognisers[platformId].recognise(candidate);
  if (result.ok) return { ...base, recognised: result, hints: result.hint ? [result.hint] : [] };

  const owner = link ? platformOfUrl(link.url) : null;
  if (owner !== null && owner !== platformId) {
    const theirs = recognisers[owner].recognise(candidate);
    const recognised = theirs.ok ? theirs : null;
    return { ...base, recognised, hints: [readingHints.otherPlatform(owner, platformId), ...(recognised?.hint ? [recognised.hint] : [])] };
  }
  return { ...base, recognised: null, hints: [readingHints.notRecognised] };
}
