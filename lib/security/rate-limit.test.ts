import { describe, expect, it, vi } from 'vitest';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { SHARED_CLIENT_KEY, SHARED_LIMIT_FACTOR } from './client-key';
import { createMemorySharedState } from './shared-state';
import { checkFormPosts, createPostSpacing, createRateLimits, REFUSED_POST_DELAY_MS } from './rate-limit';

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/**
 * The service's limits as the demo configures them (5 submissions, 30 posts in 10 s...), on a
 * fresh state and a clock that stands still, so a slow machine cannot let a window pass mid-test.
 */
const demoLimits = () => createRateLimits({ state: createMemorySharedState(), limits: getEnv().security.rateLimit, now: fakeClock().now });

describe('checkRateLimit', () => {
  const { checkRateLimit } = demoLimits();

  it('allows the configured 5 submissions per client, then refuses, without affecting others', async () => {
    const me = `test-${Math.random()}`;
    for (let i = 0; i < 5; i += 1) expect((await checkRateLimit(me)).allowed).toBe(true);
    const refused = await checkRateLimit(me);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect((await checkRateLimit(`other-${Math.random()}`)).allowed).toBe(true);
  });

  it('gives the shared bucket of unidentifiable clients 20 times the limit, not one client\'s (M4)', async () => {
    for (let i = 0; i < 5 * SHARED_LIMIT_FACTOR; i += 1) expect((await checkRateLimit(SHARED_CLIENT_KEY)).allowed, `${i}`).toBe(true);
    expect((await checkRateLimit(SHARED_CLIENT_KEY)).allowed).toBe(false);
  });
});

describe('checkFormPosts (M2), on the in-memory shared state', () => {
  const defaults = { steps: 300, windowSeconds: 600, stepBurst: 30, stepBurstSeconds: 10 };
  /** The form's post limit with these limits, on a fresh state, at the clock's time. */
  function createFormPostLimiter(limits: typeof defaults, { now }: { now: () => number }) {
    const state = createMemorySharedState();
    return { check: (key: string) => checkFormPosts(state, key, limits, now()) };
  }
  /** Posts from `key` at `everyMs` apart for `count` posts; how many were allowed. */
  async function post(limiter: ReturnType<typeof createFormPostLimiter>, clock: ReturnType<typeof fakeClock>, key: string, count: number, everyMs: number) {
    let allowed = 0;
    for (let i = 0; i < count; i += 1) {
      if ((await limiter.check(key)).allowed) allowed += 1;
      clock.advance(everyMs);
    }
    return allowed;
  }

  it('never stops a person: every step read for a few seconds, then Back and Continue pressed as fast as a thumb can', async () => {
    const clock = fakeClock();
    const limiter = createFormPostLimiter(defaults, { now: clock.now });
    // The whole form without JavaScript, a page every 3 seconds (faster than anyone reads it)...
    expect(await post(limiter, clock, 'person', 14, 3_000)).toBe(14);
    // ...then ten Backs and ten Continues, three a second, to change an early answer...
    expect(await post(limiter, clock, 'person', 20, 330)).toBe(20);
    // ...and the whole form again at once, as the end-to-end tests do, a post every 100 ms.
    clock.advance(10_000);
    expect(await post(limiter, clock, 'person', 25, 100)).toBe(25);
  });

  it('lets a script from one client through at one post in `stepBurstSeconds / stepBurst` once its burst is spent', async () => {
    const clock = fakeClock();
    const limiter = createFormPostLimiter(defaults, { now: clock.now });
    // 40 posts a second for a minute: 2,400 tries.
    const allowed = await post(limiter, clock, 'script', 2_400, 25);
    // The first 30, then 30 in each later 10 s: 180 in the minute, not 2,400.
    expect(allowed).toBe(180);
    // The window slides: at 60 s only the oldest of the last 30 has left it, so of a burst of
    // 31 at that instant one is allowed, and the rest wait.
    expect(await post(limiter, clock, 'script', 31, 0)).toBe(1);
    const refused = await limiter.check('script');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10);
    // Another client, meanwhile, is not affected.
    expect((await limiter.check('someone-else')).allowed).toBe(true);
  });

  it('still applies the long window to a script that keeps inside the short one', async () => {
    const clock = fakeClock();
    const limiter = createFormPostLimiter(defaults, { now: clock.now });
    // Exactly 3 a second, just inside the burst, for 200 seconds: 600 tries.
    expect(await post(limiter, clock, 'patient', 600, 334)).toBe(300);
    const refused = await limiter.check('patient');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(300);
  });

  it('does not count a post the short window refused against the long one', async () => {
    const clock = fakeClock();
    const limiter = createFormPostLimiter({ ...defaults, steps: 40 }, { now: clock.now });
    // 1,000 tries in one second: 30 allowed, 970 refused by the burst.
    expect(await post(limiter, clock, 'a', 1_000, 1)).toBe(30);
    clock.advance(10_000);
    // If the refusals had counted, the long window (40) would be spent; 10 more are allowed.
    expect(await post(limiter, clock, 'a', 30, 1)).toBe(10);
  });
});

describe('checkPostRateLimit (M2)', () => {
  const { checkRateLimit, checkPostRateLimit } = demoLimits();

  it('allows the configured burst of 30 posts per client, apart from the submissions limit and other clients', async () => {
    const me = `poster-${Math.random()}`;
    for (let i = 0; i < 30; i += 1) expect((await checkPostRateLimit(me)).allowed, `${i}`).toBe(true);
    const refused = await checkPostRateLimit(me);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect((await checkRateLimit(me)).allowed).toBe(true);
    expect((await checkPostRateLimit(`other-${Math.random()}`)).allowed).toBe(true);
  });

  it('gives the shared bucket 20 times the burst', async () => {
    for (let i = 0; i < 30 * SHARED_LIMIT_FACTOR; i += 1) expect((await checkPostRateLimit(SHARED_CLIENT_KEY)).allowed, `${i}`).toBe(true);
    expect((await checkPostRateLimit(SHARED_CLIENT_KEY)).allowed).toBe(false);
  });
});

describe('createPostSpacing (M2)', () => {
  it('never makes a person wait: posts seconds apart, or Back and Continue three a second, get their turn at once', () => {
    const clock = fakeClock();
    const spacing = createPostSpacing({ spacingMs: 250, now: clock.now });
    for (const gap of [3_000, 2_000, 330, 330, 330, 5_000]) {
      expect(spacing.turn('person')).toBe(0);
      clock.advance(gap);
    }
  });

  it('lets a script\'s posts from many connections in one at a time, 250 ms apart, and refuses past 2 s of waiting', () => {
    const clock = fakeClock();
    const spacing = createPostSpacing({ spacingMs: 250, now: clock.now });
    // Twelve posts at the same instant: turns at 0, 250, ... 2,000 ms; the rest refused.
    const turns = Array.from({ length: 12 }, () => spacing.turn('script'));
    expect(turns).toEqual([0, 250, 500, 750, 1_000, 1_250, 1_500, 1_750, 2_000, null, null, null]);
    // Another client meanwhile waits for nobody.
    expect(spacing.turn('someone-else')).toBe(0);
    // Refusals took no turn: once the queue has passed, the script waits 250 ms again, no more.
    clock.advance(2_000);
    expect(spacing.turn('script')).toBe(250);
  });

  it('forgets clients whose turns are past, and keeps at most `maxKeys`', () => {
    const clock = fakeClock();
    const spacing = createPostSpacing({ spacingMs: 250, maxKeys: 3, now: clock.now });
    for (const key of ['a', 'b', 'c', 'd', 'e']) spacing.turn(key);
    expect(spacing.size()).toBe(3);
    clock.advance(1_000);
    spacing.turn('f');
    expect(spacing.size()).toBe(1);
  });
});

describe('awaitPostTurn (M2)', () => {
  /** The demo's limits on a clock that stands still, with every wait counted rather than waited. */
  const counted = () => {
    const slept: number[] = [];
    const limits = createRateLimits({
      state: createMemorySharedState(),
      limits: getEnv().security.rateLimit,
      now: fakeClock().now,
      sleep: async (ms) => void slept.push(ms),
    });
    return { slept, awaitPostTurn: limits.awaitPostTurn };
  };

  it('lets a person in at once, without a wait', async () => {
    const { slept, awaitPostTurn } = counted();
    expect((await awaitPostTurn('person')).allowed).toBe(true);
    expect(slept).toEqual([]);
  });

  it('lets a burst in one turn apart, and answers each post it refuses only after REFUSED_POST_DELAY_MS', async () => {
    const { slept, awaitPostTurn } = counted();
    const { stepSpacingMs } = getEnv().security.rateLimit;
    const answers = await Promise.all(Array.from({ length: 30 }, () => awaitPostTurn('script')));
    // Turns up to 2 s ahead, 250 ms apart: the first at once, eight more after waiting for theirs.
    const turns = Array.from({ length: 8 }, (_, turn) => (turn + 1) * stepSpacingMs);
    expect(stepSpacingMs).toBe(250);
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(9);
    const ascending = (waits: number[]) => [...waits].sort((a, b) => a - b);
    expect(ascending(slept)).toEqual(ascending([...turns, ...Array<number>(21).fill(REFUSED_POST_DELAY_MS)]));
  });
});

describe('when the shared state fails (several instances, PostgreSQL down or its pool timed out)', () => {
  it('limits in this process instead, with the same limits, and logs it without the key', async () => {
    const unreachable = { hit: async () => Promise.reject(new Error('timeout exceeded when trying to connect')) };
    const { checkRateLimit, checkPostRateLimit } = createRateLimits({ state: unreachable, limits: getEnv().security.rateLimit, now: fakeClock().now });
    const errors = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const me = `unreachable-${Math.random()}`;
    try {
      // A person is let through: the configured 5 submissions still go ahead...
      for (let i = 0; i < 5; i += 1) expect((await checkRateLimit(me)).allowed, `${i}`).toBe(true);
      // ...and a flood is still limited, here in this process, not let through.
      expect((await checkRateLimit(me)).allowed).toBe(false);
      for (let i = 0; i < 30; i += 1) expect((await checkPostRateLimit(me)).allowed, `post ${i}`).toBe(true);
      expect((await checkPostRateLimit(me)).allowed).toBe(false);
      expect(errors).toHaveBeenCalledWith('security.rate_limit_unavailable', { errorCode: 'Error' });
      expect(JSON.stringify(errors.mock.calls)).not.toContain(me);
    } finally {
      errors.mockRestore();
    }
  });
});
