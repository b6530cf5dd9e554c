import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { demoSettings, envRefusal, productionSettings, productionSettingsWithout } from '@/testing/test-env';

describe('configuration', () => {
  it('runs on its embedded defaults with nothing set', () => {
    const env = parseEnv(demoSettings);
    expect(env.mode).toBe('demo');
    expect(env.dataDir).toBe(path.resolve('data'));
    expect(env.publicBaseUrl.href).toBe('http://localhost:3000/');
    expect(env.exitUrl).toBe('https://www.bbc.co.uk/weather');
    expect(env.supportService.name).toContain('demo');
    expect(env.supportService.phone).toBe('020 7946 0123');
  });

  it('treats an empty variable as not set', () => {
    expect(parseEnv({ ...demoSettings, EXIT_URL: '', DATA_DIR: '  ' }).exitUrl).toBe('https://www.bbc.co.uk/weather');
  });

  it('uses the values it is given', () => {
    const env = parseEnv({ ...productionSettings, DATA_DIR: '/var/lib/referrals', EXIT_URL: 'https://www.metoffice.gov.uk/' });
    expect(env).toMatchObject({
      mode: 'production',
      dataDir: '/var/lib/referrals',
      publicBaseUrl: new URL('https://help.north-support.org.uk'),
      exitUrl: 'https://www.metoffice.gov.uk/',
      supportService: {
        name: 'North Support',
        email: 'referrals@north-support.org.uk',
        phone: '0161 496 0000',
        hours: 'Every day, 8am to 8pm',
      },
      security: {
        contact: 'mailto:security@north-support.org.uk',
        rateLimit: { submissions: 5, steps: 300, windowSeconds: 600, stepBurst: 30, stepBurstSeconds: 10, stepSpacingMs: 250 },
        trustedProxyHops: 1,
      },
    });
  });

  it('refuses a bad value and names the variable', () => {
    expect(envRefusal({ ...demoSettings, EXIT_URL: 'javascript:alert(1)' })).toMatch(/^\s*EXIT_URL: /m);
    expect(envRefusal({ ...demoSettings, EXIT_URL: 'http://www.bbc.co.uk/weather' })).toMatch(/EXIT_URL: must be an https address/);
    expect(envRefusal({ ...demoSettings, SUPPORT_SERVICE_EMAIL: 'not an address' })).toMatch(/SUPPORT_SERVICE_EMAIL: must be an email address/);
    expect(envRefusal({ APP_MODE: 'staging' })).toMatch(/APP_MODE: /);
    expect(envRefusal({ ...demoSettings, SUPPORT_SERVICE_PHONE: 'call me' })).toMatch(/SUPPORT_SERVICE_PHONE: /);
  });

  it('names every bad variable at once', () => {
    const message = envRefusal({ ...demoSettings, EXIT_URL: 'nope', PUBLIC_BASE_URL: 'ftp://x' });
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

describe('no mode by default (H1)', () => {
  it('refuses to start with no APP_MODE, or an empty one, and says how to choose', () => {
    for (const source of [{}, { APP_MODE: '' }, { APP_MODE: '  ' }]) {
      expect(envRefusal(source)).toMatch(/^\s*APP_MODE: must be demo or production: npm run demo sets demo/m);
    }
  });

  it('in demo mode, refuses to listen on or be reached at anything but loopback', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(parseEnv({ ...demoSettings, HOST: host }).mode).toBe('demo');
    expect(envRefusal({ ...demoSettings, HOST: '0.0.0.0' })).toMatch(/^\s*HOST: demo mode listens on loopback only/m);
    expect(envRefusal({ ...demoSettings, HOST: '192.0.2.10' })).toMatch(/^\s*HOST: /m);
    expect(envRefusal({ ...demoSettings, PUBLIC_BASE_URL: 'https://help.north-support.org.uk' })).toMatch(
      /^\s*PUBLIC_BASE_URL: demo mode is reached at localhost only/m,
    );
    expect(parseEnv({ ...demoSettings, PUBLIC_BASE_URL: 'http://127.0.0.1:3116' }).publicBaseUrl.port).toBe('3116');
  });

  it('in demo mode, is reached at localhost on the port it listens on, unless told otherwise', () => {
    // `PORT=3005 npm run demo` listens on 3005: the links it prints must open that demo.
    expect(parseEnv({ ...demoSettings, PORT: '3005' }).publicBaseUrl.href).toBe('http://localhost:3005/');
    expect(parseEnv({ ...demoSettings, PORT: '3005', PUBLIC_BASE_URL: 'http://127.0.0.1:3116' }).publicBaseUrl.href).toBe(
      'http://127.0.0.1:3116/',
    );
    expect(envRefusal({ ...demoSettings, PORT: 'eighty' })).toMatch(/^\s*PORT: /m);
    // Production still names its public address itself: a port is no default for it.
    expect(envRefusal({ ...productionSettingsWithout('PUBLIC_BASE_URL'), PORT: '3005' })).toMatch(
      /^\s*PUBLIC_BASE_URL: is required when APP_MODE=production/m,
    );
  });
});

describe('production refuses demo values (M3, M4, L3)', () => {
  it('refuses each of the demo support service, security contact and sender by name', () => {
    const demoValues = {
      SUPPORT_SERVICE_NAME: 'Example Support Service (demo)',
      SUPPORT_SERVICE_PHONE: '020 7946 0123',
      SUPPORT_SERVICE_HOURS: 'Monday to Friday, 9am to 5pm',
      SUPPORT_SERVICE_EMAIL: 'referrals@support-service.example',
      SECURITY_CONTACT: 'mailto:security@support-service.example',
      MAIL_FROM: 'referrals-noreply@get-help.example',
    };
    for (const [name, value] of Object.entries(demoValues)) {
      const message = envRefusal({ ...productionSettings, [name]: value });
      expect(message, name).toMatch(new RegExp(`^\\s*${name}: is the demo's value`, 'm'));
      // One line per variable: the reserved domain of a demo value is not reported twice.
      expect(message.split(`${name}:`).length, name).toBe(2);
    }
    // Whitespace and case do not get a copied value through.
    expect(envRefusal({ ...productionSettings, SUPPORT_SERVICE_HOURS: 'monday to friday,  9am to 5pm ' })).toMatch(/SUPPORT_SERVICE_HOURS: is the demo's value/);
  });

  it('refuses .env.example copied as it is, with only APP_MODE=production added', () => {
    const example = fs.readFileSync(path.join(__dirname, '..', '.env.example'), 'utf8');
    const settings = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const message = envRefusal({ ...settings, APP_MODE: 'production' });
    for (const name of ['PUBLIC_BASE_URL', 'SUPPORT_SERVICE_PHONE', 'SECURITY_CONTACT', 'SMTP_URL', 'TRUSTED_PROXY_HOPS', 'DELIVERY_ENCRYPTION']) {
      expect(message).toMatch(new RegExp(`^\\s*${name}: `, 'm'));
    }
    // And it names every setting there is, commented or not.
    for (const name of ['APP_MODE', 'HOST', 'DELIVERY_ENCRYPTION', 'RATE_LIMIT_STEPS', 'TRUSTED_PROXY_HOPS', 'SECURITY_CONTACT']) {
      expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });

  it('refuses the demo values copied into production', () => {
    const copied = {
      ...productionSettings,
      PUBLIC_BASE_URL: 'http://localhost:3000',
      SUPPORT_SERVICE_NAME: 'Example Support Service (demo)',
      SUPPORT_SERVICE_EMAIL: 'referrals@support-service.example',
      SUPPORT_SERVICE_PHONE: '020 7946 0123',
      SECURITY_CONTACT: 'mailto:security@support-service.example',
    };
    const message = envRefusal(copied);
    for (const name of ['PUBLIC_BASE_URL', 'SUPPORT_SERVICE_NAME', 'SUPPORT_SERVICE_EMAIL', 'SUPPORT_SERVICE_PHONE', 'SECURITY_CONTACT']) {
      expect(message).toMatch(new RegExp(`^\\s*${name}: `, 'm'));
    }
  });

  it('refuses reserved example domains in every address setting', () => {
    for (const [name, value] of [
      ['SUPPORT_SERVICE_EMAIL', 'team@north.example'],
      ['REFERRAL_TO_EMAIL', 'intake@example.org'],
      ['ROUTE_WALES_EMAIL', 'wales@cymru.test'],
      ['MAIL_FROM', 'no-reply@service.invalid'],
      ['SECURITY_CONTACT', 'https://example.com/security'],
      ['PUBLIC_BASE_URL', 'https://help.example'],
    ]) {
      expect(envRefusal({ ...productionSettings, [name!]: value }), name).toMatch(new RegExp(`^\\s*${name}: uses a reserved example domain`, 'm'));
    }
    // A real domain that merely contains the word is fine.
    expect(parseEnv({ ...productionSettings, SUPPORT_SERVICE_EMAIL: 'team@example-support.org.uk' }).mode).toBe('production');
  });

  it('refuses a public address over plain http', () => {
    expect(envRefusal({ ...productionSettings, PUBLIC_BASE_URL: 'http://help.north-support.org.uk' })).toMatch(
      /^\s*PUBLIC_BASE_URL: must be an https address in production$/m,
    );
  });

  it('requires TRUSTED_PROXY_HOPS to be said, even when it is 0', () => {
    expect(envRefusal(productionSettingsWithout('TRUSTED_PROXY_HOPS'))).toMatch(/^\s*TRUSTED_PROXY_HOPS: is required when APP_MODE=production/m);
    expect(parseEnv({ ...productionSettings, TRUSTED_PROXY_HOPS: '0' }).security.trustedProxyHops).toBe(0);
  });

  it('requires the choice of encryption, and a key for pgp', () => {
    expect(envRefusal(productionSettingsWithout('DELIVERY_ENCRYPTION'))).toMatch(/^\s*DELIVERY_ENCRYPTION: is required when APP_MODE=production/m);
    expect(envRefusal({ ...productionSettings, DELIVERY_ENCRYPTION: 'pgp' })).toMatch(/^\s*PGP_PUBLIC_KEY_FILE: is required when DELIVERY_ENCRYPTION=pgp/m);
    // An unresolved ${PGP_KEY} in a compose file arrives empty: still refused, never plain text.
    expect(envRefusal({ ...productionSettings, DELIVERY_ENCRYPTION: 'pgp', PGP_PUBLIC_KEY_FILE: '' })).toMatch(/PGP_PUBLIC_KEY_FILE: is required/);
    expect(envRefusal({ ...productionSettings, DELIVERY_ENCRYPTION: 'none', PGP_PUBLIC_KEY_FILE: '/etc/k.asc' })).toMatch(/DELIVERY_ENCRYPTION: is none, but PGP_PUBLIC_KEY_FILE is set/);
    expect(parseEnv({ ...productionSettings, DELIVERY_ENCRYPTION: 'pgp', PGP_PUBLIC_KEY_FILE: '/etc/k.asc' }).delivery.pgpPublicKeyFile).toBe('/etc/k.asc');
  });

  it('refuses a misspelt delivery or key setting instead of ignoring it', () => {
    expect(envRefusal({ ...productionSettings, PGP_PUBLIC_KEY: '/etc/k.asc' })).toMatch(/^\s*PGP_PUBLIC_KEY: is not a setting this service reads/m);
    expect(envRefusal({ ...demoSettings, SMTP_HOST: 'relay' })).toMatch(/SMTP_HOST: is not a setting/);
  });
});

describe('security settings', () => {
  it('has demo defaults: a reserved-domain contact and 5 submissions per 10 minutes', () => {
    expect(parseEnv(demoSettings).security).toEqual({
      contact: 'mailto:security@support-service.example',
      rateLimit: { submissions: 5, steps: 300, windowSeconds: 600, stepBurst: 30, stepBurstSeconds: 10, stepSpacingMs: 250 },
      trustedProxyHops: 0,
    });
  });

  it('reads the rate limit and the proxy hops as numbers', () => {
    const env = parseEnv({ ...demoSettings, RATE_LIMIT_SUBMISSIONS: '3', RATE_LIMIT_WINDOW_SECONDS: '60', TRUSTED_PROXY_HOPS: '1', RATE_LIMIT_STEPS: '40', RATE_LIMIT_STEP_BURST: '8', RATE_LIMIT_STEP_BURST_SECONDS: '4', RATE_LIMIT_STEP_SPACING_MS: '0' });
    expect(env.security.rateLimit).toEqual({ submissions: 3, steps: 40, windowSeconds: 60, stepBurst: 8, stepBurstSeconds: 4, stepSpacingMs: 0 });
    expect(env.security.trustedProxyHops).toBe(1);
  });

  it('accepts an https contact page', () => {
    expect(parseEnv({ ...demoSettings, SECURITY_CONTACT: 'https://north-support.example/security' }).security.contact).toBe(
      'https://north-support.example/security',
    );
  });

  it('refuses a contact that is not a mailto: or https: address, and a limit that is not a count', () => {
    expect(envRefusal({ ...demoSettings, SECURITY_CONTACT: 'security@north-support.example' })).toMatch(/SECURITY_CONTACT: must be a mailto: or https: address/);
    expect(envRefusal({ ...demoSettings, SECURITY_CONTACT: 'http://north-support.example/security' })).toMatch(/SECURITY_CONTACT/);
    expect(envRefusal({ ...demoSettings, RATE_LIMIT_SUBMISSIONS: '0' })).toMatch(/RATE_LIMIT_SUBMISSIONS/);
    expect(envRefusal({ ...demoSettings, RATE_LIMIT_WINDOW_SECONDS: 'ten minutes' })).toMatch(/RATE_LIMIT_WINDOW_SECONDS/);
    expect(envRefusal({ ...demoSettings, TRUSTED_PROXY_HOPS: '-1' })).toMatch(/TRUSTED_PROXY_HOPS/);
    expect(envRefusal({ ...demoSettings, RATE_LIMIT_STEPS: '0' })).toMatch(/RATE_LIMIT_STEPS/);
    expect(envRefusal({ ...demoSettings, RATE_LIMIT_STEP_BURST: '0' })).toMatch(/RATE_LIMIT_STEP_BURST/);
    expect(envRefusal({ ...demoSettings, RATE_LIMIT_STEP_BURST_SECONDS: 'a few' })).toMatch(/RATE_LIMIT_STEP_BURST_SECONDS/);
  });

  it('in production, requires the security contact', () => {
    expect(envRefusal(productionSettingsWithout('SECURITY_CONTACT'))).toMatch(/SECURITY_CONTACT: is required when APP_MODE=production/);
  });
});

describe('the store (DATABASE_URL)', () => {
  it('is SQLite in DATA_DIR without it, and PostgreSQL with a postgres:// URL', () => {
    expect(parseEnv(demoSettings).storage).toEqual({ kind: 'sqlite' });
    for (const url of ['postgres://app@127.0.0.1:5432/referrals', 'postgresql://app@localhost/referrals']) {
      expect(parseEnv({ ...demoSettings, DATABASE_URL: url }).storage).toEqual({ kind: 'postgres', url });
    }
  });

  it('refuses anything but a postgres:// URL, without echoing it (it carries the password)', () => {
    for (const url of ['mysql://app:s3cret-pw@db/referrals', 'not a url s3cret-pw', 'file:referrals.sqlite']) {
      const message = envRefusal({ ...demoSettings, DATABASE_URL: url });
      expect(message).toMatch(/^\s*DATABASE_URL: must be a postgres:\/\/ URL/m);
      expect(message).not.toContain('s3cret-pw');
    }
  });

  it('in production, needs TLS that checks the certificate to reach a database on another host', () => {
    const remote = 'postgres://app:s3cret-pw@db.north-support.org.uk:5432/referrals';
    const message = envRefusal({ ...productionSettings, DATABASE_URL: remote });
    expect(message).toMatch(/^\s*DATABASE_URL: a database on another host needs sslmode=verify-full in production/m);
    expect(message).not.toContain('s3cret-pw');
    expect(envRefusal({ ...productionSettings, DATABASE_URL: `${remote}?sslmode=prefer` })).toMatch(/DATABASE_URL: /);
    expect(envRefusal({ ...productionSettings, DATABASE_URL: `${remote}?sslmode=disable` })).toMatch(/DATABASE_URL: /);
    expect(parseEnv({ ...productionSettings, DATABASE_URL: `${remote}?sslmode=verify-full` }).storage.kind).toBe('postgres');
    // On this machine there is no network to protect: loopback, or a Unix socket.
    expect(parseEnv({ ...productionSettings, DATABASE_URL: 'postgres://app@127.0.0.1/referrals' }).storage.kind).toBe('postgres');
    expect(parseEnv({ ...productionSettings, DATABASE_URL: 'postgres:///referrals?host=/var/run/postgresql' }).storage.kind).toBe('postgres');
  });
});
