/**
 * The "which law applies?" answer for a referral, from what the person told the form: where it
 * happened, what happened, their age, and when they found out. The
 * referral asks when they found out, not when it happened, so the date is only a guide (the
 * sharing or threat may be earlier); the case page says so. Only an exact date, or a month that
 * falls wholly inside one of the periods the law changed between, is used; otherwise the answer
 * covers every period.
 *
 * Where it happened, or where they saw or received it, decides which UK law applies, not where
 * they live. The form has asked that since 8 December 2026 (with "I don't know"); before, it asked
 * only where they lived, so a referral stored then is answered from that, and the case page says
 * so. Every summary says what it was based on.
 *
 * The form does not say whether the images are real, edited or fake, so that is left open.
 *
 * Pure: no Node, database or environment imports.
 */
import { EW_2015_OFFENCE_STARTS, EW_2024_OFFENCES_START, formatDate } from '@/lib/law/law-dates';
import { nations, whichLaw, type Nation, type WhenAnswer, type WhichLawQuestion, type WhichLawResult } from '@/lib/law/which-law';
import { nationLabels } from '@/lib/nations';
import type { Answers } from '@/lib/referral/definition';

/** The day the form started asking where it happened: referrals stored before it say only where they live. */
export const WHERE_IT_HAPPENED_ASKED_FROM = '2026-12-08';

/** What the nation in the answer rests on. */
export type WhichLawBasis = 'where-it-happened' | 'where-they-live' | 'not-known';

/** The place the answer is worked out for, and what that place is. */
export type WhichLawPlace = { basis: 'where-it-happened' | 'where-they-live'; nation: Nation } | { basis: 'not-known' };

/**
 * The place to work the law out for: where it happened; for a referral stored before the form
 * asked that (the answer is empty), where they live, which was all it asked; not known when they
 * said "I don't know" (or, before, gave no nation at all).
 */
export function whichLawPlaceFor(answers: Answers): WhichLawPlace {
  const happened = nations.find((known) => known === answers.whereItHappened);
  if (happened) return { basis: 'where-it-happened', nation: happened };
  const lives = answers.whereItHappened === '' ? nations.find((known) => known === answers.nation) : undefined;
  return lives ? { basis: 'where-they-live', nation: lives } : { basis: 'not-known' };
}

/** What the case page says the answer rests on, for each basis. */
export function basedOnFor(place: WhichLawPlace): string {
  switch (place.basis) {
    case 'where-it-happened':
      return `Based on where it happened, or where they saw or received it: ${nationLabels[place.nation]}.`;
    case 'where-they-live':
      return (
        `Based on where they live (asked before ${formatDate(WHERE_IT_HAPPENED_ASKED_FROM)}): ${nationLabels[place.nation]}. ` +
        'The law depends on where the sharing or threat happened, or where they saw or received it, not where they live: if that was somewhere else, this answer may not apply, so ask them.'
      );
    case 'not-known':
      return (
        'The nation is not known: they said they do not know where it happened, so no answer is worked out here. ' +
        'The law is different in England and Wales, in Scotland and in Northern Ireland. Ask where the sharing or threat happened, or where they saw or received it, and work the answer out with them.'
      );
  }
}

/** The case page's "which law may apply": what it rests on and, when the place is known, the answer. */
export type WhichLawSummary = {
  basis: WhichLawBasis;
  basedOn: string;
  /** The answer; undefined when the place is not known. */
  result: WhichLawResult | undefined;
};

const pad = (value: string) => value.padStart(2, '0');

function whenFrom({ day, month, year }: Answers['foundOut']): WhenAnswer {
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month)) return { kind: 'not-sure' };
  const monthStart = `${year}-${pad(month)}-01`;
  if (/^\d{1,2}$/.test(day)) return { kind: 'date', date: `${year}-${pad(month)}-${pad(day)}` };
  const monthEnd = `${year}-${pad(month)}-31`; // compared as text: any later day of the month sorts before "-31"
  if (monthEnd < EW_2015_OFFENCE_STARTS) return { kind: 'before-april-2015' };
  if (monthStart >= EW_2024_OFFENCES_START) return { kind: 'since-31-january-2024' };
  if (monthStart >= EW_2015_OFFENCE_STARTS && monthEnd < EW_2024_OFFENCES_START) return { kind: 'april-2015-to-january-2024' };
  return { kind: 'not-sure' };
}

/** The question as the referral answers it, or undefined when it does not say what happened, or where. */
export function whichLawQuestionFor(answers: Answers): WhichLawQuestion | undefined {
  const shared = answers.whatHappened.includes('shared');
  const threatened = answers.whatHappened.includes('threatened');
  const place = whichLawPlaceFor(answers);
  if ((!shared && !threatened) || place.basis === 'not-known') return undefined;
  return {
    nation: place.nation,
    when: whenFrom(answers.foundOut),
    what: shared && threatened ? 'both' : shared ? 'shared' : 'threatened',
    // The form asks whether the images are "fake or have been altered" in one answer, which does
    // not tell a fake from an edited real image (the law treats them differently), nor says an
    // image is real when not chosen: so the answer covers every kind.
    image: 'not-sure',
    under18: answers.personAge === 'under-18' ? 'yes' : answers.personAge === 'adult' ? 'no' : 'not-sure',
  };
}

/** The answer alone, or undefined when the referral does not say enough. */
export function whichLawFor(answers: Answers): WhichLawResult | undefined {
  const question = whichLawQuestionFor(answers);
  return question && whichLaw(question);
}

/**
 * The case page's summary, or undefined when the referral does not say something was shared or
 * threatened (the law this answers is about those). With the place not known it still says so,
 * and what that means, rather than leaving the caseworker to guess.
 */
export function whichLawSummaryFor(answers: Answers): WhichLawSummary | undefined {
  if (!answers.whatHappened.includes('shared') && !answers.whatHappened.includes('threatened')) return undefined;
  const place = whichLawPlaceFor(answers);
  return { basis: place.basis, basedOn: basedOnFor(place), result: whichLawFor(answers) };
}
