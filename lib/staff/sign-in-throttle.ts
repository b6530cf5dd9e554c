/**
 * Slows down guessing: after a few failed sign-ins for one account (known or not, so the
 * throttle says nothing about which exist) or from one client, each further try must wait,
 * twice as long each time, up to a quarter of an hour. A success clears the account's count.
 *
 * The counts live in the shared state (`lib/security/shared-state.ts`): this process's memory
 * on one instance, PostgreSQL with several, so a guesser cannot spread tries across instances.
 * Keys are hashes, never what was typed.
 */
import { createMemorySharedState, type FailureCount, type FailureRule, type SharedState } from '@/lib/security/shared-state';
import { hashSecret } from '@/lib/crypto/secrets';

export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 15 * 60 * 1000;
/** Counts are forgotten after a quiet day. */
const RULE: FailureRule = { forgetAfterMs: 24 * 60 * 60 * 1000 };

export type SignInThrottle = {
  /** Milliseconds to wait before this account or client may try again; 0 when it may try now. */
  waitFor(account: string, client: string, now: number): Promise<number>;
  recordFailure(account: string, client: string, now: number): Promise<void>;
  recordSuccess(account: string): Promise<void>;
};

const waitAfter = (record: FailureCount | undefined, now: number) => {
  if (!record || record.failures < FREE_ATTEMPTS) return 0;
  const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (record.failures - FREE_ATTEMPTS));
  return Math.max(0, record.lastFailureAt + wait - now);
};

export function createSignInThrottle(limits: SharedState = createMemorySharedState()): SignInThrottle {
  const accountKey = (account: string) => `sign-in-account:${hashSecret(account.trim().toLowerCase())}`;
  const clientKey = (client: string) => `sign-in-client:${hashSecret(client)}`;
  return {
    async waitFor(account, client, now) {
      const [ofAccount, ofClient] = await Promise.all([limits.failureCount(accountKey(account)), limits.failureCount(clientKey(client))]);
      return Math.max(waitAfter(ofAccount, now), waitAfter(ofClient, now));
    },
    async recordFailure(account, client, now) {
      await Promise.all([limits.recordFailure(accountKey(account), now, RULE), limits.recordFailure(clientKey(client), now, RULE)]);
    },
    async recordSuccess(account) {
      await limits.clearFailures(accountKey(account));
    },
  };
}
