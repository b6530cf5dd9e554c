/**
 * How every answer reads to a person: the one formatter behind the check-answers page and the
 * referral email (human v1), so the victim and the support worker see the same words.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */
import { platformNames } from '@/lib/platforms/catalogue';
import { recognise } from '@/lib/platforms/recognise';
import { normalisePhone } from '@/lib/platforms/recognisers/shared';
import { fields, type Answers, type FieldId, type StepDefinition } from './definition';
import { evidenceItemFields, type ApproximateDate, type EvidenceItem, type FieldDefinition, type Option } from './fields';
import { visibleSteps } from './journey';
import { fieldApplies, formatApproximateDate } from './schema';

export const notGiven = 'Not given';

/** One answer as it is shown: the question and one or more lines of answer. */
export type AnswerRow = { fieldId: FieldId; label: string; lines: string[] };

/** The answers of one step. */
export type AnswerSection = { step: StepDefinition; rows: AnswerRow[] };

/** One evidence item in words, with its link only as text: it may open an intimate image. */
export type EvidenceDescription = {
  platform: string;
  /** The canonical link or identifier when recognised, else what the person typed. */
  where: string;
  /** What the recogniser made of it, e.g. "Instagram post", or "" when not recognised. */
  kind: string;
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
  let where = item.where;
  let kind = '';
  if (item.platform !== '' && item.where !== '') {
    const recognition = recognise(item.platform, item.where);
    if (recognition.ok) {
      where = recognition.kind === 'phone-number' ? recognition.id : (recognition.canonicalUrl ?? recognition.id);
      kind = `${platform} ${recognition.kind.replace('-', ' ')}`;
    }
  }
  const reported =
    item.reported === ''
      ? notGiven
      : labelOf(evidenceItemFields.reported.options, item.reported) +
        (item.reported === 'yes' && item.reportReference !== '' ? `, reference ${item.reportReference}` : '');
  return {
    platform,
    where: where || notGiven,
    kind,
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
    `Where: ${described.where}`,
    `Seen: ${described.seenOn}`,
    `What it shows: ${described.whatItShows}`,
    `Reported to the platform: ${described.reported}`,
    `Screenshot kept: ${described.screenshotKept}`,
  ];
}

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
        .map((fieldId) => ({ fieldId, label: fields[fieldId].label, lines: formatAnswer(fieldId, answers) })),
    }));
}
