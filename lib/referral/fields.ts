/**
 * The kinds of question the referral form can ask, and the shape of each kind's answer.
 *
 * A field definition carries everything about one question: its label, hint, options, length
 * limit and the GOV.UK-style message for a missing answer. The schema, the wizard, the check
 * page and the email all read these definitions, so a question is worded in one place.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */
import type { PlatformId } from '@/lib/platforms/catalogue';
import { removedMarks } from '@/lib/platforms/phone-numbers';

export type Option = { value: string; label: string; hint?: string };

/** An approximate date: any part may be left out when the person doesn't know it. */
export type ApproximateDate = { day: string; month: string; year: string };

/** One place the content was seen, as the evidence step collects it. */
export type EvidenceItem = {
  platform: PlatformId | '';
  /** What the person pasted or typed: link, @username, phone number or chat name. */
  where: string;
  /** YYYY-MM-DD, or empty when not known. */
  seenOn: string;
  whatItShows: string;
  reported: '' | 'yes' | 'no' | 'not-sure';
  reportReference: string;
  screenshotKept: '' | 'yes' | 'no';
};

/** A loose view of the answers, for conditions that read answers from any step. */
export type AnswerLookup = Readonly<Record<string, unknown>>;

type Common = {
  /** The question, as a label or legend. */
  label: string;
  /** A short name for the answer in error messages, e.g. "Crime reference number". */
  name: string;
  hint?: string;
  /** The message when the field is shown and left empty. Absent: the field is optional. */
  required?: string;
  /** When the field applies. A field that doesn't apply is neither shown nor kept. */
  showIf?: (answers: AnswerLookup) => boolean;
};

export type RadiosField = Common & { kind: 'radios'; options: readonly Option[] };
export type CheckboxesField = Common & { kind: 'checkboxes'; options: readonly Option[] };
export type TextField = Common & {
  kind: 'text';
  maxLength: number;
  /** Checked and normalised beyond length. */
  format?: 'email' | 'phone';
};
export type TextareaField = Common & { kind: 'textarea'; maxLength: number };
export type DateField = Common & { kind: 'date' };
/** A single checkbox the person must tick to agree to something. */
export type ConfirmField = Common & { kind: 'confirm'; confirmLabel: string };
export type EvidenceField = Common & { kind: 'evidence'; maxItems: number };

export type FieldDefinition =
  | RadiosField
  | CheckboxesField
  | TextField
  | TextareaField
  | DateField
  | ConfirmField
  | EvidenceField;

/** The answer each kind of field holds once validated. */
export type AnswerOf<F extends FieldDefinition> = F extends { kind: 'checkboxes' }
  ? string[]
  : F extends { kind: 'date' }
    ? ApproximateDate
    : F extends { kind: 'confirm' }
      ? boolean
      : F extends { kind: 'evidence' }
        ? EvidenceItem[]
        : string;

/** A condition: the answer to `field` is `value`, or includes it for checkboxes. */
export function answered(answers: AnswerLookup, field: string, value: string): boolean {
  const answer = answers[field];
  return Array.isArray(answer) ? answer.includes(value) : answer === value;
}

/**
 * Characters that show nothing, or change how the text around them shows, and so can hide text
 * from a reader or break an email: C0 and C1 controls (but tab, LF and CR, handled below),
 * zero-width spaces and joiners, direction marks and overrides, the soft hyphen, the Arabic
 * letter mark, the word joiner and invisible operators, the byte order mark and the tag
 * characters. A soft hyphen or word joiner inside an email address looks right on the check
 * page and then bounces, or reaches someone else, when a caseworker copies it.
 */
export const hiddenCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;

/**
 * Removes hidden and control characters and trims. The Unicode line and paragraph separators
 * are line breaks like any other; single-line text loses line breaks (and tabs) to a space.
 */
export function cleanText(value: unknown, multiline = false): string {
  if (typeof value !== 'string') return '';
  const withoutControls = value.replace(hiddenCharacters, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
  const text = multiline ? withoutControls.replace(/\t/g, ' ') : withoutControls.replace(/[\t\n]+/g, ' ');
  return text.trim();
}

/** C0 and C1 controls other than tab, line feed and carriage return. */
const controlsButWhitespace = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * A well-formed emoji tag sequence (the flags of Wales, Scotland and England: a black flag, tag
 * letters, a cancel tag), kept whole; or a tag character outside one, which shows nothing and
 * can carry hidden text, and is removed (UTS #51, emoji tag sequences).
 */
const tagCharacters = /(\u{1F3F4}[\u{E0020}-\u{E007E}]{1,32}\u{E007F})|[\u{E0000}-\u{E007F}]/gu;

/**
 * Cleans the text of an evidence item, which is kept as she entered it (M3 of the December
 * platform review): only what can reorder or hide text is removed (direction overrides and
 * isolates, the zero-width space, word joiner and byte order mark: see removedMarks), with
 * controls and stray tag characters. The zero-width joiner and non-joiner stay, since emoji such
 * as 👩‍❤️‍👨 and written Persian, Urdu and Indic scripts need them, and so do flags' tag
 * sequences. Tabs are kept; a single-line answer's line breaks become spaces, as a browser's
 * one-line field makes them.
 */
export function cleanEvidenceText(value: unknown, multiline = false): string {
  if (typeof value !== 'string') return '';
  const kept = value
    .replace(removedMarks, '')
    .replace(controlsButWhitespace, '')
    .replace(tagCharacters, (_match, flag: string | undefined) => flag ?? '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n');
  return (multiline ? kept : kept.replace(/\n+/g, ' ')).trim();
}

/** The empty answer of each kind: what an unanswered or inapplicable field holds. */
export function emptyAnswer(field: FieldDefinition): unknown {
  switch (field.kind) {
    case 'checkboxes':
      return [];
    case 'date':
      return { day: '', month: '', year: '' };
    case 'confirm':
      return false;
    case 'evidence':
      return [];
    default:
      return '';
  }
}

export const emptyEvidenceItem: EvidenceItem = {
  platform: '',
  where: '',
  seenOn: '',
  whatItShows: '',
  reported: '',
  reportReference: '',
  screenshotKept: '',
};

/** The evidence item's own fields, worded once for the form, the check page and the email. */
export const evidenceItemFields = {
  platform: { label: 'Where did you see it?', name: 'Where you saw it', required: 'Select where you saw it' },
  where: {
    label: 'Link, username or phone number (optional)',
    name: 'The link, username or phone number',
    hint: 'Paste it as you copied it: a share link is fine. We keep it exactly as you enter it, including any parts that show who shared it. Do not open the image again to do this.',
    /**
     * The referral keeps up to this many characters of it (referral.v1 says so to the systems
     * that import it). Longer is refused with a message naming the link in it, never cut.
     */
    maxLength: 2000,
  },
  seenOn: { label: 'When did you see it? (optional)', name: 'The date you saw it' },
  whatItShows: {
    label: 'What does it show? (optional)',
    name: 'What it shows',
    hint: 'Describe it in words, for example "a post with my photo and my first name". Do not add the image.',
    maxLength: 500,
  },
  reported: {
    label: 'Have you reported it to the platform?',
    name: 'Whether you reported it',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
  },
  reportReference: {
    label: 'Report reference, if the platform gave you one (optional)',
    name: 'The report reference',
    maxLength: 100,
  },
  screenshotKept: {
    label: 'Have you kept a screenshot?',
    name: 'Whether you kept a screenshot',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
} as const;
