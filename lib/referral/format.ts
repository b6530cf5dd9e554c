/**
 * How every answer reads to a person: the one formatter behind the check-answers page and the
 * referral email (human v1), so the victim and the support worker see the same words.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */
import { platformNames } from '@/lib/platforms/catalogue';
import { cleanedLinkLabel, describeRecognised, kindInWords, readEvidence, readingHints } from '@/lib/platforms/recognise';
import { normalisePhone } from '@/lib/platforms/phone-numbers';
import type { Recognised } from '@/lib/platforms/types';
import { fields, type Answers, type FieldId, type StepDefinition } from './definition';
import { evidenceItemFields, type ApproximateDate, type EvidenceItem, type FieldDefinition, type Option } from './fields';
import { visibleSteps } from './journey';
import { fieldApplies, formatApproximateDate } from './schema';

export const notGiven = 'Not given';

export { cleanedLinkLabel };

/**
 * One answer as it is shown: the question and one or more lines of answer, and notes for the
 * person checking them (never for the support worker: the email leaves them out).
 */
export type AnswerRow = { fieldId: FieldId; label: string; lines: string[]; notes?: string[] };

/** The answers of one step. */
export type AnswerSection = { step: StepDefinition; rows: AnswerRow[] };

/** One evidence item in words, with its link only as text: it may open an intimate image. */
export type EvidenceDescription = {
  platform: string;
  /** What the person entered, exactly, tracking and share parameters included; never our guess. */
  where: string;
  /** Whether `where` holds a web address, which may open an intimate image if it is tapped. */
  hasLink: boolean;
  /**
   * The link in `where` without its tracking or share parameters, when it had some: a separate
   * copy for opening, shown under its own label; "" otherwise.
   */
  cleanedLink: string;
  /** What the recogniser made of it, e.g. "Instagram post", or "" when not recognised. */
  kind: string;
  /** What we recognised beside it, in words: "Instagram post C1a2B3c4D5e, slide 3". */
  recognised: string;
  /** The recognised canonical link or identifier, for matching only; "" when not recognised. */
  canonical: string;
  /** The recognition itself, for referral.v1; null when nothing was recognised. */
  recognition: Recognised | null;
  /** Notes for the person who entered it ("This is a share link…"). */
  hints: readonly string[];
  seenOn: string;
  whatItShows: string;
  reported: string;
  screenshotKept: string;
};

const labelOf = (options: readonly Option[], value: string) => options.find((option) => option.value === value)?.label ?? value;

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });


/** The evidence item as words a support worker can act on. */
export function describeEvidence(item: EvidenceItem): EvidenceDescription {
  const platform = item.platform === '' ? notGiven : platformNames[item.platform];
  const reading = item.platform !== '' && item.where !== '' ? readEvidence(item.platform, item.where) : null;
  // A refused "where" never gets this far (the schema refuses it); shown as typed all the same.
  const read = reading?.ok ? reading : null;
  const recognition = read?.recognised ?? null;
  const reported =
    item.reported === ''
      ? notGiven
      : labelOf(evidenceItemFields.reported.options, item.reported) +
        (item.reported === 'yes' && item.reportReference !== '' ? `, reference ${item.reportReference}` : '');
  return {
    platform,
    where: read?.entered ?? (item.where || notGiven),
    hasLink: read?.hasLink ?? false,
    cleanedLink: read?.trackingRemoved && read.cleanedLink !== null ? read.cleanedLink : '',
    kind: recognition ? kindInWords(recognition) : '',
    recognised: recognition ? describeRecognised(recognition) : read ? readingHints.notRecognisedShort : '',
    canonical: recognition ? (recognition.canonicalUrl ?? recognition.id) : '',
    recognition,
    hints: read?.hints ?? [],
    seenOn: /^\d{4}-\d{2}-\d{2}$/.test(item.seenOn) ? longDate.format(new Date(item.seenOn)) : notGiven,
    whatItShows: item.whatItShows || notGiven,
    reported,
    screenshotKept: item.screenshotKept === '' ? notGiven : labelOf(evidenceItemFields.screenshotKept.options, item.screenshotKept),
  };
}

/** One place of evidence as lines: its number and platform, then each detail. */
export function evidenceLines(described: EvidenceDescription, index: number): string[] {
  return [
    `${index + 1}. ${described.platform}${described.kind ? ` (${described.kind})` : ''}`,
    `Where, as entered: ${described.where}`,
    ...(described.cleanedLink ? [`${cleanedLinkLabel}: ${described.cleanedLink}`] : []),
    ...(described.recognised ? [`Recognised: ${described.recognised}`] : []),
    `Seen: ${described.seenOn}`,
    `What it shows: ${described.whatItShows}`,
    `Reported to the platform: ${described.reported}`,
    `Screenshot kept: ${described.screenshotKept}`,
  ];
}

/**
 * A web address made safe to show in an email: "https[:]//www[.]facebook[.]com/…". Mail apps
 * turn "https://…" and "name.com/…" into links, and one tap on a caseworker's phone could open
 * an intimate image; a defanged address is copied and mended ([:] to :, [.] to .) on purpose.
 */
export function defang(text: string): string {
  return text
    .replace(/\b(https?):\/\//gi, '$1[:]//')
    .replace(/([a-z0-9-])\.(?=[a-z0-9-]{1,63}(?:[./:?#]|$|\s))/gi, '$1[.]');
}

/** An evidence item as a caseworker's screen or email shows it: its link parts defanged. */
export function defangEvidence(item: EvidenceDescription): EvidenceDescription {
  return item.hasLink
    ? { ...item, where: defang(item.where), cleanedLink: defang(item.cleanedLink), recognised: defang(item.recognised) }
    : item;
}

export const defangedNote = 'Addresses are written with [:] and [.] so that they cannot be opened by a tap: change [:] to : and [.] to . to use one.';

/** One field's answer as lines of text. */
export function formatAnswer(fieldId: FieldId, answers: Answers): string[] {
  const field: FieldDefinition = fields[fieldId];
  const value = answers[fieldId];
  switch (field.kind) {
    case 'radios':
      return [value === '' ? notGiven : labelOf(field.options, value as string)];
    case 'checkboxes': {
      const chosen = value as string[];
      return chosen.length === 0 ? [notGiven] : chosen.map((choice) => labelOf(field.options, choice));
    }
    case 'text': {
      const text = value as string;
      if (text === '') return [notGiven];
      if (field.format === 'phone') {
        const phone = normalisePhone(text);
        return [phone.ok ? phone.e164 : text];
      }
      return [text];
    }
    case 'textarea':
      return (value as string) === '' ? [notGiven] : (value as string).split('\n');
    case 'date':
      return [formatApproximateDate(value as ApproximateDate) || 'Not known'];
    case 'confirm':
      return [value ? `Yes: ${field.confirmLabel}` : 'No'];
    case 'evidence': {
      const items = value as EvidenceItem[];
      if (items.length === 0) return ['None added'];
      return items.flatMap((item, index) => evidenceLines(describeEvidence(item), index));
    }
  }
}

/** Every answered step of this person's journey, in order, with each applicable field's answer. */
export function summarise(answers: Answers): AnswerSection[] {
  return visibleSteps(answers)
    .filter((step) => step.kind === 'questions')
    .map((step) => ({
      step,
      rows: step.fields
        .filter((fieldId) => fieldApplies(fieldId, answers))
        .map((fieldId) => ({ fieldId, label: fields[fieldId].label, lines: formatAnswer(fieldId, answers), ...notesFor(fieldId, answers) })),
    }));
}

/** Notes for the person checking their answers: what we noticed about each place of evidence. */
function notesFor(fieldId: FieldId, answers: Answers): { notes?: string[] } {
  if (fields[fieldId].kind !== 'evidence') return {};
  const notes = answers.evidence.flatMap((item, index) =>
    describeEvidence(item).hints.map((hint) => `Place ${index + 1}: ${hint}`),
  );
  return notes.length > 0 ? { notes } : {};
}
