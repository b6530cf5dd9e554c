/**
 * Reading what a person pasted, safely: no scripts, no hidden characters, no credentials, no
 * private addresses. Sorts it into the shapes recognisers deal with (a link, a phone number, one
 * word, or text).
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import { looksLikePhoneNumber } from '../phone-numbers';
import type { NotRecognised } from '../types';
import { isPublicHostname, platformOfHost } from './hosts';
import { fail, maxInputLength, messages } from './results';

export { maxInputLength } from './results';

/**
 * C0 and C1 controls other than whitespace: never part of an address or a name, and able to
 * break what shows them. Tabs and line breaks are whitespace, and a note is never refused for
 * whitespace (a tab comes with anything copied from a spreadsheet or a notes app).
 */
export const controlCharacters = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/** Controls, and the invisible characters used to disguise links (zero-width, bidi). */
const hiddenCharacters = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/**
 * Trims the input and refuses what can't be an address: empty, too long, hidden characters.
 * Runs of whitespace (tabs, line breaks) read as one space: recognisers see words, not layout.
 */
export function cleanInput(input: string): { ok: true; text: string } | NotRecognised {
  const text = input.trim().replace(/\s+/g, ' ');
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
