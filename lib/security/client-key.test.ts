import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';
import { addressPrefix, clientAddress, clientKeySecret, createClientKey, SHARED_CLIENT_KEY } from './client-key';

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
  const secret = randomBytes(32);
  const clientKey = (headers: Headers, trustedProxyHops = 0, mode: 'demo' | 'production' = 'demo') =>
    createClientKey({ secret, trustedProxyHops, mode })(headers);
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
      const keyer = createClientKey({ secret, trustedProxyHops: 3, mode: 'demo' });
      expect(keyer(new Headers())).toBe(SHARED_CLIENT_KEY);
      expect(keyer(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe(SHARED_CLIENT_KEY);
      expect(warn.mock.calls).toEqual([['security.client_address_unknown', { variables: ['TRUSTED_PROXY_HOPS'] }]]);
    } finally {
      warn.mockRestore();
    }
  });

  it('in production with no proxy configured, warns once when clients seem to come from a private address', () => {
    const warn = vi.spyOn(log, 'warn');
    try {
      const production = createClientKey({ secret, trustedProxyHops: 0, mode: 'production' });
      production(new Headers({ 'x-forwarded-for': '203.0.113.9' }));
      clientKey(new Headers({ 'x-forwarded-for': '10.0.0.5' }), 0, 'demo');
      expect(warn).not.toHaveBeenCalled();
      production(new Headers({ 'x-forwarded-for': '10.0.0.5' }));
      production(new Headers({ 'x-forwarded-for': '127.0.0.1' }));
      // Once, naming the setting, never the address.
      expect(warn.mock.calls).toEqual([['security.client_address_is_internal', { variables: ['TRUSTED_PROXY_HOPS'] }]]);
    } finally {
      warn.mockRestore();
    }
  });

  it('is the same on every instance that shares the data key, and unrelated to another process\'s random secret', () => {
    const dataKey = randomBytes(32);
    const onInstance = (sharedKey: Buffer | undefined) =>
      createClientKey({ secret: clientKeySecret(sharedKey), trustedProxyHops: 0, mode: 'demo' })(new Headers({ 'x-forwarded-for': '203.0.113.7' }));
    expect(onInstance(dataKey)).toBe(onInstance(dataKey));
    expect(onInstance(undefined)).not.toBe(onInstance(undefined));
    expect(onInstance(undefined)).not.toBe(onInstance(dataKey));
  });
});
