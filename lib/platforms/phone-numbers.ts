/**
 * Phone numbers in evidence, read with libphonenumber-js (Google's numbering plans, kept up to
 * date by its maintainers) rather than rules of our own.
 *
 * A number is read as UK when it is a valid UK number as written; one with a country code
 * (+353…, 00353…) is read in that country, whether or not it is a number in use there (a drama
 * number such as +44 7700 900123 is still a UK number, and she may have typed what she saw).
 * Anything else is not rewritten: "087 123 4567" is an Irish mobile written without its country
 * code, and reading it as UK would turn it into a different person's number. The caller keeps
 * what was typed and says why the number could not be placed.
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
 * The only characters removed from anything a person enters as evidence, before it is kept or
 * compared: direction overrides and embeddings (U+202A…U+202E) and isolates (U+2066…U+2069),
 * which can make text read in a different order on a caseworker's screen, and the zero-width
 * space, word joiner and byte order mark, which only hide where text breaks. Contacts, WhatsApp
 * and iMessage wrap copied numbers in some of them.
 *
 * Not removed: the zero-width joiner and non-joiner (U+200D, U+200C), which are part of how
 * emoji such as 👩‍❤️‍👨 and written Persian, Urdu and Indic scripts are spelt, and the emoji tag
 * characters of flags such as Wales's: taking them out respells a display name that may be all
 * she has (Unicode Standard, chapter 23.2; UTS #51).
 */
export const removedMarks = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/**
 * Every invisible formatting mark, the joiners and left-to-right marks included: taken out only
 * to read the digits of a phone number, never from what is kept.
 */
const formatMarks = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Digits and the punctuation people write numbers with, with an optional note after it. */
const phoneShaped = /^(?:tel:)?\+?[\d\s().-]{3,30}$/i;

/** Whether what was typed is written like a phone number (after invisible marks are removed). */
export function looksLikePhoneNumber(text: string): boolean {
  const bare = text.replace(formatMarks, '').trim();
  return phoneShaped.test(bare) && /\d/.test(bare);
}

/** Why a number could not be given in E.164: each has its own note for the person. */
export type PhoneUnsure =
  /** Written with a country code, but not a possible number there. */
  | 'not-in-use'
  /** Written as a UK number (starting 0), but not one in use: a drama number, a typo, or another country's. */
  | 'not-a-uk-number'
  /** 4 to 6 digits, such as 60123: a short code businesses and services text from. */
  | 'short-code'
  /** Written without a country code and not a UK number: it could be any country's. */
  | 'country-not-known';

export type PhoneReading =
  /**
   * A number whose country is certain, in E.164 ("+447700900123"). `inUse` is false for a number
   * written with its country code that is not one in use (Ofcom's drama range, 07700 900xxx, or a
   * mistyped digit): its country is what she wrote, so it is kept as that country's number.
   */
  | { known: true; e164: string; inUse: boolean }
  /** A number we cannot place: keep it as typed. */
  | { known: false; unsure: PhoneUnsure };

/** Reads a phone number as people copy it: with direction marks, "tel:", "(0)", "0044"… */
export function readPhoneNumber(text: string): PhoneReading {
  const written = text
    .replace(formatMarks, '')
    .trim()
    .replace(/^tel:/i, '')
    // "+44 (0)7700…": the UK trunk 0 written in brackets after the country code is not dialled.
    .replace(/\(0\)/g, '')
    // "0044 7700…": the international prefix dialled from the UK.
    .replace(/^00(?=[1-9])/, '+');
  const international = written.startsWith('+');
  const digits = written.replace(/\D/g, '');
  if (!international && /^\d{4,6}$/.test(digits) && /^[\d\s]+$/.test(written)) return { known: false, unsure: 'short-code' };
  // Until the library has loaded (a slow connection), nothing is certain; the caller shows the
  // number as typed and reads it again once it has loaded.
  if (library === null) return { known: false, unsure: 'country-not-known' };
  const parsed = library.parsePhoneNumberFromString(written, international ? undefined : 'GB');
  if (parsed !== undefined && parsed.isValid()) return { known: true, e164: parsed.number, inUse: true };
  // A country code she wrote is hers to give: the number is that country's whether or not it is
  // in use, as long as it has a possible length there.
  if (international && parsed !== undefined && parsed.isPossible()) return { known: true, e164: parsed.number, inUse: false };
  if (international) return { known: false, unsure: 'not-in-use' };
  return { known: false, unsure: digits.startsWith('0') ? 'not-a-uk-number' : 'country-not-known' };
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
