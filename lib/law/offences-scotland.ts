/**
 * The offence Scotland has had for sharing and threatening to share intimate images, and what
 * this guide does not describe there yet.
 *
 * Pure: no dates are read from the clock and nothing is read from the environment.
 */
import { SCOTLAND_OFFENCE_STARTS } from './law-dates';
import {
  appearsToShowNote,
  noSpecificOffence,
  notDescribedHere,
  OTHER_CRIMES_ELSEWHERE_NOTE,
  penalty,
  timeline,
  type Answers,
  type Rule,
  type Timeline,
} from './offence-timelines';
import type { Act } from './which-law-types';

const SCOTLAND = {
  name: 'Disclosing, or threatening to disclose, an intimate photograph or film',
  law: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, section 2',
  citation: { statute: 'abusive-behaviour-and-sexual-harm-scotland-act-2016', sections: ['2'] },
} as const;

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

export const scotland: Record<Act, Timeline> = {
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
