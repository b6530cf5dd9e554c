import { describe, expect, it } from 'vitest';
import { caseOutcomes, caseStatuses } from '@/lib/cases/case-state';
import { messageProblem, normalisePin, statusForPerson } from './check-back-rules';

describe('the status in the person’s words', () => {
  it('has a title and a sentence for every status, and for every way a case closes', () => {
    const seen = new Set<string>();
    for (const status of caseStatuses) {
      for (const outcome of status === 'closed' ? caseOutcomes : [null]) {
        const words = statusForPerson(status, outcome);
        expect(words.title.length, `${status} ${outcome}`).toBeGreaterThan(0);
        expect(words.detail).toMatch(/\.$/);
        seen.add(words.detail);
      }
    }
    // Each case reads differently: no two say the same thing.
    expect(seen.size).toBe(caseStatuses.length - 1 + caseOutcomes.length);
    expect(statusForPerson('closed', 'withdrawn').detail).toBe('You withdrew your referral.');
  });
});

describe('reading what was typed', () => {
  it('takes a PIN with the spaces people type to read it back, and nothing else', () => {
    expect(normalisePin(' 730 418 ')).toBe('730418');
    expect(normalisePin('73041')).toBeUndefined();
    expect(normalisePin('7304181234567')).toBeUndefined();
    expect(normalisePin('73O418')).toBeUndefined();
  });

  it('bounds a message, and says why in the words the case page uses too', () => {
    expect(messageProblem('  ')).toEqual({ code: 'message-empty', message: 'Enter a message' });
    expect(messageProblem('x'.repeat(2_001))).toEqual({ code: 'message-too-long', message: 'Message must be 2,000 characters or fewer' });
    expect(messageProblem('x'.repeat(2_000))).toBeUndefined();
  });
});
