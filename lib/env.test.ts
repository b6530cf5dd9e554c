import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const productionSettings = {
  APP_MODE: 'production',
  PUBLIC_BASE_URL: 'https://help.example.org.uk',
  SUPPORT_SERVICE_NAME: 'North Support',
  SUPPORT_SERVICE_EMAIL: 'referrals@north-support.example',
  SUPPORT_SERVICE_PHONE: '0161 496 0000',
  SUPPORT_SERVICE_HOURS: 'Every day, 8am to 8pm',
  // Delivery settings production requires (tested in lib/delivery/delivery-env.test.ts).
  SMTP_URL: 'smtps://relay.north-support.example',
  MAIL_FROM: 'no-reply@help.example.org.uk',
  DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
};

/** The message parseEnv throws for a source, or fails the test if it does not throw. */
function errorFor(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).message;
  }
  throw new Error('parseEnv accepted a configuration it should have refused');
}

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
    });
  });

  it('refuses a bad value and names the variable', () => {
    expect(errorFor({ EXIT_URL: 'javascript:alert(1)' })).toMatch(/^\s*EXIT_URL: /m);
    expect(errorFor({ EXIT_URL: 'http://www.bbc.co.uk/weather' })).toMatch(/EXIT_URL: must be an https address/);
    expect(errorFor({ SUPPORT_SERVICE_EMAIL: 'not an address' })).toMatch(/SUPPORT_SERVICE_EMAIL: must be an email address/);
    expect(errorFor({ APP_MODE: 'staging' })).toMatch(/APP_MODE: /);
    expect(errorFor({ SUPPORT_SERVICE_PHONE: 'call me' })).toMatch(/SUPPORT_SERVICE_PHONE: /);
  });

  it('names every bad variable at once', () => {
    const message = errorFor({ EXIT_URL: 'nope', PUBLIC_BASE_URL: 'ftp://x' });
    expect(message).toMatch(/EXIT_URL/);
    expect(message).toMatch(/PUBLIC_BASE_URL/);
  });

  it('in production, refuses to start without the support service and the public address', () => {
    const incomplete: Record<string, string | undefined> = { ...productionSettings };
    delete incomplete.SUPPORT_SERVICE_EMAIL;
    delete incomplete.PUBLIC_BASE_URL;
    const message = errorFor(incomplete);
    expect(message).toMatch(/SUPPORT_SERVICE_EMAIL: is required when APP_MODE=production/);
    expect(message).toMatch(/PUBLIC_BASE_URL: is required when APP_MODE=production/);
    expect(message).not.toMatch(/SUPPORT_SERVICE_NAME/);
  });

  it('in production, starts when everything required is set', () => {
    expect(parseEnv(productionSettings).mode).toBe('production');
  });
});
