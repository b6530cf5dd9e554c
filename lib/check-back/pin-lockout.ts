/**
 * Stops PIN guessing. Five wrong PINs for one reference lock it for a quarter of an hour, and the
 * count starts again when the lock ends; a reference nobody was given locks the same way, so a
 * lock says nothing about which references exist. One client that keeps failing, across any
 * references, waits longer and longer (twice as long each time, up to a quarter of an hour), so
 * trying many references at once is slow too.
 *
 * In memory (one server process) with the clock passed in, so a test can move time. Keys are
 * hashes, never what was typed.
 */
import { PIN_LOCK_MS, PIN_TRIES_BEFORE_LOCK } from '@/lib/check-back/check-back-rules';
import { hashSecret } from '@/lib/staff/secrets';

/** Wrong PINs one client may make, on any references, before it is slowed down. */
const CLIENT_FREE_FAILURES = 10;
const CLIENT_FIRST_WAIT_MS = 1_000;
/** Counts are forgotten after a quiet day. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export type PinLockout = {
  /** Milliseconds until this reference may be tried from this client; 0 when it may be now. */
  waitFor(reference: string, client: string, now: number): number;
  recordFailure(reference: string, client: string, now: number): void;
  recordSuccess(reference: string): void;
};

type Count = { failures: number; lastFailureAt: number };

export function createPinLockout(): PinLockout {
  const references = new Map<string, Count>();
  const clients = new Map<string, Count>();
  const referenceKey = (reference: string) => hashSecret(`reference:${reference}`);
  const clientKey = (client: string) => hashSecret(`client:${client}`);

  const referenceWait = (count: Count | undefined, now: number) =>
    count && count.failures >= PIN_TRIES_BEFORE_LOCK ? Math.max(0, count.lastFailureAt + PIN_LOCK_MS - now) : 0;
  const clientWait = (count: Count | undefined, now: number) => {
    if (!count || count.failures < CLIENT_FREE_FAILURES) return 0;
    const wait = Math.min(PIN_LOCK_MS, CLIENT_FIRST_WAIT_MS * 2 ** (count.failures - CLIENT_FREE_FAILURES));
    return Math.max(0, count.lastFailureAt + wait - now);
  };

  return {
    waitFor(reference, client, now) {
      return Math.max(referenceWait(references.get(referenceKey(reference)), now), clientWait(clients.get(clientKey(client)), now));
    },
    recordFailure(reference, client, now) {
      const key = referenceKey(reference);
      const count = references.get(key);
      // A lock that has ended starts the count again: five more tries, then another lock.
      const fresh = !count || (count.failures >= PIN_TRIES_BEFORE_LOCK && referenceWait(count, now) === 0) || now - count.lastFailureAt > FORGET_AFTER_MS;
      references.set(key, { failures: fresh ? 1 : count.failures + 1, lastFailureAt: now });
      const ofClient = clients.get(clientKey(client));
      const clientFresh = !ofClient || now - ofClient.lastFailureAt > FORGET_AFTER_MS;
      clients.set(clientKey(client), { failures: clientFresh ? 1 : ofClient.failures + 1, lastFailureAt: now });
      for (const map of [references, clients]) {
        if (map.size <= 100_000) continue;
        for (const [k, c] of map) if (now - c.lastFailureAt > FORGET_AFTER_MS) map.delete(k);
      }
    },
    recordSuccess(reference) {
      references.delete(referenceKey(reference));
    },
  };
}
