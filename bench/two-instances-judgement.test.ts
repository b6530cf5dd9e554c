/**
 * The two-instance scenario's judgement (two-instances-judgement.ts), without servers: how the
 * store's rows and the messages received are counted against what the clients were told, and
 * when a run fails.
 */
import { describe, expect, it } from 'vitest';
import { submissionBodies } from './submission';
import { answerKind, deliveryCounts, formTokenOf, twoInstanceProblems, type TwoInstanceFigures } from './two-instances-judgement';

const id = (reference: string) => `<referral-${reference.toLowerCase()}@get-help.example>`;
const received = (...references: string[]) => references.map((reference) => ({ reference, messageId: id(reference) }));

describe('two-instance counts', () => {
  it('counts a resend after the kill as one duplicate with the same Message-ID', () => {
    const counts = deliveryCounts(['KQ7M-X4PD', 'TT3C-4WAA'], ['KQ7M-X4PD', 'TT3C-4WAA'], received('KQ7M-X4PD', 'TT3C-4WAA', 'KQ7M-X4PD'));
    expect(counts).toMatchObject({ accepted: 2, stored: 2, delivered: 2, duplicated: 1, duplicatesWithAnotherMessageId: 0, storedNotDelivered: 0 });
    expect(counts.duplicates).toEqual([{ reference: 'KQ7M-X4PD', arrivals: [0, 2] }]);
  });

  it('catches a duplicate under another Message-ID, an orphan row, a row twice and a referral never delivered', () => {
    const counts = deliveryCounts(
      ['KQ7M-X4PD', 'TT3C-4WAA'],
      ['KQ7M-X4PD', 'TT3C-4WAA', 'TT3C-4WAA', 'HH9Y-7RRX'],
      [...received('KQ7M-X4PD'), { reference: 'KQ7M-X4PD', messageId: '<another@get-help.example>' }, { reference: undefined, messageId: undefined }],
    );
    expect(counts).toMatchObject({
      duplicated: 1,
      duplicatesWithAnotherMessageId: 1,
      storedTwice: 1,
      storedNotAccepted: 1,
      storedNotDelivered: 2,
      unreadable: 1,
    });
  });

  it('finds the form token in a submission body, to look its referral up after an "already sent"', () => {
    const bodies = submissionBodies([['$ACTION_ID_0', '']], ['step-token-1', 'step-token-2']);
    const [first, second] = [bodies.next(), bodies.next()];
    expect(formTokenOf(first)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(formTokenOf(first)).not.toBe(formTokenOf(second));
    expect(() => formTokenOf('no token here')).toThrow(/No form token/);
  });

  it('reads what a form page said', () => {
    expect(answerKind(200, '<p data-testid="reference">KQ7M-X4PD</p>')).toBe('accepted');
    expect(answerKind(200, '<p>This device has sent several referrals in a short time</p>')).toBe('rate-limited');
    expect(answerKind(200, '<h1>Your referral has already been sent</h1>')).toBe('already-sent');
    expect(answerKind(502, 'Bad gateway')).toBe('status-502');
  });
});

describe('two-instance verdict', () => {
  const passing: TwoInstanceFigures = {
    store: 'postgres',
    size: 100,
    attempted: 108,
    accepted: 107,
    refused: { 'rate-limited': 1 },
    cutOff: 4,
    resubmitted: 4,
    resentAlreadySent: 1,
    startedAgain: 0,
    abandoned: 0,
    stored: 107,
    storedTwice: 0,
    acceptedNotStored: 0,
    storedNotAccepted: 0,
    delivered: 107,
    duplicated: 1,
    duplicates: [{ reference: 'KQ7M-X4PD', arrivals: [30, 41] }],
    duplicatesWithAnotherMessageId: 0,
    storedNotDelivered: 0,
    unreadable: 0,
    kill: { acceptedAtKill: 33, cutOffByProxy: 4, downSeconds: 3, messagesAtKill: 31 },
    leaseLost: 0,
    rateLimit: { limit: 5, acceptedThroughA: 5, nextThroughB: 'rate-limited', newClientThroughB: 'accepted' },
    drainSeconds: 2,
    seconds: 30,
  };

  it('passes a run where only the one rate-limited referral was refused and one message was sent twice', () => {
    expect(twoInstanceProblems(passing)).toEqual([]);
  });

  it('fails a limit that held only on its own instance, a second duplicate, and any other refusal', () => {
    expect(twoInstanceProblems({ ...passing, refused: {}, accepted: 108, stored: 108, delivered: 108, rateLimit: { ...passing.rateLimit, nextThroughB: 'accepted' } })).toEqual([
      expect.stringMatching(/rate limit did not hold across instances/),
    ]);
    expect(twoInstanceProblems({ ...passing, duplicated: 2 })).toEqual([expect.stringMatching(/delivered more than once/)]);
    expect(twoInstanceProblems({ ...passing, startedAgain: 1 })).toEqual([expect.stringMatching(/told their page had expired/)]);
    expect(twoInstanceProblems({ ...passing, refused: { 'rate-limited': 1, expired: 1 }, attempted: 109 })).toEqual([
      expect.stringMatching(/not every attempted referral was accepted/),
    ]);
  });
});
