/**
 * "Which law applies to me?": given where and when an intimate image was shared or threatened,
 * what happened, whether the image was real, and whether the person in it was under 18, says
 * which offence applied then, what had to be proved, the maximum sentence where it is
 * verified, the caveats, and which guidance pages to read.
 *
 * Pure: no dates are read from the clock and nothing is read from the environment, so the
 * answer for a given set of answers never changes and every boundary can be tested. Dates are
 * calendar dates written YYYY-MM-DD and compared as strings, never as local times, so a
 * server in another time zone cannot move a case across a boundary.
 *
 * Every statement here comes from shared/reference/law-facts.md. Where that file marks a point
 * UNVERIFIED, the answer says so (status 'not-confirmed', or a hedged note) instead of
 * stating it, and a maximum sentence that is not verified is left null.
 */
import { lawPage, lawPageHref, type LawPageSlug } from './pages';

import { nations, type Nation } from '@/lib/nations';
import {
  formatDate,
  EW_2015_OFFENCE_STARTS,
  EW_THREATS_COVERED_FROM,
  EW_2024_OFFENCES_START,
  SCOTLAND_OFFENCE_STARTS,
  NI_ACT_PASSED,
  NI_OFFENCE_CERTAINLY_IN_FORCE,
  NI_THREATS_ACT_PASSED,
  NI_THREATS_CERTAINLY_COVERED,
  type IsoDate,
} from './law-dates';

// The dates and their wording are part of this module's answer, so callers may import them here.
export * from './law-dates';


export { nations, type Nation };


/** When it happened: an exact date, one of the periods the law changed between, or not sure. */
export type WhenAnswer =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'before-april-2015' }
  | { kind: 'april-2015-to-january-2024' }
  | { kind: 'since-31-january-2024' }
  | { kind: 'not-sure' };

export type WhatHappened = 'shared' | 'threatened' | 'both';
export type ImageKind = 'real' | 'fake-or-altered' | 'not-sure';
export type YesNoNotSure = 'yes' | 'no' | 'not-sure';

export type WhichLawQuestion = {
  nation: Nation;
  when: WhenAnswer;
  what: WhatHappened;
  image: ImageKind;
  /** Whether the person in the image was under 18 when it was taken. */
  under18: YesNoNotSure;
};

/** One act the law treats separately: sharing the image, or threatening to. */
export type Act = 'shared' | 'threatened';

export type FindingStatus =
  /** A specific offence covered this. */
  | 'offence'
  /** A specific offence existed, but it did not cover this (a threat before 2021, say). */
  | 'not-covered'
  /** There was no specific offence of this kind yet. Other crimes may still apply. */
  | 'no-specific-offence'
  /** law-facts.md cannot confirm the answer, so we do not give one. */
  | 'not-confirmed';

/** What the law said about one act during one stretch of time. */
export type Finding = {
  act: Act;
  /** The stretch of time this finding covers, inclusive; null means open-ended. */
  period: { from: IsoDate | null; to: IsoDate | null; label: string };
  status: FindingStatus;
  /** The offence that applied (or existed but did not cover this), when there was one. */
  offence: { name: string; law: string } | null;
  /** What the prosecution had to prove, in plain words. Empty when no offence applied. */
  required: readonly string[];
  /** The maximum sentence, only where law-facts.md verifies it; otherwise null. */
  maximumPenalty: string | null;
  /** Limits, hedges and things worth knowing about this finding. */
  notes: readonly string[];
};

export type Jurisdiction = 'england-and-wales' | 'scotland' | 'northern-ireland';

export type WhichLawOutcome =
  | 'offence'
  | 'not-covered'
  | 'no-specific-offence'
  | 'not-confirmed'
  /** The findings differ by period or by act: read each one. */
  | 'mixed'
  | 'under-18'
  | 'outside-uk';

export type WhichLawResult = {
  outcome: WhichLawOutcome;
  jurisdiction: Jurisdiction | null;
  /** One plain sentence that answers the question. */
  headline: string;
  /** One per act and period. Empty for under-18 and outside-UK answers. */
  findings: readonly Finding[];
  /** Things that apply to the whole answer. */
  caveats: readonly string[];
  /** The guidance pages to read next, most relevant first. */
  readMore: readonly { slug: LawPageSlug; href: string; title: string }[];
};


/** The day before a YYYY-MM-DD date, in UTC. */
function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}


function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** What a segment of a timeline says, before it is labelled with its dates. */
type Rule = Omit<Finding, 'act' | 'period'>;

/** One stretch of a timeline: from and to are inclusive, null is open-ended. */
type Segment = { from: IsoDate | null; to: IsoDate | null; rule: (image: ImageKind) => Rule };

/** A timeline for one act in one jurisdiction, from its earliest change to now, in order. */
type Timeline = readonly Segment[];

/** Builds contiguous segments from the dates the law changed. */
function timeline(...steps: { from: IsoDate | null; rule: (image: ImageKind) => Rule }[]): Timeline {
  return steps.map((step, index) => {
    const next = steps[index + 1];
    return { from: step.from, to: next?.from ? dayBefore(next.from) : null, rule: step.rule };
  });
}

// Named examples only for England and Wales, whose other offences law-facts.md covers; Scotland
// and Northern Ireland have their own, which this guide does not yet describe.
const OTHER_CRIMES_NOTE =
  'Other crimes may still have applied, such as harassment, sending threatening or offensive messages, or blackmail if they made demands.';
const OTHER_CRIMES_ELSEWHERE_NOTE =
  'Other crimes may still have applied. The police or a solicitor can tell you which.';

const noSpecificOffence = (what: string, otherCrimes = OTHER_CRIMES_NOTE): Rule => ({
  status: 'no-specific-offence',
  offence: null,
  required: [],
  maximumPenalty: null,
  notes: [`There was no specific crime of ${what} at this time.`, otherCrimes],
});

// --- England and Wales ------------------------------------------------------------------------

const S33 = {
  name: 'Disclosing private sexual photographs and films with intent to cause distress',
  law: 'Criminal Justice and Courts Act 2015, section 33',
};
const S33_THREAT = {
  name: 'Disclosing, or threatening to disclose, private sexual photographs and films with intent to cause distress',
  law: 'Criminal Justice and Courts Act 2015, section 33, as changed by the Domestic Abuse Act 2021',
};
const S66B = {
  name: 'Sharing an intimate photograph or film',
  law: 'Sexual Offences Act 2003, section 66B(1) to (3)',
};
const S66B_THREAT = {
  name: 'Threatening to share an intimate photograph or film',
  law: 'Sexual Offences Act 2003, section 66B(4)',
};

const S33_ANONYMITY =
  'People affected by this offence had no automatic right to stay anonymous in the media. A court could still restrict reporting in a particular case.';
const S66B_ANONYMITY =
  'You have the right to stay anonymous for life: nobody may publish anything likely to identify you as the person affected.';
const S33_ALTERED =
  'An image that was only sexual because someone had altered it, or combined it with another image, did not count (section 35).';
const FAKE_CREATION_NOTE =
  'Making a fake intimate image of an adult without their consent, or asking someone to make one, are separate offences (Sexual Offences Act 2003, sections 66E and 66F). They were reported to have started on 6 February 2026; we have not yet confirmed that date against the official commencement order.';

const s33Shared = (image: ImageKind): Rule => {
  if (image === 'fake-or-altered') {
    return {
      status: 'not-covered',
      offence: S33,
      required: [],
      maximumPenalty: null,
      notes: [S33_ALTERED, 'So a fake or altered image like this was not covered by this offence.', OTHER_CRIMES_NOTE],
    };
  }
  return {
    status: 'offence',
    offence: S33,
    required: [
      'they shared (or showed) a photo or video that was both private and sexual',
      'you did not agree to it being shared',
      'they meant to cause you distress: it was not enough that distress was the natural result',
    ],
    maximumPenalty: '2 years in prison',
    notes: [
      ...(image === 'not-sure' ? [S33_ALTERED] : []),
      'Showing the image only to you was not this offence.',
      S33_ANONYMITY,
    ],
  };
};

const s33ThreatsNotCovered = (): Rule => ({
  status: 'not-covered',
  offence: S33,
  required: [],
  maximumPenalty: null,
  notes: [
    'Until 29 June 2021 this offence covered sharing only, not threats to share.',
    OTHER_CRIMES_NOTE,
  ],
});

const s33Threatened = (image: ImageKind): Rule => {
  const required = [
    'they threatened to share a private sexual photo or video of you',
    'you did not agree to it being shared',
    'they meant to cause you distress',
  ];
  const existence =
    'The prosecution did not have to prove that the image existed, or that it really was private and sexual.';
  if (image === 'fake-or-altered') {
    return {
      status: 'not-confirmed',
      offence: S33_THREAT,
      required,
      maximumPenalty: null,
      notes: [
        existence,
        `${S33_ALTERED} We cannot say for certain how this applied to a threat to share a fake or altered image: ask for advice.`,
        S33_ANONYMITY,
      ],
    };
  }
  return {
    status: 'offence',
    offence: S33_THREAT,
    required,
    maximumPenalty: '2 years in prison',
    notes: [existence, S33_ANONYMITY],
  };
};

const s66bShared = (image: ImageKind): Rule => ({
  status: 'offence',
  offence: S66B,
  required: [
    'they meant to share a photo or video that shows, or appears to show, you in an intimate state (for example nude, partly nude or sexual)',
    'you did not consent, and they did not reasonably believe you consented',
  ],
  maximumPenalty:
    '6 months in prison for the basic offence; up to 2 years if they meant to cause alarm, distress or humiliation, or shared it for sexual gratification',
  notes: [
    'There is no need to prove they meant to cause you distress. If they did mean to cause alarm, distress or humiliation, or shared it for sexual gratification, it is a more serious offence.',
    ...(image !== 'real' ? ['Images that appear to show you, including fakes and edited images, are covered.'] : []),
    ...(image === 'fake-or-altered' ? [FAKE_CREATION_NOTE] : []),
    'The basic offence must normally be prosecuted within 6 months of the sharing. The more serious versions do not have this limit, but if it happened recently, think about reporting it soon.',
    S66B_ANONYMITY,
  ],
});

const s66bThreatened = (image: ImageKind): Rule => ({
  status: 'offence',
  offence: S66B_THREAT,
  required: [
    'they threatened to share a photo or video that shows, or appears to show, you in an intimate state',
    'they meant you, or someone who knows you, to fear the threat would be carried out, or did not care whether you would',
  ],
  maximumPenalty: null,
  notes: [
    ...(image !== 'real' ? ['Images that appear to show you, including fakes and edited images, are covered.'] : []),
    ...(image === 'fake-or-altered' ? [FAKE_CREATION_NOTE] : []),
    'We have not yet confirmed the maximum sentence for the threat offence from an official source.',
    S66B_ANONYMITY,
  ],
});

const englandAndWales: Record<Act, Timeline> = {
  shared: timeline(
    { from: null, rule: () => noSpecificOffence('sharing intimate images without consent') },
    { from: EW_2015_OFFENCE_STARTS, rule: s33Shared },
    { from: EW_2024_OFFENCES_START, rule: s66bShared },
  ),
  threatened: timeline(
    { from: null, rule: () => noSpecificOffence('threatening to share intimate images') },
    { from: EW_2015_OFFENCE_STARTS, rule: s33ThreatsNotCovered },
    { from: EW_THREATS_COVERED_FROM, rule: s33Threatened },
    { from: EW_2024_OFFENCES_START, rule: s66bThreatened },
  ),
};

// --- Scotland ---------------------------------------------------------------------------------

const SCOTLAND = {
  name: 'Disclosing, or threatening to disclose, an intimate photograph or film',
  law: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, section 2',
};

const scotlandRule =
  (act: Act) =>
  (image: ImageKind): Rule => ({
    status: 'offence',
    offence: SCOTLAND,
    required: [
      act === 'shared'
        ? 'they shared a photo or video that shows, or appears to show, you in an intimate situation'
        : 'they threatened to share a photo or video that shows, or appears to show, you in an intimate situation',
      'you had not already made it public yourself, or agreed to it being made public',
      'they meant to cause you fear, alarm or distress, or were reckless about whether it would',
    ],
    maximumPenalty: '5 years in prison',
    notes: [
      ...(image !== 'real' ? ['Images that appear to show you, including fakes and edited images, are covered.'] : []),
      ...(image === 'fake-or-altered'
        ? ['We have not confirmed whether Scotland has a separate offence of making a fake intimate image.']
        : []),
    ],
  });

const scotland: Record<Act, Timeline> = {
  shared: timeline(
    { from: null, rule: () => noSpecificOffence('sharing intimate images without consent in Scotland', OTHER_CRIMES_ELSEWHERE_NOTE) },
    { from: SCOTLAND_OFFENCE_STARTS, rule: scotlandRule('shared') },
  ),
  threatened: timeline(
    { from: null, rule: () => noSpecificOffence('threatening to share intimate images in Scotland', OTHER_CRIMES_ELSEWHERE_NOTE) },
    { from: SCOTLAND_OFFENCE_STARTS, rule: scotlandRule('threatened') },
  ),
};

// --- Northern Ireland -------------------------------------------------------------------------

const NI = {
  name: 'Disclosing private sexual photographs and films with intent to cause distress',
  law: 'Justice Act (Northern Ireland) 2016, section 51',
};
const NI_PENALTY_NOTE =
  'When the offence was passed in 2016, it was reported to carry up to 2 years in prison. We have not yet checked this against the law itself.';
const NI_FAKE_NOTE =
  'We have not confirmed whether this offence covers fake or altered images. The similar old law in England and Wales did not cover images that were only sexual because they had been altered.';

const niStartNotConfirmed = (): Rule => ({
  status: 'not-confirmed',
  offence: NI,
  required: [],
  maximumPenalty: null,
  notes: [
    'This offence became law on 12 May 2016 and was in use by the year ending March 2017, but we have not confirmed the exact date it came into force.',
    OTHER_CRIMES_ELSEWHERE_NOTE,
  ],
});

const niRequired = (act: Act) => [
  act === 'shared'
    ? 'they shared (or showed) a photo or video that was both private and sexual'
    : 'they threatened to share a private sexual photo or video of you',
  'you did not agree to it being shared',
  'they meant to cause you distress',
];

const niRule =
  (act: Act) =>
  (image: ImageKind): Rule => ({
    status: image === 'fake-or-altered' ? 'not-confirmed' : 'offence',
    offence: NI,
    required: niRequired(act),
    maximumPenalty: null,
    notes: [
      ...(image !== 'real' ? [NI_FAKE_NOTE] : []),
      'Unlike the law in England and Wales since 31 January 2024, this offence still needs proof that they meant to cause distress.',
      NI_PENALTY_NOTE,
    ],
  });

const niThreatsNotCovered = (): Rule => ({
  status: 'not-covered',
  offence: NI,
  required: [],
  maximumPenalty: null,
  notes: [
    'Threats to share were added to this offence by the Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022, which became law on 27 April 2022. A threat before then was not covered by it.',
    OTHER_CRIMES_ELSEWHERE_NOTE,
  ],
});

const niThreatsNotConfirmed = (): Rule => ({
  status: 'not-confirmed',
  offence: NI,
  required: niRequired('threatened'),
  maximumPenalty: null,
  notes: [
    'Threats were added to this offence by a 2022 Act, which became law on 27 April 2022. We have not confirmed the date that change came into force, only that the law covered threats by 27 November 2023.',
    OTHER_CRIMES_ELSEWHERE_NOTE,
  ],
});

const northernIreland: Record<Act, Timeline> = {
  shared: timeline(
    {
      from: null,
      rule: () => noSpecificOffence('sharing intimate images without consent in Northern Ireland', OTHER_CRIMES_ELSEWHERE_NOTE),
    },
    { from: NI_ACT_PASSED, rule: niStartNotConfirmed },
    { from: NI_OFFENCE_CERTAINLY_IN_FORCE, rule: niRule('shared') },
  ),
  threatened: timeline(
    {
      from: null,
      rule: () => noSpecificOffence('threatening to share intimate images in Northern Ireland', OTHER_CRIMES_ELSEWHERE_NOTE),
    },
    { from: NI_ACT_PASSED, rule: niStartNotConfirmed },
    { from: NI_OFFENCE_CERTAINLY_IN_FORCE, rule: niThreatsNotCovered },
    { from: NI_THREATS_ACT_PASSED, rule: niThreatsNotConfirmed },
    { from: NI_THREATS_CERTAINLY_COVERED, rule: niRule('threatened') },
  ),
};

// --- Putting it together ----------------------------------------------------------------------

const timelines: Record<Jurisdiction, Record<Act, Timeline>> = {
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
};

const jurisdictionOf: Record<Exclude<Nation, 'elsewhere'>, Jurisdiction> = {
  england: 'england-and-wales',
  wales: 'england-and-wales',
  scotland: 'scotland',
  'northern-ireland': 'northern-ireland',
};

const placeName: Record<Jurisdiction, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
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
    case 'not-sure':
      return { from: null, to: null };
  }
}

function overlaps(segment: Segment, range: { from: IsoDate | null; to: IsoDate | null }): boolean {
  const startsBeforeRangeEnds = segment.from === null || range.to === null || segment.from <= range.to;
  const endsAfterRangeStarts = segment.to === null || range.from === null || segment.to >= range.from;
  return startsBeforeRangeEnds && endsAfterRangeStarts;
}

/** "Before 13 April 2015", "13 April 2015 to 30 January 2024", "From 31 January 2024". */
function segmentLabel(segment: Segment): string {
  if (segment.from && segment.to) return `${formatDate(segment.from)} to ${formatDate(segment.to)}`;
  if (segment.from) return `From ${formatDate(segment.from)}`;
  if (segment.to) return `Before ${formatDate(nextDay(segment.to))}`;
  return 'At any time';
}

function readMoreFor(slugs: LawPageSlug[]) {
  return [...new Set(slugs)].map((slug) => ({ slug, href: lawPageHref(slug), title: lawPage(slug).title }));
}

function actsOf(what: WhatHappened): Act[] {
  return what === 'both' ? ['shared', 'threatened'] : [what];
}

function outcomeOf(findings: readonly Finding[]): WhichLawOutcome {
  const statuses = new Set(findings.map((finding) => finding.status));
  if (statuses.size === 1) return [...statuses][0]!;
  return 'mixed';
}

function headlineFor(outcome: WhichLawOutcome, jurisdiction: Jurisdiction, findings: readonly Finding[]): string {
  const place = placeName[jurisdiction];
  const periods = new Set(findings.map((finding) => finding.period.label));
  switch (outcome) {
    case 'offence':
      return periods.size === 1
        ? `Yes. In ${place}, this was covered by a specific crime at the time.`
        : `Yes. In ${place}, this was covered by a specific crime at the time, but which one depends on exactly when it happened.`;
    case 'not-covered':
    case 'no-specific-offence':
      return `In ${place}, the law on intimate images did not cover this at the time. Other crimes may still have applied.`;
    case 'not-confirmed':
      return `In ${place}, we cannot say for certain which law covered this. Please ask for advice.`;
    default:
      return periods.size === 1
        ? `In ${place}, the answer is different for each thing that happened.`
        : `In ${place}, the answer depends on exactly when it happened.`;
  }
}

const UNDER_18_HEADLINE =
  'Images of anyone under 18 are a different and more serious matter, with their own laws and their own way to get images removed.';

/**
 * Which law applied to what happened. Pure and total: every valid question gets an answer.
 */
export function whichLaw(question: WhichLawQuestion): WhichLawResult {
  if (question.under18 === 'yes') {
    return {
      outcome: 'under-18',
      jurisdiction: question.nation === 'elsewhere' ? null : jurisdictionOf[question.nation],
      headline: UNDER_18_HEADLINE,
      findings: [],
      caveats: [
        'In England and Wales, taking, making, sharing or showing an indecent image of anyone under 18 is a crime under the Protection of Children Act 1978. Scotland and Northern Ireland have their own laws on this.',
        'If you are under 18 now, Report Remove, from Childline and the Internet Watch Foundation, can help get a nude image or video of you taken down.',
        'Do not send the image to anyone, even to get help. An adult helping must never look at, copy or forward it.',
      ],
      readMore: readMoreFor(['under-18', 'reporting-to-the-police']),
    };
  }

  if (question.nation === 'elsewhere') {
    return {
      outcome: 'outside-uk',
      jurisdiction: null,
      headline: 'This guide explains the law in England, Wales, Scotland and Northern Ireland only.',
      findings: [],
      caveats: [
        'The law where it happened may be different. If any part of it happened in the UK, answer again and choose that place.',
        'Ask for advice about your own situation: the Revenge Porn Helpline can advise adults in the UK.',
      ],
      readMore: readMoreFor(['civil-routes-and-removal', 'overview']),
    };
  }

  const jurisdiction = jurisdictionOf[question.nation];
  const range = rangeOf(question.when);
  const findings: Finding[] = actsOf(question.what).flatMap((act) =>
    timelines[jurisdiction][act]
      .filter((segment) => overlaps(segment, range))
      .map((segment) => ({
        act,
        period: { from: segment.from, to: segment.to, label: segmentLabel(segment) },
        ...segment.rule(question.image),
      })),
  );

  const caveats: string[] = [];
  if (question.under18 === 'not-sure') {
    caveats.push(
      'If the person in the image was under 18 when it was taken, a different and more serious law applies. Read the page about images of under-18s.',
    );
  }
  if (question.when.kind === 'not-sure') {
    caveats.push(
      'The law depends on when the image was shared or the threat was made. If you can find the date, for example on a message or a post, answer again with it.',
    );
  }
  if (question.image === 'not-sure') {
    caveats.push('Whether the image is real or fake can matter. The notes below say where it does.');
  }

  const slugs: LawPageSlug[] = [];
  if (question.under18 === 'not-sure') slugs.push('under-18');
  if (jurisdiction === 'england-and-wales') {
    // The page for each law the findings mention, newest first.
    if (findings.some((f) => f.offence?.law.startsWith('Sexual Offences Act'))) slugs.push('england-and-wales');
    if (findings.some((f) => f.offence?.law.startsWith('Criminal Justice and Courts Act'))) slugs.push('the-2015-offence');
    // Before April 2015 no finding names a law: the 2015 page says when the first one started.
    if (!slugs.includes('england-and-wales') && !slugs.includes('the-2015-offence')) slugs.push('the-2015-offence');
  } else {
    slugs.push(jurisdiction);
  }
  // The related-offences page describes England and Wales law only.
  if (jurisdiction === 'england-and-wales' && findings.some((f) => f.status !== 'offence')) {
    slugs.push('related-offences');
  }
  slugs.push('reporting-to-the-police', 'civil-routes-and-removal');

  const outcome = outcomeOf(findings);
  return {
    outcome,
    jurisdiction,
    headline: headlineFor(outcome, jurisdiction, findings),
    findings,
    caveats,
    readMore: readMoreFor(slugs),
  };
}
