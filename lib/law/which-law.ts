/**
 * "Which law applies to me?": given where and when something happened, what happened (an image
 * shared, a threat to share it, an image taken or recorded, a fake made or asked for), whether
 * the image was real, edited or fake, and whether the person in it was under 18, says which
 * offence applied then, what had to be proved, the maximum sentence where we know it, the
 * caveats, the helplines for that nation and which guidance pages to read.
 *
 * Pure: no dates are read from the clock and nothing is read from the environment, so the
 * answer for a given set of answers never changes and every boundary can be tested. Dates are
 * calendar dates written YYYY-MM-DD and compared as strings, never as local times, so a
 * server in another time zone cannot move a case across a boundary.
 *
 * Every dated or numbered fact comes from ./facts.ts. A fact that is only reported carries its
 * hedge into the answer; one we could not verify is never the basis of a plain "yes".
 *
 * This module is the reasoning: from the question to the stretches of law it touches. What
 * each jurisdiction's law said is data in offences-*.ts (built with offence-timelines.ts); the
 * words of the answer around it are in which-law-wording.ts.
 */
import { nations, type Nation } from '@/lib/nations';
import {
  dayBefore,
  EW_2015_OFFENCE_STARTS,
  EW_2024_OFFENCES_START,
  NI_ACT_PASSED,
  NI_THREATS_CERTAINLY_COVERED,
  SCOTLAND_OFFENCE_STARTS,
  type IsoDate,
} from './law-dates';
import type { Segment, Answers, Timeline } from './offence-timelines';
import { englandAndWales } from './offences-england-and-wales';
import { northernIreland } from './offences-northern-ireland';
import { scotland } from './offences-scotland';
import type { LawPageSlug } from './pages';
import type { Act, Finding, Jurisdiction, WhatHappened, WhenAnswer, WhichLawOutcome, WhichLawQuestion, WhichLawResult } from './which-law-types';
import { jurisdictionOf } from './which-law-questions';
import { adviceSources, guidesFor, sourcesForFinding, under18Sources, uniqueSources } from './which-law-sources';
import {
  headlineFor,
  helplinesForAnswer,
  OFFENDER_ABROAD_CAVEAT,
  readMoreFor,
  removalAdvice,
  REPEATED_CAVEAT,
  segmentLabel,
  under18Caveats,
  UNDER_18_HEADLINE,
} from './which-law-wording';

// The dates and their wording are part of this module's answer, so callers may import them here,
// and the question's and answer's types with them.
export * from './law-dates';
export type * from './which-law-types';

export { nations, type Nation };

const timelines: Record<Jurisdiction, Record<Act, Timeline>> = {
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
};


/** In England and Wales, the page that says when the first law on each act began. */
const firstLawPage: Record<Act, LawPageSlug> = {
  shared: 'the-2015-offence',
  threatened: 'the-2015-offence',
  taken: 'related-offences',
  created: 'england-and-wales',
};

/** The stretch of time an answer to "when?" covers, inclusive; null is open-ended. */
export function rangeOf(when: WhenAnswer): { from: IsoDate | null; to: IsoDate | null } {
  switch (when.kind) {
    case 'date':
      return { from: when.date, to: when.date };
    case 'before-april-2015':
      return { from: null, to: dayBefore(EW_2015_OFFENCE_STARTS) };
    case 'april-2015-to-january-2024':
      return { from: EW_2015_OFFENCE_STARTS, to: dayBefore(EW_2024_OFFENCES_START) };
    case 'since-31-january-2024':
      return { from: EW_2024_OFFENCES_START, to: null };
    case 'scotland-before-july-2017':
      return { from: null, to: dayBefore(SCOTLAND_OFFENCE_STARTS) };
    case 'scotland-since-july-2017':
      return { from: SCOTLAND_OFFENCE_STARTS, to: null };
    case 'ni-before-may-2016':
      return { from: null, to: dayBefore(NI_ACT_PASSED) };
    case 'ni-may-2016-to-november-2023':
      return { from: NI_ACT_PASSED, to: dayBefore(NI_THREATS_CERTAINLY_COVERED) };
    case 'ni-since-november-2023':
      return { from: NI_THREATS_CERTAINLY_COVERED, to: null };
    case 'not-sure':
      return { from: null, to: null };
  }
}

function overlaps(segment: Segment, range: { from: IsoDate | null; to: IsoDate | null }): boolean {
  const startsBeforeRangeEnds = segment.from === null || range.to === null || segment.from <= range.to;
  const endsAfterRangeStarts = segment.to === null || range.from === null || segment.to >= range.from;
  return startsBeforeRangeEnds && endsAfterRangeStarts;
}

function actsOf(what: WhatHappened): Act[] {
  return what === 'both' ? ['shared', 'threatened'] : [what];
}

function outcomeOf(findings: readonly Finding[]): WhichLawOutcome {
  const statuses = new Set(findings.map((finding) => finding.status));
  if (statuses.size === 1) return [...statuses][0]!;
  return 'mixed';
}

/**
 * Which law applied to what happened. Pure and total: every valid question gets an answer.
 */
export function whichLaw(question: WhichLawQuestion): WhichLawResult {
  const helplines = helplinesForAnswer(question);
  if (question.nation === 'elsewhere') {
    return {
      outcome: 'outside-uk',
      jurisdiction: null,
      headline: 'This guide explains the law in England, Wales, Scotland and Northern Ireland only.',
      findings: [],
      caveats: [
        'The law where it happened may be different. If the sharing or threat happened in the UK, or you saw it or received it in the UK, answer again and choose that place.',
        ...(question.under18 === 'yes' ? under18Caveats(null) : []),
        'Ask for advice about your own situation: the Revenge Porn Helpline can advise adults in the UK.',
      ],
      helplines,
      readMore: readMoreFor([...(question.under18 === 'yes' ? (['under-18'] as const) : []), 'civil-routes-and-removal', 'overview']),
      removal: removalAdvice,
      sources: uniqueSources([...(question.under18 === 'yes' ? under18Sources : []), ...adviceSources]),
    };
  }

  const jurisdiction = jurisdictionOf[question.nation]!;
  const range = rangeOf(question.when);
  const answers: Answers = { image: question.image, under18: question.under18 };
  const findings: Finding[] = actsOf(question.what).flatMap((act) =>
    timelines[jurisdiction][act]
      .filter((segment) => overlaps(segment, range))
      .map((segment) => ({
        act,
        period: { from: segment.from, to: segment.to, label: segmentLabel(segment) },
        ...segment.rule(answers),
      })),
  );

  const caveats: string[] = [];
  if (question.under18 === 'yes') caveats.push(...under18Caveats(jurisdiction));
  if (question.under18 === 'not-sure') {
    caveats.push(
      'If the person in the image was under 18 when it was taken, the laws on indecent images of children apply as well, and they are more serious. Read the page about images of under-18s.',
    );
  }
  if (question.when.kind === 'not-sure') {
    caveats.push(
      'The law depends on when it happened. If you can find the date, for example on a message or a post, answer again with it.',
    );
  } else if (question.when.kind !== 'date' && findings.length > actsOf(question.what).length) {
    caveats.push(REPEATED_CAVEAT);
  }
  if (question.image === 'not-sure') {
    caveats.push('Whether the image is real, edited or fake can matter. The notes below say where it does.');
  }
  caveats.push(OFFENDER_ABROAD_CAVEAT);

  const slugs: LawPageSlug[] = question.under18 === 'no' ? [] : ['under-18'];
  // The page that explains each Act and section the findings name, newest law first.
  const explaining = [...findings]
    .reverse()
    .flatMap((finding) => (finding.offence ? guidesFor(finding.offence.citation).map((guide) => guide.page) : []));
  slugs.push(...explaining);
  if (jurisdiction === 'england-and-wales') {
    // When no finding names a law (before the first one), the page that says when it started.
    if (!slugs.some((slug) => slug !== 'under-18')) {
      slugs.push(...findings.map((finding) => firstLawPage[finding.act]));
    }
  } else {
    slugs.push(jurisdiction);
  }
  // The related-offences page describes England and Wales law only.
  if (jurisdiction === 'england-and-wales' && findings.some((f) => f.status !== 'offence')) {
    slugs.push('related-offences');
  }
  slugs.push('reporting-to-the-police', 'civil-routes-and-removal');

  const outcome = question.under18 === 'yes' ? 'under-18' : outcomeOf(findings);
  return {
    outcome,
    jurisdiction,
    headline: outcome === 'under-18' ? UNDER_18_HEADLINE : headlineFor(outcome, jurisdiction, findings),
    findings,
    caveats,
    helplines,
    readMore: readMoreFor(slugs),
    removal: removalAdvice,
    sources: uniqueSources([
      ...findings.flatMap((finding) => sourcesForFinding(jurisdiction, finding)),
      ...(question.under18 === 'yes' ? under18Sources : []),
      ...adviceSources,
    ]),
  };
}
