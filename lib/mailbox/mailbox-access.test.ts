import { describe, expect, it } from 'vitest';
import { demoMailboxDataDir, isLocalRequest } from './mailbox-access';

function request(forwardedFor: string | null, host: string | null): Headers {
  const headers = new Headers();
  if (forwardedFor !== null) headers.set('x-forwarded-for', forwardedFor);
  if (host !== null) headers.set('host', host);
  return headers;
}

describe('the demo mailbox answers this machine only (H1)', () => {
  it('answers a loopback connection that names a loopback host', () => {
    for (const [address, host] of [
      ['127.0.0.1', 'localhost:3000'],
      ['::1', '[::1]:3000'],
      ['::ffff:127.0.0.1', '127.0.0.1:3116'],
    ]) {
      expect(isLocalRequest(request(address!, host!), 0), `${address} ${host}`).toBe(true);
    }
    expect(demoMailboxDataDir(request('127.0.0.1', 'localhost:3000'))).toBeDefined();
  });

  it('refuses any other connection, any other host, and anything behind a proxy', () => {
    expect(isLocalRequest(request('192.0.2.2', 'localhost:3000'), 0)).toBe(false);
    expect(isLocalRequest(request('127.0.0.1', 'attacker.example:3000'), 0)).toBe(false);
    expect(isLocalRequest(request('127.0.0.1', '192.0.2.2:3000'), 0)).toBe(false);
    expect(isLocalRequest(request('127.0.0.1, 192.0.2.2', 'localhost:3000'), 0)).toBe(false);
    expect(isLocalRequest(request(null, 'localhost:3000'), 0)).toBe(false);
    expect(isLocalRequest(request('127.0.0.1', null), 0)).toBe(false);
    expect(isLocalRequest(request('127.0.0.1', 'localhost:3000'), 1)).toBe(false);
    expect(demoMailboxDataDir(request('192.0.2.2', 'localhost:3000'))).toBeUndefined();
  });
});
