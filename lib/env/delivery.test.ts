import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { demoSettings, envRefusal, productionSettings, productionSettingsWithout } from '@/testing/test-env';

describe('delivery configuration', () => {
  it('in demo mode uses the embedded SMTP server and creates a key file in the data directory', () => {
    const { delivery } = parseEnv({ ...demoSettings, DATA_DIR: '/tmp/x' });
    expect(delivery.smtp).toEqual({ kind: 'embedded', port: 2525 });
    expect(delivery.dataKey).toEqual({ kind: 'file', path: path.join('/tmp/x', 'data.key'), createIfMissing: true });
    expect(delivery.recipient).toBe('referrals@support-service.example');
    expect(delivery.pgpPublicKeyFile).toBeUndefined();
    expect(delivery.referralEmail).toBe('full');
  });

  it('reads the notice mode, alone or with a PGP key, and refuses any other mode by name', () => {
    expect(parseEnv({ ...productionSettings, REFERRAL_EMAIL: 'notice' }).delivery.referralEmail).toBe('notice');
    const withKey = parseEnv({ ...demoSettings, REFERRAL_EMAIL: 'notice', PGP_PUBLIC_KEY_FILE: '/etc/key.asc' }).delivery;
    expect(withKey).toMatchObject({ referralEmail: 'notice', pgpPublicKeyFile: '/etc/key.asc' });
    expect(envRefusal({ ...demoSettings, REFERRAL_EMAIL: 'summary' })).toMatch(/^\s*REFERRAL_EMAIL: must be full or notice$/m);
    expect(envRefusal({ ...demoSettings, REFERRAL_EMAIL: 'Notice' })).toMatch(/REFERRAL_EMAIL: must be full or notice/);
  });

  it('never falls back to the embedded server in production', () => {
    expect(envRefusal(productionSettingsWithout('SMTP_URL'))).toMatch(/SMTP_URL: is required when APP_MODE=production/);
    expect(envRefusal(productionSettingsWithout('DATA_KEY'))).toMatch(/DATA_KEY/);
    expect(envRefusal(productionSettingsWithout('MAIL_FROM'))).toMatch(/MAIL_FROM/);
  });

  it('reads routing per nation and the recipient', () => {
    const { delivery } = parseEnv({
      ...demoSettings,
      ...productionSettings,
      REFERRAL_TO_EMAIL: 'intake@north-support.org.uk',
      ROUTE_SCOTLAND_EMAIL: 'referrals@scottish-partner.org.uk',
    });
    expect(delivery.recipient).toBe('intake@north-support.org.uk');
    expect(delivery.routes).toEqual({ scotland: 'referrals@scottish-partner.org.uk' });
    expect(delivery.smtp).toEqual({ kind: 'url', url: 'smtps://relay.north-support.org.uk' });
  });

  it('refuses a malformed key, an address that is not one, and a key given twice', () => {
    expect(envRefusal({ ...productionSettings, DATA_KEY: 'c2hvcnQ=' })).toMatch(/DATA_KEY: must be 32 random bytes/);
    // L6: Node's lenient decoder turns 43 letters into 32 bytes; a passphrase is not a key.
    expect(envRefusal({ ...productionSettings, DATA_KEY: 'correcthorsebatterystaplecorrecthorsebatter' })).toMatch(/DATA_KEY: must be 32 random bytes/);
    expect(envRefusal({ ...productionSettings, DATA_KEY: Buffer.alloc(32).toString('base64') })).toMatch(/DATA_KEY: must be 32 random bytes/);
    expect(envRefusal({ ...productionSettings, DATA_KEY: Buffer.alloc(32, 7).toString('base64') })).toMatch(/DATA_KEY: must be 32 random bytes/);
    expect(envRefusal({ ...productionSettings, ROUTE_WALES_EMAIL: 'x\r\nBcc: a@b.c' })).toMatch(/ROUTE_WALES_EMAIL/);
    expect(envRefusal({ ...productionSettings, DATA_KEY_FILE: '/k' })).toMatch(/not both/);
  });

  it('never repeats a secret in its messages', () => {
    const secret = 'smtps://user:VerySecretPassword@relay.example:465';
    expect(envRefusal({ ...productionSettings, SMTP_URL: secret, DATA_KEY: 'bad' })).not.toContain('VerySecret');
  });
});
