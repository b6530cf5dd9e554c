import { describe, expect, it } from 'vitest';
import { SmtpConfigError, isLoopbackHost, smtpOptionsFromUrl } from './smtp-transport';

describe('the SMTP TLS rule', () => {
  it('uses implicit TLS for smtps://, verifying the certificate', () => {
    const options = smtpOptionsFromUrl('smtps://user:p%40ss@relay.example.org');
    expect(options).toMatchObject({ host: 'relay.example.org', port: 465, secure: true, requireTLS: false });
    expect(options.tls).toMatchObject({ rejectUnauthorized: true });
    expect(options.auth).toEqual({ user: 'user', pass: 'p@ss' });
  });

  it('requires STARTTLS for smtp:// to anything but loopback', () => {
    expect(smtpOptionsFromUrl('smtp://relay.example.org:587')).toMatchObject({
      port: 587,
      secure: false,
      requireTLS: true,
    });
    expect(smtpOptionsFromUrl('smtp://10.0.0.5')).toMatchObject({ requireTLS: true });
    expect(smtpOptionsFromUrl('smtp://127.0.0.2.example.org')).toMatchObject({ requireTLS: true });
  });

  it('allows plain SMTP only to a loopback address', () => {
    for (const url of ['smtp://127.0.0.1:2525', 'smtp://localhost:2525', 'smtp://[::1]:2525']) {
      expect(smtpOptionsFromUrl(url)).toMatchObject({ secure: false, requireTLS: false });
    }
  });

  it('refuses URLs that try to change the TLS settings, other schemes and nonsense', () => {
    for (const url of [
      'smtp://relay.example.org?secure=false',
      'smtp://relay.example.org/?ignoreTLS=true',
      'smtps://relay.example.org?tls.rejectUnauthorized=false',
      'http://relay.example.org',
      'relay.example.org:25',
      'smtp://relay.example.org/path',
    ]) {
      expect(() => smtpOptionsFromUrl(url), url).toThrow(SmtpConfigError);
    }
  });

  it('does not repeat the password when refusing', () => {
    try {
      smtpOptionsFromUrl('smtp://user:Hunter2Secret@relay.example.org?x=1');
    } catch (error) {
      expect((error as Error).message).not.toContain('Hunter2Secret');
      return;
    }
    throw new Error('accepted');
  });

  it('knows loopback addresses', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.5.6.7')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.example.org')).toBe(false);
    expect(isLoopbackHost('::ffff:10.0.0.1')).toBe(false);
  });
});
