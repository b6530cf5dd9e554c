import { describe, expect, it } from 'vitest';
import { securityTxt } from './security-txt';

describe('securityTxt', () => {
  const text = securityTxt({
    contact: 'mailto:security@north-support.example',
    publicBaseUrl: new URL('https://help.example.org.uk'),
    now: new Date('2026-11-28T19:30:12.345Z'),
  });

  it('has the fields RFC 9116 asks for, one per line', () => {
    expect(text).toBe(
      [
        'Contact: mailto:security@north-support.example',
        'Expires: 2027-05-27T00:00:00Z',
        'Preferred-Languages: en',
        'Canonical: https://help.example.org.uk/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  it('expires less than a year ahead', () => {
    const expires = Date.parse(/^Expires: (.+)$/m.exec(text)?.[1] ?? '');
    const now = Date.parse('2026-11-28T19:30:12.345Z');
    expect(expires - now).toBeGreaterThan(0);
    expect(expires - now).toBeLessThan(365 * 24 * 3600 * 1000);
  });
});
