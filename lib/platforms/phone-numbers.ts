/**
 * Phone numbers in evidence, read with libphonenumber-js (Google's numbering plans, kept up to
 * date by its maintainers) rather than rules of our own.
 *
 * A number is read as UK when it is a valid UK number as written; one with a country code
 * (+353…, 00353…) is read in that country. Anything else is not rewritten: "087 123 4567" is an
 * Irish mobile written without its country code, and reading it as UK would turn it into a
 * different person's number. The caller keeps what was typed and says the country is not known.
 *
 * The library's metadata is about 30 KiB gzip, more than the referral form's page-weight budget
 * has left, so the browser loads it only when it first shows a recognised item
 * (`loadPhoneNumbers`); server code imports `./phone-numbers-now`, which provides it at once.
 * Until it is loaded, `readPhoneNumber` answers "not known", which only ever means "kept as typed".
 *
 * `normalisePhone` is the other reading, of a number to contact someone on (the referral form's
 * phone field and its formatter): rules of our own, strict, and needing no library, so the form
 * can check it on its first load.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */
import type * as PhoneLibrary from 'libphonenumber-js/min';
import type { NotRecognised } from './types';
import { fail, messages } from './recognisers/results';

type Library = Pick<typeof PhoneLibrary, 'parsePhoneNumberFromString'>;

let library: Library | null = null;
let loading: Promise<void> | null = null;

/** Makes the library available at once (server code and tests, through ./phone-numbers-now). */
export function providePhoneNumbers(loaded: Library): void {
  library = loaded;
}

/** Loads the library once, in its own chunk; resolves when `readPhoneNumber` can use it. */
export function loadPhoneNumbers(): Promise<void> {
  if (library !== null) return Promise.resolve();
  loading ??= import('libphonenumber-js/min').then(providePhoneNumbers);
  return loading;
}

export const phoneNumbersLoaded = (): boolean => library !== null;

/**
 * Zero-width characters, direction marks and isolates: Contacts, WhatsApp and iMessage wrap
 * numbers in them when copying (U+202A…U+202C, U+2066…U+2069), and they are invisible.
 */
export const invisibleMarks = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Digits and the punctuation people write numbers with, with an optional note after it. */
const phoneShaped = /^(?:tel:)?\+?[\d\s().-]{3,30}$/i;

/** Whether what was typed is written like a phone number (after invisible marks are removed). */
export function looksLikePhoneNumber(text: string): boolean {
  const bare = text.replace(invisibleMarks, '').trim();
  return phoneShaped.test(bare) && /\d/.test(bare);
}

export type PhoneReading =
  /** A number whose country is certain, in E.164 ("+447700900123"). */
  | { known: true; e164: string }
  /** A number we cannot place: keep it as typed. */
  | { known: false };

/** Reads a phone number as people copy it: with direction marks, "tel:", "(0)", "0044"… */
export function readPhoneNumber(text: string): PhoneReading {
  if (library === null) return { known: false };
  const written = text
    .replace(invisibleMarks, '')
    .trim()
    .replace(/^tel:/i, '')
    // "+44 (0)7700…": the UK trunk 0 written in brackets after the country code is not dialled.
    .replace(/\(0\)/g, '')
    // "0044 7700…": the international prefix dialled from the UK.
    .replace(/^00(?=[1-9])/, '+');
  const international = written.startsWith('+');
  const parsed = library.parsePhoneNumberFromString(written, international ? undefined : 'GB');
  if (parsed === undefined || !parsed.isValid()) return { known: false };
  return { known: true, e164: parsed.number };
}

/**
 * Normalises a contact phone number to E.164 ("+447700900123"). UK numbers are accepted in the ways
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
