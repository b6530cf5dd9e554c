import { describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';
import { addressPrefix, checkPostRateLimit, checkRateLimit, clientAddress, clientKey, createRateLimiter, SHARED_CLIENT_KEY, SHARED_LIMIT_FACTOR } from './rate-limit';

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

describe('clientAddress', () => {
  it.each([
    ['no header', null, 0, null],
    ['Next.js filled it from the connection', '203.0.113.7', 0, '203.0.113.7'],
    ['one proxy appended the client', '203.0.113.7', 1, '203.0.113.7'],
    ['a client-written entry before the proxy one is ignored', '198.51.100.1, 203.0.113.7', 1, '203.0.113.7'],
    ['two proxies: the entry the outer one appended', '198.51.100.1, 203.0.113.7, 10.0.0.2', 2, '203.0.113.7'],
    ['fewer entries than proxies', '203.0.113.7', 2, null],
    ['blank entries are skipped', ' , 203.0.113.7 ,', 1, '203.0.113.7'],
  ])('%s', (_description, header, hops, expected) => {
    expect(clientAddress(header, hops)).toBe(expected);
  });
});

describe('addressPrefix', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['[2001:db8:1:2::9]:443', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s is known by %s', (address, prefix) => {
    expect(addressPrefix(address)).toBe(prefix);
  });
});

describe('clientKey', () => {
  const key = (forwardedFor: string | null, hops = 0) =>
    clientKey(new Headers(forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor }), hops);

  it('is the same for the same client and different for another', () => {
    expect(key('203.0.113.7')).toBe(key('203.0.113.7'));
    expect(key('203.0.113.7')).not.toBe(key('203.0.113.8'));
    expect(key('2001:db8:1:2::1')).toBe(key('2001:db8:1:2::ffff'));
    expect(key('2001:db8:1:2::1')).not.toBe(key('2001:db8:1:3::1'));
  });

  it('does not contain or reveal the address', () => {
    const value = key('203.0.113.7');
    expect(value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(value).not.toContain('203');
  });

  it('puts every client whose address cannot be read in one shared bucket, and says so once (M4)', () => {
    const warn = vi.spyOn(log, 'warn');
    try {
      expect(key(null)).toBe(SHARED_CLIENT_KEY);
      expect(key('203.0.113.7', 3)).toBe(SHARED_CLIENT_KEY);
      expect(warn.mock.calls).toEqual([['security.client_address_unknown', { variables: ['TRUSTED_PROXY_HOPS'] }]]);
    } finally {
      warn.mockRestore();
    }
  });

  it('in production with no proxy configured, warns once when clients seem to come from a private address', () => {
    const warn = vi.spyOn(log, 'warn');
    try {
      clientKey(new Headers({ 'x-forwarded-for': '203.0.113.9' }), 0, 'production');
      clientKey(new Headers({ 'x-forwarded-for': '10.0.0.5' }), 0, 'demo');
      expect(warn).not.toHaveBeenCalled();
      clientKey(new Headers({ 'x-forwarded-for': '10.0.0.5' }), 0, 'production');
      clientKey(new Headers({ 'x-forwarded-for': '127.0.0.1' }), 0, 'production');
      // Once, naming the setting, never the address.
      expect(warn.mock.calls).toEqual([['security.client_address_is_internal', { variables: ['TRUSTED_PROXY_HOPS'] }]]);
    } finally {
      warn.mockRestore();
    }
  });

  it('reads the proxy hops from the configuration by default', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe(key('203.0.113.7'));
  });
});

describe('checkRateLimit', () => {
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

describe('checkPostRateLimit (M2)', () => {
  it('allows 300 posts per client in the window, apart from the submissions limit', async () => {
    const me = `poster-${Math.random()}`;
    for (let i = 0; i < 300; i += 1) expect((await checkPostRateLimit(me)).allowed).toBe(true);
    expect((await checkPostRateLimit(me)).allowed).toBe(false);
    expect((await checkRateLimit(me)).allowed).toBe(true);
  });
});

describe('when the shared state cannot be reached (several instances, PostgreSQL down)', () => {
  it('lets the person through and logs it, rather than turning them away mid-form', async () => {
    const holder = globalThis as Record<symbol, unknown>;
    const key = Symbol.for('get-help-with-intimate-image-abuse.shared-state');
    const before = holder[key];
    holder[key] = { hit: async () => Promise.reject(new Error('connect ECONNREFUSED')) };
    const errors = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    try {
      expect(await checkRateLimit(`unreachable-${Math.random()}`)).toEqual({ allowed: true, retryAfterSeconds: 0 });
      expect(errors).toHaveBeenCalledWith('security.rate_limit_unavailable', { errorCode: 'Error' });
    } finally {
      errors.mockRestore();
      holder[key] = before;
    }
  });
});
