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
 */
import { fact, hedgeFor, type FactId } from './facts';
import { lawPage, lawPageHref, type LawPageSlug } from './pages';

import { nations, type Nation } from '@/lib/nations';
import { helpline, helplinesFor, reportRemove, type Helpline } from '@/lib/urgent-help';
import {
  dayBefore,
  formatDate,
  CRIME_AND_POLICING_ACT_FIRST_CHANGES,
  DEEPFAKE_ACT_YEAR_STARTS,
  DEEPFAKE_OFFENCES_REPORTED_START,
  EW_2015_OFFENCE_STARTS,
  EW_THREATS_COVERED_FROM,
  EW_2024_OFFENCES_START,
  SCOTLAND_OFFENCE_STARTS,
  SOA_2003_IN_FORCE,
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

/** What happened: 'both' is sharing and threatening to share. */
export type WhatHappened = 'shared' | 'threatened' | 'both' | 'taken' | 'created';
/**
 * Whether the image is real: a real image that was edited (cropped, filtered, captioned) is
 * told apart from a fake, because the 2015 law treated them differently (s.35(4) and (5)).
 */
export type ImageKind = 'real' | 'real-edited' | 'fake' | 'not-sure';
export type YesNoNotSure = 'yes' | 'no' | 'not-sure';

export type WhichLawQuestion = {
  nation: Nation;
  when: WhenAnswer;
  what: WhatHappened;
  image: ImageKind;
  /** Whether the person in the image was under 18 when it was taken. */
  under18: YesNoNotSure;
};

/** One act the law treats separately. */
export type Act = 'shared' | 'threatened' | 'taken' | 'created';

export type FindingStatus =
  /** A specific offence covered this. */
  | 'offence'
  /** A specific offence existed, but it did not cover this (a threat before 2021, say). */
  | 'not-covered'
  /** There was no specific offence of this kind yet. Other crimes may still apply. */
  | 'no-specific-offence'
  /** Our sources cannot confirm the answer, so we do not give one. */
  | 'not-confirmed';

/** A maximum sentence, with the hedge a reader must see when it is not verified. */
export type Penalty = { text: string; hedge: string };

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
  /** The maximum sentence, where a source states it; otherwise null. */
  maximumPenalty: Penalty | null;
  /** Limits, hedges and things worth knowing about this finding. */
  notes: readonly string[];
  /**
   * The finding rests on a date we have not verified (the start of the fake-image offences), so
   * the answer may say the crime appears to apply, never a plain yes.
   */
  startNotConfirmed?: true;
};

export type Jurisdiction = 'england-and-wales' | 'scotland' | 'northern-ireland';

export type WhichLawOutcome =
  | 'offence'
  | 'not-covered'
  | 'no-specific-offence'
  | 'not-confirmed'
  /** The findings differ by period or by act: read each one. */
  | 'mixed'
  /** The person in the image was under 18: the child-image laws apply as well as the findings. */
  | 'under-18'
  | 'outside-uk';

export type WhichLawResult = {
  outcome: WhichLawOutcome;
  jurisdiction: Jurisdiction | null;
  /** One plain sentence that answers the question. */
  headline: string;
  /** One per act and period. Empty for outside-UK answers. */
  findings: readonly Finding[];
  /** Things that apply to the whole answer. */
  caveats: readonly string[];
  /** Who to call: the domestic abuse helpline for the nation (all of them if unknown), and Childline where a child may be involved. */
  helplines: readonly Helpline[];
  /** The guidance pages to read next, most relevant first. */
  readMore: readonly { slug: LawPageSlug; href: string; title: string }[];
};

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A maximum sentence from the facts module, with its hedge when it is not verified. */
function penalty(id: FactId): Penalty {
  return { text: fact(id), hedge: hedgeFor(id) };
}

/** What a segment of a timeline says, before it is labelled with its dates. */
type Rule = Omit<Finding, 'act' | 'period'>;

type Answers = Pick<WhichLawQuestion, 'image' | 'under18'>;

/** One stretch of a timeline: from and to are inclusive, null is open-ended. */
type Segment = { from: IsoDate | null; to: IsoDate | null; rule: (answers: Answers) => Rule };

/** A timeline for one act in one jurisdiction, from its earliest change to now, in order. */
type Timeline = readonly Segment[];

/** Builds contiguous segments from the dates the law changed. */
function timeline(...steps: { from: IsoDate | null; rule: (answers: Answers) => Rule }[]): Timeline {
  return steps.map((step, index) => {
    const next = steps[index + 1];
    return { from: step.from, to: next?.from ? dayBefore(next.from) : null, rule: step.rule };
  });
}

// Named examples only for England and Wales, whose other offences our sources cover; Scotland
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

const appearsToShowNote = (image: ImageKind) =>
  image !== 'real' ? ['Images that appear to show you, including fakes and edited images, are covered.'] : [];

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
const VOYEURISM = {
  name: `Voyeurism, and from ${fact('upskirtingInForce')} upskirting`,
  law: 'Sexual Offences Act 2003, sections 67 and 67A',
};
const TAKING = {
  name: 'Taking or recording an intimate photograph or film without consent',
  law: `Sexual Offences Act 2003, ${fact('takingOffenceSection')}, added by the Crime and Policing Act 2026`,
};
const DEEPFAKE = {
  name: 'Creating a fake intimate image, or asking someone to create one',
  law: 'Sexual Offences Act 2003, sections 66E and 66F, added by the Data (Use and Access) Act 2025',
};

const S33_ANONYMITY =
  'People affected by this offence had no automatic right to stay anonymous in the media. A court could still restrict reporting in a particular case.';
const S66B_ANONYMITY =
  'You have the right to stay anonymous for life: nobody may publish anything likely to identify you as the person affected.';
const S33_ALTERED =
  'An image that was only sexual because someone had altered it, or combined it with another image (for example a deepfake), did not count (section 35). A real intimate image that had been edited in some other way, such as cropped, filtered or captioned, still did.';
const S33_NO_TIME_LIMIT =
  'This offence has no time limit for starting a prosecution, so it can still be reported now.';
const DEEPFAKE_START_HEDGE = hedgeFor('deepfakeOffencesStart');

const s33Shared = ({ image }: Answers): Rule => {
  if (image === 'fake') {
    return {
      status: 'not-covered',
      offence: S33,
      required: [],
      maximumPenalty: null,
      notes: [
        S33_ALTERED,
        'So if the image was only sexual because it was faked, this offence did not cover it. If it was a real intimate image that had been edited, answer again with that: it was covered.',
        OTHER_CRIMES_NOTE,
      ],
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
    maximumPenalty: penalty('s33Maximum'),
    notes: [
      ...(image === 'real' ? [] : [S33_ALTERED]),
      'Showing the image only to you was not this offence.',
      S33_NO_TIME_LIMIT,
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
    `Until ${fact('ewThreatsCoveredFrom')} this offence covered sharing only, not threats to share.`,
    OTHER_CRIMES_NOTE,
  ],
});

const s33Threatened = ({ image }: Answers): Rule => {
  const required = [
    'they threatened to share a private sexual photo or video of you',
    'you did not agree to it being shared',
    'they meant to cause you distress',
  ];
  const existence =
    'The prosecution did not have to prove that the image existed, or that it really was private and sexual.';
  if (image === 'fake') {
    return {
      status: 'not-confirmed',
      offence: S33_THREAT,
      required,
      maximumPenalty: null,
      notes: [
        existence,
        `${S33_ALTERED} We cannot say for certain how this applied to a threat to share a fake image: ask for advice.`,
        S33_ANONYMITY,
      ],
    };
  }
  return {
    status: 'offence',
    offence: S33_THREAT,
    required,
    maximumPenalty: penalty('s33Maximum'),
    notes: [existence, ...(image === 'real' ? [] : [S33_ALTERED]), S33_NO_TIME_LIMIT, S33_ANONYMITY],
  };
};

const S66B_TIME_LIMIT_NOTE = `The basic offence has had a time limit: a prosecution had to start within ${fact('summaryTimeLimit')} of the sharing. ${hedgeFor('summaryTimeLimit')} The more serious versions have no such limit. Whatever the date, do not let the time limit stop you reporting: the police can tell you what applies.`;

const s66bShared = ({ image }: Answers): Rule => ({
  status: 'offence',
  offence: S66B,
  required: [
    'they meant to share a photo or video that shows, or appears to show, you in an intimate state (for example nude, partly nude or sexual)',
    'you did not consent, and they did not reasonably believe you consented',
  ],
  maximumPenalty: {
    text: `${fact('s66bBasicMaximum')} for the basic offence; up to ${fact('s66bSeriousMaximum')} if they meant to cause alarm, distress or humiliation, or shared it for sexual gratification`,
    hedge: hedgeFor('s66bSeriousMaximum'),
  },
  notes: [
    'There is no need to prove they meant to cause you distress. If they did mean to cause alarm, distress or humiliation, or shared it for sexual gratification, it is a more serious offence.',
    ...appearsToShowNote(image),
    S66B_TIME_LIMIT_NOTE,
    S66B_ANONYMITY,
  ],
});

const s66bThreatened = ({ image }: Answers): Rule => ({
  status: 'offence',
  offence: S66B_THREAT,
  required: [
    'they threatened to share a photo or video that shows, or appears to show, you in an intimate state',
    'they meant you, or someone who knows you, to fear the threat would be carried out, or knew you might and went ahead anyway',
  ],
  maximumPenalty: penalty('s66bSeriousMaximum'),
  notes: [
    'The prosecution does not have to prove that the image exists, or that it really shows you in an intimate state.',
    ...appearsToShowNote(image),
    'There is no time limit for starting a prosecution for a threat.',
    S66B_ANONYMITY,
  ],
});

const VOYEURISM_REQUIRED = [
  `they recorded you, or watched you, doing a private act (for example undressing, using the toilet or a sexual act) in a place where you could expect privacy, or, from ${fact('upskirtingInForce')}, took a picture under your clothing`,
  'you did not consent',
  'they did it for sexual gratification, or, for upskirting, also to humiliate, alarm or distress you',
];

const voyeurism = (): Rule => ({
  status: 'offence',
  offence: VOYEURISM,
  required: VOYEURISM_REQUIRED,
  maximumPenalty: penalty('voyeurismMaximum'),
  notes: [
    `Upskirting (section 67A) has been a crime since ${fact('upskirtingInForce')}; it does not apply to pictures taken before then.`,
    'If the image was then shared, or someone threatened to share it, answer again for that: it is a separate crime.',
  ],
});

const takingOffence = (): Rule => ({
  status: 'offence',
  offence: TAKING,
  required: [
    'they took or recorded a photo or video of you in an intimate state',
    'you did not consent, and they did not reasonably believe you consented',
  ],
  maximumPenalty: penalty('takingMaximum'),
  notes: [
    hedgeFor('crimeAndPolicingActFirstChanges'),
    'Voyeurism and upskirting may also apply. If the image was then shared, or someone threatened to share it, that is a separate crime.',
  ],
});

const DEEPFAKE_REQUIRED = [
  'they intentionally created a photo or video that appears to show you in an intimate state but is not a real one (or not only a real one), or asked someone else to create one, whether or not it was ever made',
  'you were an adult and did not consent, and they did not reasonably believe you consented',
];
const DEEPFAKE_TIME_LIMIT_NOTE = `A prosecution must start ${fact('deepfakeTimeLimit')}. ${hedgeFor('deepfakeTimeLimit')}`;
const DEEPFAKE_UNDER_18_NOTE =
  'These offences are about images of adults. A fake sexual image of someone under 18 is covered by the laws on indecent images of children instead.';

const deepfakeNotYetConfirmed = ({ under18 }: Answers): Rule => ({
  status: 'not-confirmed',
  offence: DEEPFAKE,
  required: [],
  maximumPenalty: null,
  notes: [DEEPFAKE_START_HEDGE, ...(under18 === 'no' ? [] : [DEEPFAKE_UNDER_18_NOTE]), OTHER_CRIMES_NOTE],
});

const deepfakeOffences = ({ under18 }: Answers): Rule => ({
  status: under18 === 'yes' ? 'not-covered' : 'offence',
  startNotConfirmed: true,
  offence: DEEPFAKE,
  required: DEEPFAKE_REQUIRED,
  maximumPenalty: null,
  notes: [
    DEEPFAKE_START_HEDGE,
    ...(under18 === 'no' ? [] : [DEEPFAKE_UNDER_18_NOTE]),
    'Having a reasonable excuse is a defence to creating one, which the person must prove.',
    DEEPFAKE_TIME_LIMIT_NOTE,
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
  taken: timeline(
    { from: null, rule: () => noSpecificOffence('taking or recording intimate images without consent') },
    { from: SOA_2003_IN_FORCE, rule: voyeurism },
    { from: CRIME_AND_POLICING_ACT_FIRST_CHANGES, rule: takingOffence },
  ),
  created: timeline(
    { from: null, rule: () => noSpecificOffence('creating a fake intimate image, or asking for one') },
    { from: DEEPFAKE_ACT_YEAR_STARTS, rule: deepfakeNotYetConfirmed },
    { from: DEEPFAKE_OFFENCES_REPORTED_START, rule: deepfakeOffences },
  ),
};

/** Taking and faking outside England and Wales: other laws, which this guide does not describe yet. */
const notDescribedHere = (what: string, place: string): Timeline =>
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

// --- Scotland ---------------------------------------------------------------------------------

const SCOTLAND = {
  name: 'Disclosing, or threatening to disclose, an intimate photograph or film',
  law: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, section 2',
};

const scotlandRule =
  (act: 'shared' | 'threatened') =>
  ({ image }: Answers): Rule => ({
    status: 'offence',
    offence: SCOTLAND,
    required: [
      act === 'shared'
        ? 'they shared a photo or video that shows, or appears to show, you in an intimate situation'
        : 'they threatened to share a photo or video that shows, or appears to show, you in an intimate situation',
      'you had not already made it public yourself, or agreed to it being made public',
      'they meant to cause you fear, alarm or distress, or were reckless about whether it would',
    ],
    maximumPenalty: penalty('scotlandMaximum'),
    notes: appearsToShowNote(image),
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
  taken: notDescribedHere('taking or recording intimate images without consent', 'Scotland'),
  created: notDescribedHere('creating a fake intimate image', 'Scotland'),
};

// --- Northern Ireland -------------------------------------------------------------------------

const NI = {
  name: 'Disclosing private sexual photographs and films with intent to cause distress',
  law: 'Justice Act (Northern Ireland) 2016, section 51',
};
const NI_FAKE_NOTE =
  'We have not confirmed whether this offence covers fake or edited images. The similar old law in England and Wales did not cover images that were only sexual because they had been altered, but did cover real images edited in other ways.';

const niStartNotConfirmed = (): Rule => ({
  status: 'not-confirmed',
  offence: NI,
  required: [],
  maximumPenalty: null,
  notes: [
    `This offence became law on ${fact('niActPassed')}, but we have not confirmed the exact date it came into force. ${hedgeFor('niOffenceCertainlyInForce')}`,
    OTHER_CRIMES_ELSEWHERE_NOTE,
  ],
});

const niRequired = (act: 'shared' | 'threatened') => [
  act === 'shared'
    ? 'they shared (or showed) a photo or video that was both private and sexual'
    : 'they threatened to share a private sexual photo or video of you',
  'you did not agree to it being shared',
  'they meant to cause you distress',
];

const niRule =
  (act: 'shared' | 'threatened') =>
  ({ image }: Answers): Rule => ({
    status: image === 'fake' ? 'not-confirmed' : 'offence',
    offence: NI,
    required: niRequired(act),
    // Only reported in the press, so never shown as the maximum: the hedge below says it.
    maximumPenalty: null,
    notes: [
      ...(image !== 'real' ? [NI_FAKE_NOTE] : []),
      `Unlike the law in England and Wales since ${fact('ew2024OffencesStart')}, this offence still needs proof that they meant to cause distress.`,
      hedgeFor('niReportedMaximum'),
    ],
  });

const niThreatsNotCovered = (): Rule => ({
  status: 'not-covered',
  offence: NI,
  required: [],
  maximumPenalty: null,
  notes: [
    `Threats to share were added to this offence by the Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022, which became law on ${fact('niThreatsActPassed')}. A threat before then was not covered by it.`,
    OTHER_CRIMES_ELSEWHERE_NOTE,
  ],
});

const niThreatsNotConfirmed = (): Rule => ({
  status: 'not-confirmed',
  offence: NI,
  required: niRequired('threatened'),
  maximumPenalty: null,
  notes: [
    `Threats were added to this offence by a 2022 Act, which became law on ${fact('niThreatsActPassed')}. We have not confirmed the date that change came into force, only that the law covered threats by ${fact('niThreatsCertainlyCovered')}.`,
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
  taken: notDescribedHere('taking or recording intimate images without consent', 'Northern Ireland'),
  created: notDescribedHere('creating a fake intimate image', 'Northern Ireland'),
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

/** "Before <a change>", "<a change> to <the day before the next>", "From <the last change>". */
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
      if (findings.some((finding) => finding.startNotConfirmed)) {
        return `Probably. In ${place}, a specific crime appears to cover this, but we have not confirmed the date it started. Read the notes below.`;
      }
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
  'The person in the image was under 18, so the laws on indecent images of children apply as well as the laws on intimate images below. Both are serious crimes.';

/** What is true whenever the person in the image was under 18, wherever in the UK. */
function under18Caveats(jurisdiction: Jurisdiction | null): string[] {
  return [
    jurisdiction === 'england-and-wales'
      ? 'Taking, making, sharing or showing an indecent image of anyone under 18 is a crime under the Protection of Children Act 1978, and so is having one. This applies as well as the laws on intimate images, not instead of them.'
      : 'Indecent images of anyone under 18 are covered by their own, more serious laws, as well as by the laws on intimate images. Scotland and Northern Ireland have their own laws on this.',
    `${reportRemove.forUnder18sNow} ${reportRemove.ifAdultNow}`,
    'Do not send the image to anyone, even to get help. An adult helping must never look at, save, copy or forward it: keeping one can itself be a crime.',
  ];
}

const REPEATED_CAVEAT =
  'Each time it happened is judged by the law on the day it happened. If it happened both before and after a change in the law, the answer below gives each part, and more than one law may apply.';

/** The helplines an answer shows: for that nation (every nation's if unknown), and Childline where a child may be involved. */
function helplinesForAnswer(question: WhichLawQuestion): Helpline[] {
  const wanted = new Set(['revenge-porn-helpline', ...(question.under18 === 'no' ? [] : ['childline'])]);
  const forNation = helplinesFor(question.nation).filter(
    (entry) => entry.id.startsWith('domestic-abuse') || wanted.has(entry.id),
  );
  return question.under18 === 'yes' ? [helpline('childline'), ...forNation.filter((e) => e.id !== 'childline')] : forNation;
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
    };
  }

  const jurisdiction = jurisdictionOf[question.nation];
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

  const slugs: LawPageSlug[] = question.under18 === 'no' ? [] : ['under-18'];
  if (jurisdiction === 'england-and-wales') {
    // The page for each law the findings mention, newest first.
    if (findings.some((f) => f.offence?.law.startsWith('Sexual Offences Act 2003, section 66'))) slugs.push('england-and-wales');
    if (findings.some((f) => f.offence?.law.startsWith('Criminal Justice and Courts Act'))) slugs.push('the-2015-offence');
    if (findings.some((f) => f.act === 'taken')) slugs.push('related-offences');
    // Before April 2015 no finding names a law: the 2015 page says when the first one started.
    if (!slugs.some((slug) => slug !== 'under-18')) slugs.push('the-2015-offence');
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
  };
}
