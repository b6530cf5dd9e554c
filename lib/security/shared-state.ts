/**
 * The short-lived state one server process used to keep to itself, as one interface with two
 * implementations: in this process's memory (one instance, on SQLite: nothing else can see it,
 * and nothing is written to disk for each request), or in PostgreSQL
 * (`lib/storage/postgres-shared-state.ts`), so that a client limited, throttled or locked out
 * through one instance is so on every instance, a page token used on one is used on all, and a
 * person's check-back page works whichever instance the next request reaches.
 *
 * - `hit`: the rate limits' sliding window (at most `limit` allowed requests in any `windowMs`).
 * - `failureCount`, `recordFailure`, `clearFailures`: failed sign-ins and wrong PINs.
 * - `useOnce`: single-use ids (the form's step tokens).
 * - `holdToken`, `peekToken`, `takeToken`, `dropToken`: tokens standing for a small value until
 *   they expire (the check-back's session and PIN-offer tokens), stored by their hash.
 *
 * Keys are keyed hashes, never an address, an email or a reference as typed.
 */
import { createRateLimiter, type RateLimiter, type RateLimitResult } from '@/lib/security/sliding-window';

export type FailureCount = { failures: number; lastFailureAt: number };

/**
 * When a count starts again at 1 instead of going up: after `forgetAfterMs` without a failure,
 * and, for a lock that has ended (`restartAfterLock`), as soon as it has.
 */
export type FailureRule = {
  forgetAfterMs: number;
  restartAfterLock?: { failures: number; lockMs: number };
};

export interface SharedState {
  /** Counts one request from `key` if the window allows it, and says whether it does. */
  hit(key: string, limit: number, windowMs: number, now: number): Promise<RateLimitResult>;
  failureCount(key: string): Promise<FailureCount | undefined>;
  recordFailure(key: string, now: number, rule: FailureRule): Promise<void>;
  clearFailures(key: string): Promise<void>;
  /** True the first time `id` is used; false ever after, until it expires at `expiresAt`. */
  useOnce(id: string, expiresAt: number, now: number): Promise<boolean>;
  /** Whether `id` has been used and has not yet expired, leaving it as it is. */
  wasUsed(id: string, now: number): Promise<boolean>;
  holdToken(tokenHash: string, value: string, expiresAt: number, now: number): Promise<void>;
  /** The token's value while it is live, leaving it live. */
  peekToken(tokenHash: string, now: number): Promise<string | undefined>;
  /** The token's value if it is live; either way it is gone afterwards (taken once, even at once). */
  takeToken(tokenHash: string, now: number): Promise<string | undefined>;
  dropToken(tokenHash: string): Promise<void>;
}

/** Whether a failure at `now` starts the count again (the same rule in both implementations). */
export function restartsCount(count: FailureCount | undefined, now: number, rule: FailureRule): boolean {
  if (!count || now - count.lastFailureAt > rule.forgetAfterMs) return true;
  const lock = rule.restartAfterLock;
  return lock !== undefined && count.failures >= lock.failures && count.lastFailureAt + lock.lockMs <= now;
}

/** Past this many remembered failure keys, the ones quiet for longer than their rule are dropped. */
const MAX_FAILURE_KEYS = 100_000;
/** Past this many used ids, or held tokens, the expired ones are dropped. */
const MAX_USED_IDS = 100_000;
const MAX_TOKENS = 10_000;

/**
 * In memory, for one process. Each (limit, window) pair has its own limiter, bounded as
 * `createRateLimiter` is; failure counts, used ids and held tokens are swept of what has expired
 * when they grow large. (The step tokens keep their own, more tightly bounded memory on one instance: see
 * `lib/security/step-token.ts`.)
 */
export function createMemorySharedState(): SharedState {
  const limiters = new Map<string, RateLimiter>();
  const failures = new Map<string, FailureCount & { forgetAfterMs: number }>();
  const used = new Map<string, number>();
  const tokens = new Map<string, { value: string; expiresAt: number }>();
  let clock = 0;
  return {
    async hit(key, limit, windowMs, now) {
      clock = now;
      const name = `${limit}/${windowMs}`;
      let limiter = limiters.get(name);
      if (!limiter) {
        limiter = createRateLimiter({ limit, windowMs, now: () => clock });
        limiters.set(name, limiter);
      }
      return limiter.check(key);
    },
    async failureCount(key) {
      const count = failures.get(key);
      return count && { failures: count.failures, lastFailureAt: count.lastFailureAt };
    },
    async recordFailure(key, now, rule) {
      const count = failures.get(key);
      failures.set(key, { failures: restartsCount(count, now, rule) ? 1 : count!.failures + 1, lastFailureAt: now, forgetAfterMs: rule.forgetAfterMs });
      if (failures.size > MAX_FAILURE_KEYS) {
        for (const [each, c] of failures) if (now - c.lastFailureAt > c.forgetAfterMs) failures.delete(each);
      }
    },
    async clearFailures(key) {
      failures.delete(key);
    },
    async useOnce(id, expiresAt, now) {
      const expiry = used.get(id);
      if (expiry !== undefined && expiry > now) return false;
      used.set(id, expiresAt);
      if (used.size > MAX_USED_IDS) for (const [each, until] of used) if (until <= now) used.delete(each);
      return true;
    },
    async wasUsed(id, now) {
      const expiry = used.get(id);
      return expiry !== undefined && expiry > now;
    },
    async holdToken(tokenHash, value, expiresAt, now) {
      if (tokens.size > MAX_TOKENS) for (const [each, entry] of tokens) if (entry.expiresAt <= now) tokens.delete(each);
      tokens.set(tokenHash, { value, expiresAt });
    },
    async peekToken(tokenHash, now) {
      const entry = tokens.get(tokenHash);
      return entry && entry.expiresAt > now ? entry.value : undefined;
    },
    async takeToken(tokenHash, now) {
      const entry = tokens.get(tokenHash);
      tokens.delete(tokenHash);
      return entry && entry.expiresAt > now ? entry.value : undefined;
    },
    async dropToken(tokenHash) {
      tokens.delete(tokenHash);
    },
  };
}
