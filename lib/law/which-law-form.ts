/**
 * The questions of "Which law applies to me?", defined once: each question's legend, hint,
 * options and error message, and the zod check that turns what a form posted into a
 * WhichLawQuestion. The questions themselves live in which-law-questions.ts, free of zod, so the form
 * component can render them without shipping the checks to the browser.
 *
 * Pure: no clock, no environment. The caller passes today's date for the "not in the future"
 * check.
 */
import { z } from 'zod';
import {
  dateMessages,
  dateParts,
  formFieldNames,
  jurisdictionOf,
  periodForAnotherPlace,
  periodOptions,
  whenOptions,
  whichLawFields,
  initialWhichLawState,
  type FieldError,
  type WhichLawFieldName,
  type WhichLawValues,
  type WhichLawState,
} from './which-law-questions';
import {
  formatDate,
  nations,
  type IsoDate,
  type WhichLawQuestion,
} from './which-law';

export type ParseResult = { ok: true; question: WhichLawQuestion } | { ok: false; errors: FieldError[] };

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const optionValues = (name: WhichLawFieldName) =>
  whichLawFields.find((field) => field.name === name)!.options.map((option) => option.value) as [string, ...string[]];

const requiredOf = (name: WhichLawFieldName) => whichLawFields.find((field) => field.name === name)!.required;

const schema = z.object({
  nation: choice(nations, requiredOf('nation')),
  when: choice(optionValues('when'), requiredOf('when')),
  what: choice(['shared', 'threatened', 'both', 'taken', 'created'] as const, requiredOf('what')),
  image: choice(['real', 'real-edited', 'fake', 'not-sure'] as const, requiredOf('image')),
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
    // A period follows one place's changes in the law: another place's would give a wrong answer.
    const period = periodOptions.find((option) => option.value === values.when);
    const place = result.success ? jurisdictionOf[result.data.nation] : null;
    if (field.name === 'when' && period && place && period.jurisdiction !== place) {
      errors.push({ field: 'when', message: periodForAnotherPlace(place) });
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


export { whichLawFields, initialWhichLawState, type WhichLawState, type WhichLawValues, type FieldError };
