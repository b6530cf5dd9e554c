/**
 * What the offence modules (offences-*.ts) are written with: a timeline per act, built from the
 * dates the law changed, each stretch holding the rule that says what the law said then, given
 * whether the image was real and whether the person in it was under 18. The notes shared by every
 * jurisdiction live here too.
 *
 * Pure: no dates are read from the clock and nothing is read from the environment.
 */
import { fact, hedgeFor, type FactId } from './facts';
import { dayBefore, type IsoDate } from './law-dates';
import type { Finding, ImageKind, Penalty, WhichLawQuestion } from './which-law-types';

/** A maximum sentence from the facts module, with its hedge when it is not verified. */
export function penalty(id: FactId): Penalty {
  return { text: fact(id), hedge: hedgeFor(id) };
}

/** What a segment of a timeline says, before it is labelled with its dates. */
export type Rule = Omit<Finding, 'act' | 'period'>;

export type Answers = Pick<WhichLawQuestion, 'image' | 'under18'>;

/** One stretch of a timeline: from and to are inclusive, null is open-ended. */
export type Segment = { from: IsoDate | null; to: IsoDate | null; rule: (answers: Answers) => Rule };

/** A timeline for one act in one jurisdiction, from its earliest change to now, in order. */
export type Timeline = readonly Segment[];

/** Builds contiguous segments from the dates the law changed. */
export function timeline(...steps: { from: IsoDate | null; rule: (answers: Answers) => Rule }[]): Timeline {
  return steps.map((step, index) => {
    const next = steps[index + 1];
    return { from: step.from, to: next?.from ? dayBefore(next.from) : null, rule: step.rule };
  });
}

// Named examples only for England and Wales, whose other offences our sources cover; Scotland
// and Northern Ireland have their own, which this guide does not yet describe.
export const OTHER_CRIMES_NOTE =
  'Other crimes may still have applied, such as harassment, sending threatening or offensive messages, or blackmail if they made demands.';
export const OTHER_CRIMES_ELSEWHERE_NOTE =
  'Other crimes may still have applied. The police or a solicitor can tell you which.';

export const noSpecificOffence = (what: string, otherCrimes = OTHER_CRIMES_NOTE): Rule => ({
  status: 'no-specific-offence',
  offence: null,
  required: [],
  maximumPenalty: null,
  notes: [`There was no specific crime of ${what} at this time.`, otherCrimes],
});

export const appearsToShowNote = (image: ImageKind) =>
  image !== 'real' ? ['Images that appear to show you, including fakes and edited images, are covered.'] : [];

/** Taking and faking outside England and Wales: other laws, which this guide does not describe yet. */
export const notDescribedHere = (what: string, place: string): Timeline =>
  timeline({
    from: null,
    rule: () => ({
      status: 'not-confirmed',
      offence: null,
      required: [],
      maximumPenalty: null,
      notes: [`This guide does not yet describe the law in ${place} on ${what}.`, OTHER_CRIMES_ELSEWHERE_NOTE],
    }),
  });
