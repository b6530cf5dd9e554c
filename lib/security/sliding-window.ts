/**
 * A sliding-window rate limiter in this process's memory: at most `limit` allowed requests from
 * one key in any `windowMs`. Memory is bounded: keys idle for a whole window are dropped as new
 * requests arrive, and past `maxKeys` the least recently seen key is dropped. Pure apart from the
 * clock, which is injectable. Used by the in-memory shared state (`shared-state.ts`).
 */

export type RateLimitResult = {
  allowed: boolean;
  /** Whole seconds until the client may try again; 0 when allowed. */
  retryAfterSeconds: number;
};

export type RateLimiterOptions = {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
  /** The most clients remembered at once. */
  maxKeys?: number;
  /** The clock, injectable so tests can move time. */
  now?: () => number;
};

export type RateLimiter = {
  /** Counts a request from `key` if it is allowed, and says whether it is. */
  check(key: string): RateLimitResult;
  /** How many clients are remembered now (for tests of the memory bound). */
  size(): number;
};

/** A sliding-window limiter: at most `limit` allowed requests in any `windowMs`. */
export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
  now = Date.now,
}: RateLimiterOptions): RateLimiter {
  // Each key's allowed request times, oldest first, never more than `limit` of them. Map order is
  // the order keys were last seen, so the first entries are the ones to drop first.
  const seen = new Map<string, number[]>();

  function dropIdle(at: number): void {
    for (const [key, times] of seen) {
      const newest = times[times.length - 1] ?? -Infinity;
      if (newest > at - windowMs) break;
      seen.delete(key);
    }
  }

  return {
    check(key) {
      const at = now();
      dropIdle(at);
      const times = (seen.get(key) ?? []).filter((time) => time > at - windowMs);
      seen.delete(key);
      let result: RateLimitResult;
      if (times.length < limit) {
        times.push(at);
        result = { allowed: true, retryAfterSeconds: 0 };
      } else {
        // Refused attempts are not counted, so waiting always works.
        const oldest = times[0] ?? at;
        result = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) };
      }
      seen.set(key, times);
      while (seen.size > maxKeys) {
        const first = seen.keys().next().value;
        if (first === undefined) break;
        seen.delete(first);
      }
      return result;
    },
    size: () => seen.size,
  };
}
