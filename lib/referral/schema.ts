/**
 * The referral's validation, derived from the field definitions: one zod schema per step for
 * the browser's Continue button, and the whole referral's schema for the server. Both produce
 * the same GOV.UK-style messages for the same bad input, because both are built here.
 *
 * A field that doesn't apply (its condition is false, or its step is not in the journey) is
 * neither required nor kept: the whole-referral schema empties it, so nothing the person
 * typed and then stepped away from is stored or sent.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 *
 * Written with `zod/mini`, zod's tree-shakable build: the same validator and messages as the
 * full build at a fraction of its size, because this module is part of the form's first load on
 * a phone (the full build alone was 30 KiB gzip, half the form's JavaScript budget). Mini's
 * objects are also never compiled: the full build probes `new Function` when it builds one,
 * which our Content Security Policy refuses and Chromium reports as a CSP issue on the form
 * (e2e/security-headers.spec.ts records every CSP issue on /report).
 */
import * as z from 'zod/mini';
import { platformIds } from '@/lib/platforms/catalogue';
import { linksIn, screenEvidence } from '@/lib/platforms/recognise';
import { normalisePhone } from '@/lib/platforms/phone-numbers';
import { fields, steps, type Answers, type FieldId, type StepDefinition } from './definition';
import {
  cleanEvidenceText,
  cleanText,
  emptyAnswer,
  evidenceItemFields,
  type AnswerLookup,
  type ApproximateDate,
  type EvidenceItem,
  type FieldDefinition,
} from './fields';
import { isVisibleStep } from './journey';

const optionValues = (options: readonly { value: string }[]) => options.map((option) => option.value);

const tooLong = (name: string, max: number) => `${name} must be ${max} characters or fewer`;

/** Reads a raw value into shape before it is checked (mini's form of the full build's `preprocess`). */
const readAs = <T extends z.core.$ZodType>(read: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(read), schema);

const asString = (value: unknown) => (typeof value === 'string' ? value : '');

/** The one radio answer, or '' (not answered). A value not among the options is refused. */
const radioAnswer = (values: readonly string[], name: string) =>
  readAs(
    asString,
    z.string().check(z.refine((value) => value === '' || values.includes(value), `Select ${name.toLowerCase()} from the list`)),
  );

const checkboxAnswer = (values: readonly string[], name: string) =>
  readAs(
    (value) => [...new Set(Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [])],
    z
      .array(z.string())
      .check(z.refine((chosen) => chosen.every((value) => values.includes(value)), `Select ${name.toLowerCase()} from the list`)),
  );

/** `lengths: false` reads text whatever its length (see answerSchema). */
const textAnswer = (name: string, max: number, multiline: boolean, lengths = true) =>
  readAs((value) => cleanText(value, multiline), lengths ? z.string().check(z.maxLength(max, tooLong(name, max))) : z.string());

const datePart = readAs((value) => cleanText(value), z.string().check(z.maxLength(4)));

const dateAnswer = z.catch(z.object({ day: datePart, month: datePart, year: datePart }), { day: '', month: '', year: '' });

/** "2,000": numbers in messages as GOV.UK writes them. */
const count = (value: number) => value.toLocaleString('en-GB');

/**
 * What she is told when a pasted "where" is longer than the referral keeps (M2): how long it is,
 * and the link found in it to keep instead, so nothing is cut without her knowing.
 */
export function whereTooLong(entered: string): string {
  const { name, maxLength } = evidenceItemFields.where;
  const links = linksIn(entered, 3);
  const found =
    links.length === 0
      ? ' Paste just the link, username or phone number.'
      : ` Paste just the link${links.length > 1 ? 's' : ''} in it (${links.join(', ')}).`;
  return `${name} must be ${count(maxLength)} characters or fewer: what you entered is ${count(entered.length)}.${found} You can write anything else under “What happened”.`;
}

/** An evidence item's text, cleaned only of what can hide text (cleanEvidenceText), and bounded. */
const evidenceText = (name: string, max: number, multiline: boolean, lengths: boolean) =>
  readAs((value) => cleanEvidenceText(value, multiline), lengths ? z.string().check(z.maxLength(max, tooLong(name, max))) : z.string());

const whereAnswer = (lengths: boolean) =>
  readAs(
    (value) => cleanEvidenceText(value),
    lengths
      ? z.string().check(z.refine((value) => value.length <= evidenceItemFields.where.maxLength, { error: (issue) => whereTooLong(String(issue.input)) }))
      : z.string(),
  );

const evidenceItem = (lengths: boolean) =>
  z.object({
  platform: readAs(asString, z.union([z.literal(''), z.enum(platformIds)], { error: evidenceItemFields.platform.required })),
  where: whereAnswer(lengths),
  // The browser's date input sends yyyy-mm-dd; the real check is in checkEvidence.
  seenOn: readAs((value) => cleanText(value), z.string().check(z.maxLength(10, `${evidenceItemFields.seenOn.name} must be a real date`))),
  whatItShows: evidenceText(evidenceItemFields.whatItShows.name, evidenceItemFields.whatItShows.maxLength, true, lengths),
  reported: radioAnswer(optionValues(evidenceItemFields.reported.options), evidenceItemFields.reported.name) as z.ZodMiniType<
    EvidenceItem['reported']
  >,
  reportReference: evidenceText(evidenceItemFields.reportReference.name, evidenceItemFields.reportReference.maxLength, false, lengths),
  screenshotKept: radioAnswer(
    optionValues(evidenceItemFields.screenshotKept.options),
    evidenceItemFields.screenshotKept.name,
  ) as z.ZodMiniType<EvidenceItem['screenshotKept']>,
});

const isBlankItem = (item: unknown) =>
  typeof item !== 'object' ||
  item === null ||
  Object.values(item).every((value) => typeof value !== 'string' || cleanText(value) === '');

/**
 * The base type of each field's answer: its shape and length, not yet whether it is required.
 * `lengths: false` reads the shape only, for carrying answers between steps: a text that is too
 * long is kept, to be shown back with its error, rather than dropped.
 */
export function answerSchema(field: FieldDefinition, { lengths = true } = {}): z.ZodMiniType {
  // Built once per field and reading: every post reads every answer, and building a schema
  // costs more than using it.
  const built = answerSchemas.get(field) ?? { strict: buildAnswerSchema(field, true), lenient: buildAnswerSchema(field, false) };
  answerSchemas.set(field, built);
  return lengths ? built.strict : built.lenient;
}

const answerSchemas = new WeakMap<FieldDefinition, { strict: z.ZodMiniType; lenient: z.ZodMiniType }>();

function buildAnswerSchema(field: FieldDefinition, lengths: boolean): z.ZodMiniType {
  switch (field.kind) {
    case 'radios':
      return radioAnswer(optionValues(field.options), field.name);
    case 'checkboxes':
      return checkboxAnswer(optionValues(field.options), field.name);
    case 'text':
      return textAnswer(field.name, field.maxLength, false, lengths);
    case 'textarea':
      return textAnswer(field.name, field.maxLength, true, lengths);
    case 'date':
      return dateAnswer;
    case 'confirm':
      return readAs((value) => value === true || value === 'yes', z.boolean());
    case 'evidence':
      // Items left completely blank are dropped rather than reported as errors.
      return readAs(
        (value) => (Array.isArray(value) ? value.filter((item) => !isBlankItem(item)) : []),
        z
          .array(evidenceItem(lengths))
          // abort: a list over the bound stops the checks there, so the step's refinement never
          // looks up the platform of every item a hand-made request could add.
          .check(
            z.maxLength(field.maxItems, {
              error: `You can add up to ${field.maxItems} places. Add the rest in your own words under "What happened".`,
              abort: true,
            }),
          ),
      );
  }
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Checks an approximate date; returns a message, or null when it is fine (or left blank). */
export function approximateDateProblem(date: ApproximateDate, name: string, today: Date): string | null {
  const { day, month, year } = date;
  if (day === '' && month === '' && year === '') return null;
  if (year === '') return `${name} must include a year`;
  if (!/^\d{4}$/.test(year)) return 'Year must include 4 numbers';
  if (day !== '' && month === '') return `${name} must include a month`;
  if (month !== '' && !(/^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12)) return `${name} must be a real date`;
  if (day !== '') {
    const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (!/^\d{1,2}$/.test(day) || probe.getUTCDate() !== Number(day)) return `${name} must be a real date`;
  }
  if (Number(year) < 1900) return `${name} must be after 1900`;
  const earliest = new Date(Date.UTC(Number(year), month === '' ? 0 : Number(month) - 1, day === '' ? 1 : Number(day)));
  if (earliest.getTime() > today.getTime()) return `${name} must be today or in the past`;
  return null;
}

/** "12 March 2025", "March 2025", "2025", or "" when not given. */
export function formatApproximateDate({ day, month, year }: ApproximateDate): string {
  if (year === '') return '';
  const monthName = month === '' ? '' : monthNames[Number(month) - 1] ?? '';
  return [day === '' ? '' : String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

/** Whether a field applies given the answers: its step is in the journey and its condition holds. */
export function fieldApplies(fieldId: FieldId, answers: AnswerLookup): boolean {
  const field: FieldDefinition = fields[fieldId];
  return field.showIf ? field.showIf(answers) : true;
}

/** Adds the issues that depend on other answers: required fields, formats and evidence links. */
function checkFields(stepFields: readonly FieldId[], answers: AnswerLookup, ctx: z.core.$RefinementCtx, today: Date) {
  for (const fieldId of stepFields) {
    if (!fieldApplies(fieldId, answers)) continue;
    const field: FieldDefinition = fields[fieldId];
    const value = answers[fieldId];
    const empty =
      value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (field.required) ctx.addIssue({ code: 'custom', path: [fieldId], message: field.required });
      continue;
    }
    if (field.kind === 'text' && field.format === 'email' && typeof value === 'string' && !isEmailAddress(value)) {
      ctx.addIssue({ code: 'custom', path: [fieldId], message: 'Enter an email address in the correct format, like name@example.com' });
    }
    if (field.kind === 'text' && field.format === 'phone' && typeof value === 'string' && !normalisePhone(value).ok) {
      ctx.addIssue({ code: 'custom', path: [fieldId], message: 'Enter a phone number, like 07700 900 982 or +44 7700 900 982' });
    }
    if (field.kind === 'date') {
      const problem = approximateDateProblem(value as ApproximateDate, field.name, today);
      if (problem) ctx.addIssue({ code: 'custom', path: [fieldId, 'year'], message: problem });
    }
    if (field.kind === 'evidence') checkEvidence(value as EvidenceItem[], fieldId, ctx, today);
  }
}

function checkEvidence(items: readonly EvidenceItem[], fieldId: FieldId, ctx: z.core.$RefinementCtx, today: Date) {
  items.forEach((item, index) => {
    if (item.platform === '') {
      ctx.addIssue({ code: 'custom', path: [fieldId, index, 'platform'], message: evidenceItemFields.platform.required });
    } else if (item.where !== '') {
      // Only what is not evidence or is dangerous is refused; anything else is kept as entered,
      // with what was recognised beside it (format.ts), whether or not it matches the platform.
      const screened = screenEvidence(item.where);
      if (!screened.ok) ctx.addIssue({ code: 'custom', path: [fieldId, index, 'where'], message: screened.message });
    }
    if (item.seenOn !== '') {
      const [year = '', month = '', day = ''] = item.seenOn.split('-');
      const problem = /^\d{4}-\d{2}-\d{2}$/.test(item.seenOn)
        ? approximateDateProblem({ day, month, year }, evidenceItemFields.seenOn.name, today)
        : `${evidenceItemFields.seenOn.name} must be a real date`;
      if (problem) ctx.addIssue({ code: 'custom', path: [fieldId, index, 'seenOn'], message: problem });
    }
  });
}

/** A deliberately plain check: one @, no spaces, a dot in the domain. Delivery is the real test. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

const shapeOf = (fieldIds: readonly FieldId[]) =>
  Object.fromEntries(fieldIds.map((fieldId) => [fieldId, answerSchema(fields[fieldId])])) as Record<FieldId, z.ZodMiniType>;

/**
 * The schema of one step, for the Continue button: its fields' shapes, then what is required
 * given the answers to earlier steps (`earlier`) and this step's own answers.
 */
export function stepSchema(step: StepDefinition, earlier: AnswerLookup, today = new Date()) {
  return z.object(shapeOf(step.fields)).check(
    z.superRefine((values, ctx) => {
      checkFields(step.fields, { ...earlier, ...values }, ctx, today);
    }),
  );
}

const allFieldIds = Object.keys(fields) as FieldId[];

/**
 * The schema of the whole referral, for the server: every step in the journey must be valid,
 * the journey must not have stopped (under 18), consent must be given, and every field that
 * does not apply comes out empty.
 */
export function referralSchema(today = new Date()) {
  const checked = z.object(shapeOf(allFieldIds)).check(
    z.superRefine((answers, ctx) => {
      for (const step of steps as readonly StepDefinition[]) {
        if (!isVisibleStep(step, answers)) continue;
        if (step.kind === 'stop') {
          ctx.addIssue({ code: 'custom', path: [], message: 'This referral cannot be sent' });
          return;
        }
        checkFields(step.fields, answers, ctx, today);
      }
    }),
  );
  return z.pipe(checked, z.transform((answers) => keepApplicable(answers as Answers)));
}

/** The answers with every field that doesn't apply set back to empty. */
export function keepApplicable(answers: Answers): Answers {
  const kept = { ...answers } as Record<FieldId, unknown>;
  for (const step of steps as readonly StepDefinition[]) {
    const stepApplies = isVisibleStep(step, answers);
    for (const fieldId of step.fields) {
      if (!stepApplies || !fieldApplies(fieldId, answers)) kept[fieldId] = emptyAnswer(fields[fieldId]);
    }
  }
  return kept as Answers;
}

/** A validation problem, keyed by the field's form name (e.g. "evidence.0.where"). */
export type FieldError = { name: string; message: string };

/** Turns zod issues into field errors, one per field, in the order the page shows the fields. */
export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  const seen = new Set<string>();
  const found: FieldError[] = [];
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.');
    if (seen.has(name)) continue;
    seen.add(name);
    found.push({ name, message: issue.message });
  }
  return found.sort((a, b) => fieldPosition(a.name) - fieldPosition(b.name));
}

const itemFieldOrder = Object.keys(evidenceItemFields);

function fieldPosition(name: string): number {
  const [fieldId = '', index, part] = name.split('.');
  const fieldIndex = allFieldIds.indexOf(fieldId as FieldId);
  if (index === undefined || !/^\d+$/.test(index)) return fieldIndex * 10_000;
  return fieldIndex * 10_000 + Number(index) * 100 + Math.max(0, itemFieldOrder.indexOf(part ?? ''));
}
