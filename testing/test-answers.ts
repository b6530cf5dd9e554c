/**
 * A complete, valid referral for tests: a person reporting for themselves, with evidence on
 * three platforms. Tests change the parts they are about.
 */
import { fields, type Answers, type FieldId } from '@/lib/referral/definition';
import { evidenceItemFields, type EvidenceItem, type FieldDefinition } from '@/lib/referral/fields';
import { defang } from '@/lib/referral/format';
import { emptyAnswers } from '@/lib/referral/wizard';

export function completeAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    ...emptyAnswers(),
    inDanger: 'no',
    personAge: 'adult',
    nation: 'england',
    forWhom: 'myself',
    whatHappened: ['shared', 'threatened'],
    whereItHappened: 'england',
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

/** The free-text parts of an evidence item, read from its definition (those with a length limit). */
const evidenceTextFields = (Object.keys(evidenceItemFields) as (keyof typeof evidenceItemFields)[]).filter(
  (name) => 'maxLength' in evidenceItemFields[name],
) as ('where' | 'whatItShows' | 'reportReference')[];

/**
 * A complete referral with a distinctive value in every free-text answer: each text and
 * textarea field of the definition, and the free-text parts of every evidence item. A field
 * added later gets its canary without a change here. `canaries` maps each answer's form name
 * (e.g. "evidence.0.where") to its value; all contain `marker` except the phone number, which
 * the form checks is one (its last three digits come from the marker instead).
 *
 * Every optional part that can apply does (someone helping, police, other help, access needs,
 * contact by email, reported evidence), so the answers' own formatter shows every value as typed
 * but the phone number.
 */
export function canaryAnswers(marker: string): { answers: Answers; canaries: Record<string, string> } {
  const canaries: Record<string, string> = {};
  const text: Record<string, string> = {};
  const phoneDigits = String([...marker].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) % 1000, 0));
  for (const fieldId of Object.keys(fields) as FieldId[]) {
    const field: FieldDefinition = fields[fieldId];
    if (field.kind !== 'text' && field.kind !== 'textarea') continue;
    const format = field.kind === 'text' ? field.format : undefined;
    text[fieldId] =
      format === 'email'
        ? `${marker}@example.org`
        : format === 'phone'
          ? `07700 900${phoneDigits.padStart(3, '0')}`
          : `${fieldId} ${marker}`;
    canaries[fieldId] = text[fieldId];
  }
  // Links with nothing to take out (no tracking parameters), and each item was reported, so its
  // report reference is shown too.
  const wheres = [
    { platform: 'instagram', where: `https://www.instagram.com/${marker}/` },
    { platform: 'websites', where: `https://www.example.com/${marker}/1` },
    { platform: 'other', where: `https://www.example.com/${marker}/2` },
  ] as const;
  const evidence = completeAnswers().evidence.map((item, index): EvidenceItem => {
    const typed = { ...item, ...wheres[index % wheres.length], reported: 'yes' as const };
    for (const name of evidenceTextFields) {
      if (name !== 'where') typed[name] = `${name} ${index} ${marker}`;
      // The email defangs links ("https[:]//…") so that a tap cannot open one: that is what it shows.
      canaries[`evidence.${index}.${name}`] = name === 'where' ? defang(typed[name]) : typed[name];
    }
    return typed;
  });
  const answers = completeAnswers({
    ...(text as Partial<Answers>),
    forWhom: 'someone-else',
    personAgrees: true,
    reportedToPolice: 'yes',
    helpWanted: ['removal', 'other'],
    contactMethod: 'email',
    accessNeeds: ['other'],
    evidence,
  });
  return { answers, canaries };
}
