/**
 * Stops PIN guessing. Five wrong PINs for one reference lock it for a quarter of an hour, and the
 * count starts again when the lock ends; a reference nobody was given locks the same way, so a
 * lock says nothing about which references exist. One client that keeps failing, across any
 * references, waits longer and longer (twice as long each time, up to a quarter of an hour), so
 * trying many references at once is slow too.
 *
 * The counts live in the shared state (`lib/security/shared-state.ts`): this process's memory
 * on one instance, PostgreSQL with several, so a lock set through one instance holds on all. The
 * clock is passed in, so a test can move time. Keys are hashes, never what was typed.
 */
import { PIN_LOCK_MS, PIN_TRIES_BEFORE_LOCK } from '@/lib/check-back/check-back-rules';
import { createMemorySharedState, type FailureCount, type FailureRule, type SharedState } from '@/lib/security/shared-state';
import { hashSecret } from '@/lib/crypto/secrets';

/** Wrong PINs one client may make, on any references, before it is slowed down. */
const CLIENT_FREE_FAILURES = 10;
const CLIENT_FIRST_WAIT_MS = 1_000;
/** Counts are forgotten after a quiet day. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
/** A lock that has ended starts the count again: five more tries, then another lock. */
const REFERENCE_RULE: FailureRule = { forgetAfterMs: FORGET_AFTER_MS, restartAfterLock: { failures: PIN_TRIES_BEFORE_LOCK, lockMs: PIN_LOCK_MS } };
const CLIENT_RULE: FailureRule = { forgetAfterMs: FORGET_AFTER_MS };

export type PinLockout = {
  /** Milliseconds until this reference may be tried from this client; 0 when it may be now. */
  waitFor(reference: string, client: string, now: number): Promise<number>;
  recordFailure(reference: string, client: string, now: number): Promise<void>;
  recordSuccess(reference: string): Promise<void>;
};

export function createPinLockout(limits: SharedState = createMemorySharedState()): PinLockout {
  const referenceKey = (reference: string) => `pin-reference:${hashSecret(`reference:${reference}`)}`;
  const clientKey = (client: string) => `pin-client:${hashSecret(`client:${client}`)}`;

  const referenceWait = (count: FailureCount | undefined, now: number) =>
    count && count.failures >= PIN_TRIES_BEFORE_LOCK ? Math.max(0, count.lastFailureAt + PIN_LOCK_MS - now) : 0;
  const clientWait = (count: FailureCount | undefined, now: number) => {
    if (!count || count.failures < CLIENT_FREE_FAILURES) return 0;
    const wait = Math.min(PIN_LOCK_MS, CLIENT_FIRST_WAIT_MS * 2 ** (count.failures - CLIENT_FREE_FAILURES));
    return Math.max(0, count.lastFailureAt + wait - now);
  };

  return {
    async waitFor(reference, client, now) {
      const [ofReference, ofClient] = await Promise.all([limits.failureCount(referenceKey(reference)), limits.failureCount(clientKey(client))]);
      return Math.max(referenceWait(ofReference, now), clientWait(ofClient, now));
    },
    async recordFailure(reference, client, now) {
      await Promise.all([
        limits.recordFailure(referenceKey(reference), now, REFERENCE_RULE),
        limits.recordFailure(clientKey(client), now, CLIENT_RULE),
      ]);
    },
    async recordSuccess(reference) {
      await limits.clearFailures(referenceKey(reference));
    },
  };
}
