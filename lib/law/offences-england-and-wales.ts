/**
 * The offences England and Wales had for each act (sharing, threatening to share, taking, making
 * a fake), from before the first one to now: what had to be proved, the maximum sentence where a
 * source states it, and the notes. Every dated or numbered fact comes from ./facts.ts, hedged
 * where it is only reported.
 *
 * Pure: no dates are read from the clock and nothing is read from the environment.
 */
import { fact, hedgeFor } from './facts';
import {
  CRIME_AND_POLICING_ACT_FIRST_CHANGES,
  DEEPFAKE_ACT_PASSED,
  DEEPFAKE_OFFENCES_REPORTED_START,
  EW_2015_OFFENCE_STARTS,
  EW_THREATS_COVERED_FROM,
  EW_2024_OFFENCES_START,
  SOA_2003_IN_FORCE,
} from './law-dates';
import {
  appearsToShowNote,
  noSpecificOffence,
  OTHER_CRIMES_NOTE,
  penalty,
  timeline,
  type Answers,
  type Rule,
  type Timeline,
} from './offence-timelines';
import type { Act, Citation } from './which-law-types';

const cjca = (...sections: string[]): Citation => ({ statute: 'criminal-justice-and-courts-act-2015', sections });
const soa = (...sections: string[]): Citation => ({ statute: 'sexual-offences-act-2003', sections });

const S33 = {
  name: 'Disclosing private sexual photographs and films with intent to cause distress',
  law: 'Criminal Justice and Courts Act 2015, section 33',
  citation: cjca('33'),
};
const S33_THREAT = {
  name: 'Disclosing, or threatening to disclose, private sexual photographs and films with intent to cause distress',
  law: 'Criminal Justice and Courts Act 2015, section 33, as changed by the Domestic Abuse Act 2021',
  citation: cjca('33'),
};
const S66B = {
  name: 'Sharing an intimate photograph or film',
  law: 'Sexual Offences Act 2003, section 66B(1) to (3)',
  citation: soa('66B'),
};
const S66B_THREAT = {
  name: 'Threatening to share an intimate photograph or film',
  law: 'Sexual Offences Act 2003, section 66B(4)',
  citation: soa('66B'),
};
const VOYEURISM = {
  name: `Voyeurism, and from ${fact('upskirtingInForce')} upskirting`,
  law: 'Sexual Offences Act 2003, sections 67 and 67A',
  citation: soa('67', '67A'),
};
// The section number is reported by one commentary only, so the law names the Act, and the
// number comes with "reported".
const TAKING = {
  name: 'Taking or recording an intimate photograph or film without consent',
  law: `Sexual Offences Act 2003, as changed by the Crime and Policing Act 2026; reported to be ${fact('takingOffenceSection')}`,
  citation: soa(fact('takingOffenceSection').replace(/^section /, '')),
};
const DEEPFAKE = {
  name: 'Creating a fake intimate image, or asking someone to create one',
  law: 'Sexual Offences Act 2003, sections 66E and 66F, added by the Data (Use and Access) Act 2025',
  citation: soa('66E', '66F'),
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

const DO_NOT_LET_A_TIME_LIMIT_STOP_YOU =
  'Whatever the date, do not let the time limit stop you reporting: the police can tell you what applies.';
const S66B_TIME_LIMIT_NOTE = `The basic offence has had a time limit: a prosecution had to start within ${fact('summaryTimeLimit')} of the sharing. ${hedgeFor('summaryTimeLimit')} The more serious versions have no such limit. ${DO_NOT_LET_A_TIME_LIMIT_STOP_YOU}`;

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
  // The form does not ask why they did it, and the offence needs a purpose: the answer says "if".
  condition:
    'they did it for sexual gratification, or, for upskirting, also if they meant to humiliate, alarm or distress you',
  required: VOYEURISM_REQUIRED,
  maximumPenalty: penalty('voyeurismMaximum'),
  notes: [
    `Upskirting (section 67A) has been a crime since ${fact('upskirtingInForce')}; it does not apply to pictures taken before then.`,
    'If the image was then shared, or someone threatened to share it, answer again for that: it is a separate crime.',
  ],
});

// The base offence, with the two more serious ones beside it; the maximums and the time limit are
// only reported (the Act's own words were not readable), so each carries its hedge.
const takingOffence = (): Rule => ({
  status: 'offence',
  startNotConfirmed: true,
  offence: TAKING,
  required: [
    'they took or recorded a photo or video of you in an intimate state',
    'you did not consent, and they did not reasonably believe you consented',
  ],
  maximumPenalty: {
    text: `reported to be ${fact('takingBasicMaximum')} for the basic offence; up to ${fact('takingMaximum')} is reported only if they meant to cause alarm, distress or humiliation, or did it for sexual gratification`,
    hedge: hedgeFor('takingMaximum'),
  },
  notes: [
    hedgeFor('crimeAndPolicingActFirstChanges'),
    'There is no need to prove why they did it. If they meant to cause you alarm, distress or humiliation, or did it for sexual gratification, it is reported to be a more serious offence.',
    `The basic offence is reported to be heard only in a magistrates’ court, and such offences have had a time limit: a prosecution had to start within ${fact('summaryTimeLimit')}. ${hedgeFor('summaryTimeLimit')} ${DO_NOT_LET_A_TIME_LIMIT_STOP_YOU}`,
    'Voyeurism and upskirting may also apply. If the image was then shared, or someone threatened to share it, that is a separate crime.',
  ],
});

// s.66E(2)(b): the test is whether the image appears to be of an adult, not the person's age.
const DEEPFAKE_REQUIRED = [
  'they intentionally created a photo or video that appears to show you in an intimate state but is not a real one (or not only a real one), or asked someone else to create one, whether or not it was ever made',
  'the image appears to be of an adult',
  'you did not consent, and they did not reasonably believe you consented',
];
const DEEPFAKE_TIME_LIMIT_NOTE = `A prosecution must start ${fact('deepfakeTimeLimit')}. ${hedgeFor('deepfakeTimeLimit')}`;
const DEEPFAKE_UNDER_18_NOTE =
  'These offences are about images that appear to be of an adult, whatever your age. A fake that appears to show you as an adult can fall under them even if you were under 18. A fake sexual image that looks like a child is covered by the laws on indecent images of children instead, which are more serious.';

const deepfakeNotYetConfirmed = ({ under18 }: Answers): Rule => ({
  status: 'not-confirmed',
  offence: DEEPFAKE,
  required: [],
  maximumPenalty: null,
  notes: [DEEPFAKE_START_HEDGE, ...(under18 === 'no' ? [] : [DEEPFAKE_UNDER_18_NOTE]), OTHER_CRIMES_NOTE],
});

const deepfakeNoOffenceYet = (): Rule => ({
  ...noSpecificOffence('creating a fake intimate image, or asking for one'),
  notes: [
    `There was no specific crime of creating a fake intimate image, or asking for one, at this time: the Act that created these offences became law on ${fact('deepfakeActPassed')}. ${hedgeFor('deepfakeActPassed')}`,
    OTHER_CRIMES_NOTE,
  ],
});

const deepfakeOffences = ({ under18 }: Answers): Rule => ({
  status: 'offence',
  startNotConfirmed: true,
  offence: DEEPFAKE,
  required: DEEPFAKE_REQUIRED,
  maximumPenalty: { text: `${fact('deepfakeMaximum')} for creating one`, hedge: hedgeFor('deepfakeMaximum') },
  notes: [
    DEEPFAKE_START_HEDGE,
    ...(under18 === 'no' ? [] : [DEEPFAKE_UNDER_18_NOTE]),
    'Having a reasonable excuse is a defence to creating one, which the person must prove.',
    DEEPFAKE_TIME_LIMIT_NOTE,
  ],
});

export const englandAndWales: Record<Act, Timeline> = {
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
    { from: null, rule: deepfakeNoOffenceYet },
    { from: DEEPFAKE_ACT_PASSED, rule: deepfakeNotYetConfirmed },
    { from: DEEPFAKE_OFFENCES_REPORTED_START, rule: deepfakeOffences },
  ),
};
