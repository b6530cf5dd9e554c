/**
 * The offence Northern Ireland has had for sharing intimate images, the later change that added
 * threats, and the dates our sources cannot confirm (so the answer hedges rather than says yes).
 *
 * Pure: no dates are read from the clock and nothing is read from the environment.
 */
import { fact, hedgeFor } from './facts';
import { NI_ACT_PASSED, NI_OFFENCE_CERTAINLY_IN_FORCE, NI_THREATS_ACT_PASSED, NI_THREATS_CERTAINLY_COVERED } from './law-dates';
import {
  noSpecificOffence,
  notDescribedHere,
  OTHER_CRIMES_ELSEWHERE_NOTE,
  timeline,
  type Answers,
  type Rule,
  type Timeline,
} from './offence-timelines';
import type { Act } from './which-law-types';

const NI = {
  name: 'Disclosing private sexual photographs and films with intent to cause distress',
  law: 'Justice Act (Northern Ireland) 2016, section 51',
  citation: { statute: 'justice-act-northern-ireland-2016', sections: ['51'] },
} as const;
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

// Section 51 as passed covered sharing only, so a threat before the 2022 Act was not covered,
// whether or not s.51 had yet come into force: the answer is known, not "cannot say".
const niThreatsNotCovered = (): Rule => ({
  status: 'not-covered',
  offence: NI,
  required: [],
  maximumPenalty: null,
  notes: [
    `As first passed, on ${fact('niActPassed')}, this offence covered sharing only. Threats to share were added to it by the Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022, which became law on ${fact('niThreatsActPassed')}. A threat before then was not covered by it.`,
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

export const northernIreland: Record<Act, Timeline> = {
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
    { from: NI_ACT_PASSED, rule: niThreatsNotCovered },
    { from: NI_THREATS_ACT_PASSED, rule: niThreatsNotConfirmed },
    { from: NI_THREATS_CERTAINLY_COVERED, rule: niRule('threatened') },
  ),
  taken: notDescribedHere('taking or recording intimate images without consent', 'Northern Ireland'),
  created: notDescribedHere('creating a fake intimate image', 'Northern Ireland'),
};
