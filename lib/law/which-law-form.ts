/**
 * The questions of "Which law applies to me?", defined once: each question's legend, hint,
 * options and error message, and the zod check that turns what a form posted into a
 * WhichLawQuestion. The form component renders these definitions and the server action
 * validates with them, so wording a question or adding an option is one edit here.
 *
 * Pure: no clock, no environment. The caller passes today's date for the "not in the future"
 * check.
 */
import { z } from 'zod';
import { nationOptions } from '@/lib/nations';
import {
  type WhichLawResult,
  EW_2015_OFFENCE_STARTS,
  EW_2024_OFFENCES_START,
  formatDate,
  nations,
  type IsoDate,
  type WhichLawQuestion,
} from './which-law';

export type WhichLawFieldName = 'nation' | 'when' | 'what' | 'image' | 'under18';

export type Option = { value: string; label: string; hint?: string };

export type WhichLawFieldDefinition = {
  name: WhichLawFieldName;
  legend: string;
  hint?: string;
  options: readonly Option[];
  /** The GOV.UK-style message when nothing is selected. */
  required: string;
};

export const whenOptions = {
  date: 'date',
  beforeApril2015: 'before-april-2015',
  between: 'april-2015-to-january-2024',
  since2024: 'since-31-january-2024',
  notSure: 'not-sure',
} as const;

export const whichLawFields: readonly WhichLawFieldDefinition[] = [
  {
    name: 'nation',
    legend: 'Where did it happen?',
    hint: 'Choose where you were living when it happened. If it happened in more than one place, choose the one that matters most to you.',
    options: nationOptions,
    required: 'Select where it happened',
  },
  {
    name: 'when',
    legend: 'When was the image shared, or the threat made?',
    hint: 'The law depends on when it happened, not on when you found out. If it happened more than once, answer for the time that worries you most.',
    options: [
      { value: whenOptions.date, label: 'I know the date' },
      { value: whenOptions.beforeApril2015, label: `Before ${formatDate(EW_2015_OFFENCE_STARTS)}` },
      {
        value: whenOptions.between,
        label: `Between ${formatDate(EW_2015_OFFENCE_STARTS)} and ${formatDate('2024-01-30')}`,
      },
      { value: whenOptions.since2024, label: `On or after ${formatDate(EW_2024_OFFENCES_START)}` },
      { value: whenOptions.notSure, label: 'I’m not sure' },
    ],
    required: 'Select when it happened',
  },
  {
    name: 'what',
    legend: 'What happened?',
    options: [
      { value: 'shared', label: 'They shared the image, or showed it to someone' },
      { value: 'threatened', label: 'They threatened to share it' },
      { value: 'both', label: 'Both' },
    ],
    required: 'Select what happened',
  },
  {
    name: 'image',
    legend: 'Is the image real, or is it fake or altered?',
    hint: 'A fake or altered image includes one made or changed with an app or AI (sometimes called a deepfake).',
    options: [
      { value: 'real', label: 'It is real' },
      { value: 'fake-or-altered', label: 'It is fake or altered' },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
    required: 'Select whether the image is real, fake or altered',
  },
  {
    name: 'under18',
    legend: 'Was the person in the image under 18 when it was taken?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
    required: 'Select whether the person in the image was under 18',
  },
];

/** The three boxes of the date question, in the order they appear. */
export const dateParts = [
  { name: 'when-day', label: 'Day', missing: 'The date must include a day' },
  { name: 'when-month', label: 'Month', missing: 'The date must include a month' },
  { name: 'when-year', label: 'Year', missing: 'The date must include a year' },
] as const;

export const dateMessages = {
  legend: 'Date it happened',
  hint: 'For example, 27 3 2016',
  empty: 'Enter the date it happened',
  notReal: 'The date must be a real date',
  future: 'The date must be today or in the past',
} as const;

/** Every name the form posts. Anything else in a submission is ignored. */
export const formFieldNames = [...whichLawFields.map((field) => field.name), ...dateParts.map((part) => part.name)];

/** What the person entered, kept as text so the form can show it again after an error. */
export type WhichLawValues = Partial<Record<(typeof formFieldNames)[number], string>>;

/** One problem, with the id of the input the error summary should link to. */
export type FieldError = { field: string; message: string };

export type ParseResult = { ok: true; question: WhichLawQuestion } | { ok: false; errors: FieldError[] };

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const optionValues = (name: WhichLawFieldName) =>
  whichLawFields.find((field) => field.name === name)!.options.map((option) => option.value) as [string, ...string[]];

const requiredOf = (name: WhichLawFieldName) => whichLawFields.find((field) => field.name === name)!.required;

const schema = z.object({
  nation: choice(nations, requiredOf('nation')),
  when: choice(optionValues('when'), requiredOf('when')),
  what: choice(['shared', 'threatened', 'both'] as const, requiredOf('what')),
  image: choice(['real', 'fake-or-altered', 'not-sure'] as const, requiredOf('image')),
  under18: choice(['yes', 'no', 'not-sure'] as const, requiredOf('under18')),
});

/** Reads the date boxes: a YYYY-MM-DD date, or the error and the box to link it to. */
function parseDate(values: WhichLawValues, today: IsoDate): { date: IsoDate } | FieldError {
  const parts = dateParts.map((part) => (values[part.name] ?? '').trim());
  if (parts.every((part) => part === '')) return { field: 'when-day', message: dateMessages.empty };
  const missing = dateParts.find((_, index) => parts[index] === '');
  if (missing) return { field: missing.name, message: missing.missing };
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if (![day, month, year].every(Number.isInteger) || !/^\d{4}$/.test(parts[2]!) || year < 1900) {
    return { field: 'when-day', message: dateMessages.notReal };
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) {
    return { field: 'when-day', message: dateMessages.notReal };
  }
  if (date > today) return { field: 'when-day', message: dateMessages.future };
  return { date };
}

/**
 * Checks what the form posted. Errors come back in the order the questions appear, each
 * linked to the input it is about, so the error summary reads top to bottom.
 */
export function parseWhichLawForm(values: WhichLawValues, today: IsoDate): ParseResult {
  const result = schema.safeParse(values);
  const errors: FieldError[] = [];
  for (const field of whichLawFields) {
    const issue = result.success ? undefined : result.error.issues.find((i) => i.path[0] === field.name);
    if (issue) errors.push({ field: field.name, message: field.required });
    if (field.name === 'when' && values.when === whenOptions.date) {
      const parsed = parseDate(values, today);
      if ('message' in parsed) errors.push(parsed);
    }
  }
  if (!result.success || errors.length > 0) return { ok: false, errors };

  const { when, ...rest } = result.data;
  const parsedDate = when === whenOptions.date ? parseDate(values, today) : null;
  return {
    ok: true,
    question: {
      ...rest,
      when:
        parsedDate && 'date' in parsedDate
          ? { kind: 'date', date: parsedDate.date }
          : { kind: when as Exclude<WhichLawQuestion['when']['kind'], 'date'> },
    },
  };
}

/** Picks the form's own fields out of a submission, as text. */
export function valuesFromFormData(formData: { get(name: string): unknown }): WhichLawValues {
  const values: WhichLawValues = {};
  for (const name of formFieldNames) {
    const value = formData.get(name);
    if (typeof value === 'string') values[name as keyof WhichLawValues] = value.slice(0, 100);
  }
  return values;
}

/** The answers in words, for the "Your answers" list under the result. */
export function describeAnswers(values: WhichLawValues): { question: string; answer: string }[] {
  return whichLawFields.map((field) => {
    const option = field.options.find((o) => o.value === values[field.name]);
    let answer = option?.label ?? '';
    if (field.name === 'when' && values.when === whenOptions.date) {
      const parsed = parseDate(values, '9999-12-31');
      answer = 'date' in parsed ? formatDate(parsed.date) : '';
    }
    return { question: field.legend, answer };
  });
}

/**
 * What the form shows after each submission, returned by the server action. `submission`
 * counts submissions so the form can start afresh with the answers just given.
 */
export type WhichLawState =
  | { status: 'start'; submission: 0 }
  | { status: 'invalid'; submission: number; values: WhichLawValues; errors: FieldError[] }
  | {
      status: 'answered';
      submission: number;
      values: WhichLawValues;
      answers: { question: string; answer: string }[];
      result: WhichLawResult;
    };

export const initialWhichLawState: WhichLawState = { status: 'start', submission: 0 };
