/**
 * The "which law applies?" answer for a referral, from what the person told the form: their
 * nation, what happened, their age, and when they found out. The
 * referral asks when they found out, not when it happened, so the date is only a guide (the
 * sharing or threat may be earlier); the case page says so. Only an exact date, or a month that
 * falls wholly inside one of the periods the law changed between, is used; otherwise the answer
 * covers every period.
 *
 * The form does not say whether the images are real, edited or fake, so that is left open.
 *
 * Pure: no Node, database or environment imports.
 */
import { EW_2015_OFFENCE_STARTS, EW_2024_OFFENCES_START } from '@/lib/law/law-dates';
import { nations, whichLaw, type WhenAnswer, type WhichLawQuestion, type WhichLawResult } from '@/lib/law/which-law';
import type { Answers } from '@/lib/referral/definition';

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

/** The question as the referral answers it, or undefined when it does not say what happened. */
export function whichLawQuestionFor(answers: Answers): WhichLawQuestion | undefined {
  const shared = answers.whatHappened.includes('shared');
  const threatened = answers.whatHappened.includes('threatened');
  const nation = nations.find((known) => known === answers.nation);
  if ((!shared && !threatened) || !nation) return undefined;
  return {
    nation,
    when: whenFrom(answers.foundOut),
    what: shared && threatened ? 'both' : shared ? 'shared' : 'threatened',
    // The form asks whether the images are "fake or have been altered" in one answer, which does
    // not tell a fake from an edited real image (the law treats them differently), nor says an
    // image is real when not chosen: so the answer covers every kind.
    image: 'not-sure',
    under18: answers.personAge === 'under-18' ? 'yes' : answers.personAge === 'adult' ? 'no' : 'not-sure',
  };
}

/** The answer for the case page, or undefined when the referral does not say enough. */
export function whichLawFor(answers: Answers): WhichLawResult | undefined {
  const question = whichLawQuestionFor(answers);
  return question && whichLaw(question);
}
