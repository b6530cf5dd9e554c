/**
 * Limits how often one client may submit a referral, so that a script cannot flood the support
 * service's inbox (or the database) while a person who needs to send one again still can; and,
 * far more generously, how often it may post anything at all (the form's Continue and Back
 * without JavaScript, the check-back), so that a script cannot keep the server busy checking
 * answers: a short and a long sliding window, and one client's posts let in one at a time
 * (`awaitPostTurn`).
 *
 * Sliding windows per client (`client-key.ts` names the client) in the shared state: memory on
 * one instance, PostgreSQL with several. The spacing of one client's posts stays per process: it
 * keeps one process from checking a script's posts in parallel, which is what each instance must
 * guard for itself. The process's runtime makes one `RateLimits` and hands it to the proxy and
 * the actions.
 */
import 'server-only';
import { setTimeout as pause } from 'node:timers/promises';
import type { SecurityEnv } from '@/lib/env';
import { log as serviceLog, type Log } from '@/lib/log';
import { SHARED_CLIENT_KEY, SHARED_LIMIT_FACTOR } from '@/lib/security/client-key';
import { createMemorySharedState, type SharedState } from '@/lib/security/shared-state';
import type { RateLimiterOptions, RateLimitResult } from '@/lib/security/sliding-window';

export type FormPostLimits = Pick<SecurityEnv['rateLimit'], 'steps' | 'windowSeconds' | 'stepBurst' | 'stepBurstSeconds'>;

export type PostSpacing = {
  /**
   * Takes the next turn of `key`, at least `spacingMs` after its last one, and says how many ms
   * from now that turn is; `null` (no turn taken) when it is more than `maxWaitMs` away.
   */
  turn(key: string): number | null;
  /** How many clients are remembered now (for tests of the memory bound). */
  size(): number;
};

/**
 * Spaces one client's posts at least `spacingMs` apart: a post sent sooner waits for its turn.
 * A person's posts are seconds apart and never wait; a script's many connections from one
 * address are let in one at a time, so however many it opens, no two of its posts are checked
 * at once and everyone else's requests wait behind one of them at most. A client that has
 * queued more than `maxWaitMs` of turns is refused instead, so the queue is bounded too.
 */
export function createPostSpacing({
  spacingMs,
  maxWaitMs = 2_000,
  maxKeys = 10_000,
  now = Date.now,
}: { spacingMs: number; maxWaitMs?: number } & Pick<RateLimiterOptions, 'maxKeys' | 'now'>): PostSpacing {
  // Each key's next free turn. Map order is the order turns were taken, so the first entries
  // are the ones whose turns are longest past.
  const nextFree = new Map<string, number>();
  return {
    turn(key) {
      const at = now();
      for (const [oldKey, free] of nextFree) {
        if (free > at && nextFree.size < maxKeys) break;
        nextFree.delete(oldKey);
      }
      const turnAt = Math.max(at, nextFree.get(key) ?? at);
      if (turnAt - at > maxWaitMs) return null;
      nextFree.delete(key);
      nextFree.set(key, turnAt + spacingMs);
      return turnAt - at;
    },
    size: () => nextFree.size,
  };
}

/**
 * The form's limit on posts: at most `stepBurst` in any `stepBurstSeconds`, and `steps` in the
 * long window. A person reads each page before posting it, so even Back and Continue pressed
 * quickly stay far inside the short window; a script meets it within its first seconds, and
 * from then on gets one costly post through per `stepBurstSeconds / stepBurst` seconds. Each
 * part is an ordinary sliding window in the shared state: memory on one instance, PostgreSQL
 * with several.
 */
export async function checkFormPosts(
  state: Pick<SharedState, 'hit'>,
  key: string,
  { steps, windowSeconds, stepBurst, stepBurstSeconds }: FormPostLimits,
  now: number,
): Promise<RateLimitResult> {
  // The short window first: a refusal there is not counted in the long one.
  const short = await state.hit(`posts-burst:${key}`, stepBurst, stepBurstSeconds * 1000, now);
  return short.allowed ? state.hit(`posts:${key}`, steps, windowSeconds * 1000, now) : short;
}

/**
 * How long a refused post waits before its answer. Nothing runs while it waits, and a script
 * that posts again as soon as it is answered then gets one refusal a second per connection
 * rather than hundreds, each still a request to parse and route; a person, who should never
 * meet the limit, waits a second more for a page that asks them to wait anyway.
 */
export const REFUSED_POST_DELAY_MS = 1000;

export type RateLimits = {
  /**
   * Counts one referral submission from the client `key` and says whether it may go ahead; when
   * not, show the person a friendly page with `retryAfterSeconds` and the helpline numbers.
   */
  checkRateLimit(key: string): Promise<RateLimitResult>;
  /**
   * Counts one post of any kind (a step of the form without JavaScript, a Send, the check-back)
   * from the client `key`. The limits are generous, for a person going back and forth; they
   * bound a script, whose every post makes the server check a whole step of answers.
   */
  checkPostRateLimit(key: string): Promise<RateLimitResult>;
  /**
   * The form's one gate for a post from the client `key`: waits for its turn (at least
   * RATE_LIMIT_STEP_SPACING_MS after its last), then counts it as `checkPostRateLimit` does; a
   * refusal (also of a client with too many posts already waiting) comes after
   * `REFUSED_POST_DELAY_MS`. The shared key of clients that cannot be told apart is not spaced:
   * it holds many people, whose posts may well come together.
   */
  awaitPostTurn(key: string): Promise<RateLimitResult>;
};

/**
 * The limits configured by RATE_LIMIT_SUBMISSIONS, RATE_LIMIT_STEPS, _WINDOW_SECONDS,
 * RATE_LIMIT_STEP_BURST, _STEP_BURST_SECONDS and RATE_LIMIT_STEP_SPACING_MS, counted in `state`.
 *
 * When the shared state fails for any reason (PostgreSQL down, or only slow: a flood queueing on
 * its pool times out too), they count in this process's memory instead, with the same limits.
 * Letting everyone through would let a flood switch the limit off just by being a flood; refusing
 * would turn a person away because the database is slow. Per process, a script is still limited
 * on each instance it reaches, and a person is never refused for our failure.
 */
export function createRateLimits({
  state,
  limits,
  now = Date.now,
  sleep = pause,
  log = serviceLog,
}: {
  state: Pick<SharedState, 'hit'>;
  limits: SecurityEnv['rateLimit'];
  now?: () => number;
  /** Waits `ms`: a test counts the waits instead of timing them. */
  sleep?: (ms: number) => Promise<unknown>;
  log?: Log;
}): RateLimits {
  const fallback = createMemorySharedState();
  const spacing = createPostSpacing({ spacingMs: limits.stepSpacingMs, now });

  const hitLimit = (on: Pick<SharedState, 'hit'>, kind: 'submissions' | 'posts', key: string): Promise<RateLimitResult> => {
    const factor = key === SHARED_CLIENT_KEY ? SHARED_LIMIT_FACTOR : 1;
    return kind === 'submissions'
      ? on.hit(`submissions:${key}`, limits.submissions * factor, limits.windowSeconds * 1000, now())
      : checkFormPosts(on, key, { ...limits, steps: limits.steps * factor, stepBurst: limits.stepBurst * factor }, now());
  };
  const checkLimit = async (kind: 'submissions' | 'posts', key: string): Promise<RateLimitResult> => {
    try {
      return await hitLimit(state, kind, key);
    } catch (error) {
      // The reason only: never the key or the address behind it.
      log.error('security.rate_limit_unavailable', { errorCode: error instanceof Error ? error.name : 'unknown' });
      return hitLimit(fallback, kind, key);
    }
  };
  const checkPostRateLimit = (key: string) => checkLimit('posts', key);

  return {
    checkRateLimit: (key) => checkLimit('submissions', key),
    checkPostRateLimit,
    async awaitPostTurn(key) {
      let result: RateLimitResult = { allowed: false, retryAfterSeconds: 1 };
      const wait = key === SHARED_CLIENT_KEY ? 0 : spacing.turn(key);
      if (wait !== null) {
        if (wait > 0) await sleep(wait);
        result = await checkPostRateLimit(key);
      }
      if (!result.allowed) await sleep(REFUSED_POST_DELAY_MS);
      return result;
    },
  };
}
