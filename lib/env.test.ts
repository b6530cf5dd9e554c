import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { envRefusal, productionSettings, productionSettingsWithout } from './test-env';

describe('configuration', () => {
  it('runs on its embedded defaults with nothing set', () => {
    const env = parseEnv({});
    expect(env.mode).toBe('demo');
    expect(env.dataDir).toBe(path.resolve('data'));
    expect(env.publicBaseUrl.href).toBe('http://localhost:3000/');
    expect(env.exitUrl).toBe('https://www.bbc.co.uk/weather');
    expect(env.supportService.name).toContain('demo');
    expect(env.supportService.phone).toBe('020 7946 0123');
  });

  it('treats an empty variable as not set', () => {
    expect(parseEnv({ EXIT_URL: '', DATA_DIR: '  ' }).exitUrl).toBe('https://www.bbc.co.uk/weather');
  });

  it('uses the values it is given', () => {
    const env = parseEnv({ ...productionSettings, DATA_DIR: '/var/lib/referrals', EXIT_URL: 'https://www.metoffice.gov.uk/' });
    expect(env).toMatchObject({
      mode: 'production',
      dataDir: '/var/lib/referrals',
      publicBaseUrl: new URL('https://help.example.org.uk'),
      exitUrl: 'https://www.metoffice.gov.uk/',
      supportService: {
        name: 'North Support',
        email: 'referrals@north-support.example',
        phone: '0161 496 0000',
        hours: 'Every day, 8am to 8pm',
      },
      security: {
        contact: 'mailto:security@north-support.example',
        rateLimit: { submissions: 5, windowSeconds: 600 },
        trustedProxyHops: 0,
      },
    });
  });

  it('refuses a bad value and names the variable', () => {
    expect(envRefusal({ EXIT_URL: 'javascript:alert(1)' })).toMatch(/^\s*EXIT_URL: /m);
    expect(envRefusal({ EXIT_URL: 'http://www.bbc.co.uk/weather' })).toMatch(/EXIT_URL: must be an https address/);
    expect(envRefusal({ SUPPORT_SERVICE_EMAIL: 'not an address' })).toMatch(/SUPPORT_SERVICE_EMAIL: must be an email address/);
    expect(envRefusal({ APP_MODE: 'staging' })).toMatch(/APP_MODE: /);
    expect(envRefusal({ SUPPORT_SERVICE_PHONE: 'call me' })).toMatch(/SUPPORT_SERVICE_PHONE: /);
  });

  it('names every bad variable at once', () => {
    const message = envRefusal({ EXIT_URL: 'nope', PUBLIC_BASE_URL: 'ftp://x' });
    expect(message).toMatch(/EXIT_URL/);
    expect(message).toMatch(/PUBLIC_BASE_URL/);
  });

  it('in production, refuses to start without the support service and the public address', () => {
    const message = envRefusal(productionSettingsWithout('SUPPORT_SERVICE_EMAIL', 'PUBLIC_BASE_URL'));
    expect(message).toMatch(/SUPPORT_SERVICE_EMAIL: is required when APP_MODE=production/);
    expect(message).toMatch(/PUBLIC_BASE_URL: is required when APP_MODE=production/);
    expect(message).not.toMatch(/SUPPORT_SERVICE_NAME/);
  });

  it('in production, starts when everything required is set', () => {
    expect(parseEnv(productionSettings).mode).toBe('production');
  });
});

describe('security settings', () => {
  it('has demo defaults: a reserved-domain contact and 5 submissions per 10 minutes', () => {
    expect(parseEnv({}).security).toEqual({
      contact: 'mailto:security@support-service.example',
      rateLimit: { submissions: 5, windowSeconds: 600 },
      trustedProxyHops: 0,
    });
  });

  it('reads the rate limit and the proxy hops as numbers', () => {
    const env = parseEnv({ RATE_LIMIT_SUBMISSIONS: '3', RATE_LIMIT_WINDOW_SECONDS: '60', TRUSTED_PROXY_HOPS: '1' });
    expect(env.security.rateLimit).toEqual({ submissions: 3, windowSeconds: 60 });
    expect(env.security.trustedProxyHops).toBe(1);
  });

  it('accepts an https contact page', () => {
    expect(parseEnv({ SECURITY_CONTACT: 'https://north-support.example/security' }).security.contact).toBe(
      'https://north-support.example/security',
    );
  });

  it('refuses a contact that is not a mailto: or https: address, and a limit that is not a count', () => {
    expect(envRefusal({ SECURITY_CONTACT: 'security@north-support.example' })).toMatch(/SECURITY_CONTACT: must be a mailto: or https: address/);
    expect(envRefusal({ SECURITY_CONTACT: 'http://north-support.example/security' })).toMatch(/SECURITY_CONTACT/);
    expect(envRefusal({ RATE_LIMIT_SUBMISSIONS: '0' })).toMatch(/RATE_LIMIT_SUBMISSIONS/);
    expect(envRefusal({ RATE_LIMIT_WINDOW_SECONDS: 'ten minutes' })).toMatch(/RATE_LIMIT_WINDOW_SECONDS/);
    expect(envRefusal({ TRUSTED_PROXY_HOPS: '-1' })).toMatch(/TRUSTED_PROXY_HOPS/);
  });

  it('in production, requires the security contact', () => {
    expect(envRefusal(productionSettingsWithout('SECURITY_CONTACT'))).toMatch(/SECURITY_CONTACT: is required when APP_MODE=production/);
  });
});
