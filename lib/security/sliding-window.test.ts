import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './sliding-window';

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createRateLimiter', () => {
  it('allows `limit` requests in the window, then refuses with the wait until the oldest expires', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: clock.now });
    expect(limiter.check('a')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    clock.advance(10_000);
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    clock.advance(49_000);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    // The first request has left the window: exactly one more is allowed.
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(false);
  });

  it('slides: a burst at the end of one window is still counted at the start of the next', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: clock.now });
    clock.advance(59_000);
    limiter.check('a');
    limiter.check('a');
    clock.advance(2_000);
    expect(limiter.check('a').allowed).toBe(false);
  });

  it('does not count refused attempts, so a client that keeps trying still gets through after waiting', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now });
    limiter.check('a');
    for (let i = 0; i < 50; i += 1) {
      clock.advance(1_000);
      limiter.check('a');
    }
    clock.advance(10_000);
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('keeps clients apart', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: fakeClock().now });
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(false);
    expect(limiter.check('b').allowed).toBe(true);
  });

  it('forgets clients idle for a whole window', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000, now: clock.now });
    for (let i = 0; i < 100; i += 1) limiter.check(`client-${i}`);
    expect(limiter.size()).toBe(100);
    clock.advance(60_001);
    limiter.check('late');
    expect(limiter.size()).toBe(1);
  });

  it('never remembers more than maxKeys clients, dropping the least recently seen', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 10, now: clock.now });
    limiter.check('kept');
    for (let i = 0; i < 1_000; i += 1) {
      limiter.check(`flood-${i}`);
      if (i % 5 === 0) limiter.check('kept');
    }
    expect(limiter.size()).toBe(10);
    // 'kept' was seen recently, so it is still remembered and still limited.
    expect(limiter.check('kept').allowed).toBe(false);
    // 'flood-0' was dropped, so it starts again.
    expect(limiter.check('flood-0').allowed).toBe(true);
  });
});
