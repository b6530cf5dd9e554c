/**
 * When to try a failed delivery again: exponential backoff with jitter. Doubling spaces the
 * attempts out during a long outage; the jitter spreads a queue that failed together (every
 * referral accepted while the relay was down) so it does not hit the relay again all at once.
 */

export type BackoffPolicy = {
  /** Delay after the first failure, in milliseconds. */
  baseMs: number;
  /** The delay never grows beyond this. */
  maxMs: number;
};

/**
 * The delay before the next attempt, after `attempts` failed attempts (1 or more). "Equal
 * jitter": half the exponential delay is fixed and half random, so a retry never comes
 * sooner than half the schedule, however the dice fall. `random` returns a number in [0, 1).
 */
export function backoffDelay(
  attempts: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempts - 1);
  // 2 ** 40 already exceeds any sensible cap; stopping there keeps the arithmetic finite.
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 40));
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
