/**
 * The questions of "Which law applies to me?", as data: each question's legend, hint, options
 * and error message, and the state the form shows. No zod here: the form component renders
 * these in the browser, and the checks (which-law-form.ts) run on the server only.
 *
 * Pure: no clock, no environment.
 */
import type { Nation } from '@/lib/nations';
import {
  EW_2015_OFFENCE_STARTS,
  EW_2024_OFFENCES_START,
  NI_ACT_PASSED,
  NI_THREATS_CERTAINLY_COVERED,
  SCOTLAND_OFFENCE_STARTS,
  dayBefore,
  formatDate,
} from './law-dates';
import type { Jurisdiction, PeriodKind, WhichLawResult } from './which-law-types';
import { whereItHappened } from './where-it-happened';

export type WhichLawFieldName = 'nation' | 'when' | 'what' | 'image' | 'under18';

export type Option = {
  value: string;
  label: string;
  hint?: string;
  /** A period of time that follows one place's changes in the law: offered for that place only. */
  jurisdiction?: Jurisdiction;
};

/** Which law a place has: England and Wales share one; outside the UK has none here. */
export const jurisdictionOf: Record<Nation, Jurisdiction | null> = {
  england: 'england-and-wales',
  wales: 'england-and-wales',
  scotland: 'scotland',
  'northern-ireland': 'northern-ireland',
  elsewhere: null,
};

/** The places as a period's label and its error message name them. */
export const periodPlace: Record<Jurisdiction, string> = {
  'england-and-wales': 'England or Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

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

const before = (date: string) => `before ${formatDate(date)}`;
const between = (from: string, next: string) => `between ${formatDate(from)} and ${formatDate(dayBefore(next))}`;
const onOrAfter = (date: string) => `on or after ${formatDate(date)}`;

/**
 * The periods between the changes in each place's law, so a person who does not know the date
 * can still get an answer. Each is labelled with its place, so the list reads right without
 * JavaScript, where every place's periods are shown; with it, the form shows only the chosen place's.
 */
type PeriodOption = Option & { value: PeriodKind; jurisdiction: Jurisdiction };

const periods: PeriodOption[] = [
  { value: 'before-april-2015', jurisdiction: 'england-and-wales', label: before(EW_2015_OFFENCE_STARTS) },
  {
    value: 'april-2015-to-january-2024',
    jurisdiction: 'england-and-wales',
    label: between(EW_2015_OFFENCE_STARTS, EW_2024_OFFENCES_START),
  },
  { value: 'since-31-january-2024', jurisdiction: 'england-and-wales', label: onOrAfter(EW_2024_OFFENCES_START) },
  { value: 'scotland-before-july-2017', jurisdiction: 'scotland', label: before(SCOTLAND_OFFENCE_STARTS) },
  { value: 'scotland-since-july-2017', jurisdiction: 'scotland', label: onOrAfter(SCOTLAND_OFFENCE_STARTS) },
  { value: 'ni-before-may-2016', jurisdiction: 'northern-ireland', label: before(NI_ACT_PASSED) },
  {
    value: 'ni-may-2016-to-november-2023',
    jurisdiction: 'northern-ireland',
    label: between(NI_ACT_PASSED, NI_THREATS_CERTAINLY_COVERED),
  },
  { value: 'ni-since-november-2023', jurisdiction: 'northern-ireland', label: onOrAfter(NI_THREATS_CERTAINLY_COVERED) },
];
export const periodOptions: readonly PeriodOption[] = periods.map((option) => ({
  ...option,
  label: `In ${periodPlace[option.jurisdiction]}, ${option.label}`,
}));

/** The message when the period chosen is another place's. */
export const periodForAnotherPlace = (jurisdiction: Jurisdiction) =>
  `Select a time for ${periodPlace[jurisdiction]}, or enter the date`;

export const whichLawFields: readonly WhichLawFieldDefinition[] = [
  {
    name: 'nation',
    legend: whereItHappened.legend,
    // The tool can be run again for each place; the referral asks once, so this sentence is the tool's own.
    hint: `${whereItHappened.hint} If more than one part of the UK is involved, more than one law may apply: answer for each, and ask for advice.`,
    options: whereItHappened.options,
    required: whereItHappened.required,
  },
  {
    name: 'when',
    legend: 'When did it happen?',
    hint: 'The law depends on when it happened, not on when you found out. Each time it happened is judged by the law on that day: if it happened more than once, answer once for each date, or choose a period for the place where it happened.',
    options: [{ value: whenOptions.date, label: 'I know the date' }, ...periodOptions, { value: whenOptions.notSure, label: 'I’m not sure' }],
    required: 'Select when it happened',
  },
  {
    name: 'what',
    legend: 'What happened?',
    options: [
      { value: 'shared', label: 'They shared the image, or showed it to someone' },
      { value: 'threatened', label: 'They threatened to share it' },
      { value: 'both', label: 'They shared it and threatened to share it' },
      {
        value: 'taken',
        label: 'They took or recorded an intimate image of me without my consent',
        hint: 'For example filming you secretly, or taking a picture up your skirt.',
      },
      {
        value: 'created',
        label: 'They made a fake intimate image of me, or asked someone to make one',
        hint: 'For example with an app or AI (sometimes called a deepfake).',
      },
    ],
    required: 'Select what happened',
  },
  {
    name: 'image',
    legend: 'Is the image real, edited or fake?',
    options: [
      { value: 'real', label: 'It is real' },
      {
        value: 'real-edited',
        label: 'It is a real intimate image that was edited',
        hint: 'For example cropped, filtered, or with words added.',
      },
      {
        value: 'fake',
        label: 'It is fake',
        hint: 'Made to look like me, for example with an app or AI, or by putting my face on someone else’s body.',
      },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
    required: 'Select whether the image is real, edited or fake',
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
