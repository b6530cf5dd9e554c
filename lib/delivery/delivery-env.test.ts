import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const production = {
  APP_MODE: 'production',
  PUBLIC_BASE_URL: 'https://help.example.org.uk',
  SUPPORT_SERVICE_NAME: 'North Support',
  SUPPORT_SERVICE_EMAIL: 'referrals@north-support.example',
  SUPPORT_SERVICE_PHONE: '0161 496 0000',
  SUPPORT_SERVICE_HOURS: 'Every day, 8am to 8pm',
  SMTP_URL: 'smtps://relay.north-support.example',
  MAIL_FROM: 'no-reply@help.example.org.uk',
  DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
  SECURITY_CONTACT: 'mailto:security@north-support.example',
};

function refusal(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error('accepted a configuration it should have refused');
}

describe('delivery configuration', () => {
  it('in demo mode uses the embedded SMTP server and creates a key file in the data directory', () => {
    const { delivery } = parseEnv({ DATA_DIR: '/tmp/x' });
    expect(delivery.smtp).toEqual({ kind: 'embedded', port: 2525 });
    expect(delivery.dataKey).toEqual({ kind: 'file', path: path.join('/tmp/x', 'data.key'), createIfMissing: true });
    expect(delivery.recipient).toBe('referrals@support-service.example');
    expect(delivery.retentionDays).toBe(30);
    expect(delivery.pgpPublicKeyFile).toBeUndefined();
  });

  it('never falls back to the embedded server in production', () => {
    const without = (name: keyof typeof production) => ({ ...production, [name]: undefined });
    expect(refusal(without('SMTP_URL'))).toMatch(/SMTP_URL: is required when APP_MODE=production/);
    expect(refusal(without('DATA_KEY'))).toMatch(/DATA_KEY/);
    expect(refusal(without('MAIL_FROM'))).toMatch(/MAIL_FROM/);
  });

  it('reads routing per nation and the recipient', () => {
    const { delivery } = parseEnv({
      ...production,
      REFERRAL_TO_EMAIL: 'intake@north-support.example',
      ROUTE_SCOTLAND_EMAIL: 'referrals@scottish-partner.example',
    });
    expect(delivery.recipient).toBe('intake@north-support.example');
    expect(delivery.routes).toEqual({ scotland: 'referrals@scottish-partner.example' });
    expect(delivery.smtp).toEqual({ kind: 'url', url: 'smtps://relay.north-support.example' });
  });

  it('refuses a malformed key, an address that is not one, and a key given twice', () => {
    expect(refusal({ ...production, DATA_KEY: 'c2hvcnQ=' })).toMatch(/DATA_KEY: must be 32 bytes/);
    expect(refusal({ ...production, ROUTE_WALES_EMAIL: 'x\r\nBcc: a@b.c' })).toMatch(/ROUTE_WALES_EMAIL/);
    expect(refusal({ ...production, DATA_KEY_FILE: '/k' })).toMatch(/not both/);
  });

  it('never repeats a secret in its messages', () => {
    const secret = 'smtps://user:VerySecretPassword@relay.example:465';
    expect(refusal({ ...production, SMTP_URL: secret, DATA_KEY: 'bad' })).not.toContain('VerySecret');
  });
});
