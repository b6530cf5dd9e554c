import { describe, expect, it } from 'vitest';
import { completeAnswers } from '@/testing/test-answers';
import { whichLawFor, whichLawQuestionFor } from './which-law-summary';

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe('the which-law question a referral answers', () => {
  it('takes nation, what happened and age from the answers, and leaves the kind of image open', () => {
    expect(
      whichLawQuestionFor(completeAnswers({ nation: 'scotland', whatHappened: ['threatened', 'fake'], personAge: 'adult', foundOut: date('', '', '') })),
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
    const result = whichLawFor(completeAnswers({ nation: 'england', whatHappened: ['shared'], personAge: 'adult', foundOut: date('', '3', '2025') }));
    expect(result?.jurisdiction).toBe('england-and-wales');
    expect(result?.headline).toMatch(/\S/);
  });
});
