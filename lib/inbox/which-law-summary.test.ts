import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readStoredReferral } from '@/lib/cases/stored-referral';
import { encryptPayload } from '@/lib/crypto/payload-cipher';
import { completeAnswers } from '@/testing/test-answers';
import { whichLawFor, whichLawQuestionFor, whichLawSummaryFor } from './which-law-summary';

const date = (day: string, month: string, year: string) => ({ day, month, year });

/** A referral as the form stored it before it asked where it happened: no such answer at all. */
function storedBefore8December2026(overrides: Record<string, unknown>) {
  const payload: Record<string, unknown> = { ...completeAnswers(), ...overrides };
  delete payload.whereItHappened;
  const dataKey = randomBytes(32);
  return readStoredReferral(dataKey, { reference: 'KQ7M-X4PD', encryptedPayload: encryptPayload(dataKey, 'KQ7M-X4PD', payload) }).answers;
}

describe('the which-law question a referral answers', () => {
  it('takes where it happened, what happened and age from the answers, and leaves the kind of image open', () => {
    expect(
      whichLawQuestionFor(
        completeAnswers({ nation: 'england', whereItHappened: 'scotland', whatHappened: ['threatened', 'fake'], personAge: 'adult', foundOut: date('', '', '') }),
      ),
    ).toEqual({ nation: 'scotland', when: { kind: 'not-sure' }, what: 'threatened', image: 'not-sure', under18: 'no' });
    expect(whichLawQuestionFor(completeAnswers({ whatHappened: ['not-sure'] }))).toBeUndefined();
  });

  it('uses an exact date, or a month wholly inside one period, and otherwise every period', () => {
    const when = (foundOut: ReturnType<typeof date>) => whichLawQuestionFor(completeAnswers({ whatHappened: ['shared'], foundOut }))!.when;
    expect(when(date('5', '3', '2025'))).toEqual({ kind: 'date', date: '2025-03-05' });
    expect(when(date('', '3', '2025'))).toEqual({ kind: 'since-31-january-2024' });
    expect(when(date('', '1', '2024'))).toEqual({ kind: 'not-sure' });
    expect(when(date('', '5', '2015'))).toEqual({ kind: 'april-2015-to-january-2024' });
    expect(when(date('', '4', '2015'))).toEqual({ kind: 'not-sure' });
    expect(when(date('', '3', '2015'))).toEqual({ kind: 'before-april-2015' });
    expect(when(date('', '', '2020'))).toEqual({ kind: 'not-sure' });
  });

  it('gives the guidance answer for that question', () => {
    const result = whichLawFor(completeAnswers({ whereItHappened: 'england', whatHappened: ['shared'], personAge: 'adult', foundOut: date('', '3', '2025') }));
    expect(result?.jurisdiction).toBe('england-and-wales');
    expect(result?.headline).toMatch(/\S/);
  });
});

describe('what the case page says the law rests on', () => {
  it('P4: a new referral is answered for where it happened, not where they live, and says so', () => {
    const summary = whichLawSummaryFor(completeAnswers({ nation: 'england', whereItHappened: 'scotland', whatHappened: ['shared'] }))!;
    expect(summary.basedOn).toBe('Based on where it happened, or where they saw or received it: Scotland.');
    expect(summary.basis).toBe('where-it-happened');
    expect(summary.result?.jurisdiction).toBe('scotland');
  });

  it('P4: a referral stored before the form asked where it happened is answered for where they live, and says so', () => {
    const answers = storedBefore8December2026({ nation: 'wales', whatHappened: ['shared'] });
    expect(answers.whereItHappened).toBe('');
    const summary = whichLawSummaryFor(answers)!;
    expect(summary.basis).toBe('where-they-live');
    expect(summary.basedOn).toMatch(/^Based on where they live \(asked before 8 December 2026\): Wales\. /);
    expect(summary.basedOn).toContain('not where they live: if that was somewhere else, this answer may not apply, so ask them');
    expect(summary.result?.jurisdiction).toBe('england-and-wales');
  });

  it('P4: with "I don’t know" it says the nation is not known and what that means, and works out no answer', () => {
    const summary = whichLawSummaryFor(completeAnswers({ nation: 'scotland', whereItHappened: 'unknown', whatHappened: ['threatened'] }))!;
    expect(summary.basis).toBe('not-known');
    expect(summary.result).toBeUndefined();
    expect(summary.basedOn).toMatch(/^The nation is not known: they said they do not know where it happened, so no answer is worked out here\./);
    expect(summary.basedOn).toContain('The law is different in England and Wales, in Scotland and in Northern Ireland.');
    // Where they live is not put in its place.
    expect(summary.basedOn).not.toContain('Scotland.');
  });

  it('item 2: outside the UK is said as such, with the tool’s own answer for it', () => {
    const summary = whichLawSummaryFor(completeAnswers({ whereItHappened: 'elsewhere', whatHappened: ['shared'] }))!;
    expect(summary.basedOn).toBe('Based on where it happened, or where they saw or received it: Outside the UK.');
    expect(summary.result?.outcome).toBe('outside-uk');
  });

  it('says nothing when nothing was shared or threatened', () => {
    expect(whichLawSummaryFor(completeAnswers({ whatHappened: ['fake'] }))).toBeUndefined();
  });
});
