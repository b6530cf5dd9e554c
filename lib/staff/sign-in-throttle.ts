/**
 * Slows down guessing: after a few failed sign-ins for one account (known or not, so the
 * throttle says nothing about which exist) or from one client, each further try must wait,
 * twice as long each time, up to a quarter of an hour. A success clears the account's count.
 *
 * In memory: one server process. Keys are hashes, never what was typed.
 */
import { hashSecret } from '@/lib/staff/secrets';

export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 15 * 60 * 1000;
/** Counts are forgotten after a quiet day. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

type Record = { failures: number; lastFailureAt: number };

export type SignInThrottle = {
  /** Milliseconds to wait before this account or client may try again; 0 when it may try now. */
  waitFor(account: string, client: string, now: number): number;
  recordFailure(account: string, client: string, now: number): void;
  recordSuccess(account: string): void;
};

const waitAfter = (record: Record | undefined, now: number) => {
  if (!record || record.failures < FREE_ATTEMPTS) return 0;
  const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (record.failures - FREE_ATTEMPTS));
  return Math.max(0, record.lastFailureAt + wait - now);
};

export function createSignInThrottle(): SignInThrottle {
  const records = new Map<string, Record>();
  const accountKey = (account: string) => `account:${hashSecret(account.trim().toLowerCase())}`;
  const clientKey = (client: string) => `client:${hashSecret(client)}`;
  const fail = (key: string, now: number) => {
    const record = records.get(key);
    const fresh = !record || now - record.lastFailureAt > FORGET_AFTER_MS;
    records.set(key, { failures: fresh ? 1 : record.failures + 1, lastFailureAt: now });
  };
  return {
    waitFor(account, client, now) {
      return Math.max(waitAfter(records.get(accountKey(account)), now), waitAfter(records.get(clientKey(client)), now));
    },
    recordFailure(account, client, now) {
      fail(accountKey(account), now);
      fail(clientKey(client), now);
      if (records.size > 100_000) {
        for (const [key, record] of records) if (now - record.lastFailureAt > FORGET_AFTER_MS) records.delete(key);
      }
    },
    recordSuccess(account) {
      records.delete(accountKey(account));
    },
  };
}
