import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, lockedDownPolicy } from './content-security-policy';

/** The policy as a map of directive name to its list of sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const nonce = createNonce();
  const policy = parse(contentSecurityPolicy(nonce));

  it('lets scripts run only with this nonce, never inline or through eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(contentSecurityPolicy(nonce)).not.toMatch(/unsafe-/);
  });

  it('blocks everything not named, and names the directives the security targets require', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows nothing from another origin, not even data: or blob: URLs', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).toMatch(/^'(self|none|strict-dynamic|nonce-[A-Za-z0-9+/=]+)'$/);
      }
    }
  });

  it('names each directive once', () => {
    const names = contentSecurityPolicy(nonce).split(';').map((part) => part.trim().split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('loosens only for the development server', () => {
    const development = parse(contentSecurityPolicy(nonce, { development: true }));
    expect(development.get('script-src')).toContain("'unsafe-eval'");
    expect(development.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development.get('default-src')).toEqual(["'none'"]);
  });

  it('locks down responses that are not pages', () => {
    const locked = parse(lockedDownPolicy);
    expect(locked.get('default-src')).toEqual(["'none'"]);
    expect(locked.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('createNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
