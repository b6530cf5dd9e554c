/**
 * A complete, valid referral for tests: a person reporting for themselves, with evidence on
 * three platforms. Tests change the parts they are about.
 */
import type { Answers } from './definition';
import { emptyAnswers } from './wizard';

export function completeAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    ...emptyAnswers(),
    inDanger: 'no',
    personAge: 'adult',
    nation: 'england',
    forWhom: 'myself',
    whatHappened: ['shared', 'threatened'],
    foundOut: { day: '', month: '3', year: '2025' },
    description: 'My ex posted a photo and says he will send more to my family.',
    whoDidIt: 'ex-partner',
    demands: ['money'],
    otherAbuse: ['tracking'],
    evidence: [
      {
        platform: 'instagram',
        where: 'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc123',
        seenOn: '2025-03-14',
        whatItShows: 'A post with my photo and my first name',
        reported: 'yes',
        reportReference: 'IG-555',
        screenshotKept: 'yes',
      },
      {
        platform: 'whatsapp',
        where: '07700 900123',
        seenOn: '',
        whatItShows: 'Messages threatening to send more',
        reported: 'no',
        reportReference: '',
        screenshotKept: 'yes',
      },
      {
        platform: 'facebook',
        where: 'https://www.facebook.com/some.profile.name',
        seenOn: '',
        whatItShows: '',
        reported: 'not-sure',
        reportReference: '',
        screenshotKept: 'no',
      },
    ],
    reportedToPolice: 'yes',
    crimeReference: 'CRI/2025/123',
    policeForce: 'West Midlands Police',
    helpWanted: ['removal', 'report-police'],
    preferredName: 'Sam',
    contactMethod: 'phone',
    phone: '07700 900982',
    safeTimes: 'Weekdays 10am to 2pm',
    messageSafe: 'no',
    mayIdentify: 'no',
    otherPersonAccess: ['not-sure'],
    accessNeeds: [],
    consent: true,
    ...overrides,
  };
}
