/**
 * Configuration fixtures for tests: one complete production environment (every variable
 * APP_MODE=production requires, with reserved example values) and the message parseEnv refuses
 * a source with. Tests of lib/env.ts and of the delivery settings, and the child processes the
 * reliability tests start, all begin from this one set.
 */
import { expect } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

/** The one setting demo mode needs, which `npm run demo` sets itself. */
export const demoSettings: Readonly<Record<string, string>> = { APP_MODE: 'demo' };

/**
 * A production configuration that parseEnv accepts. Production refuses reserved `.example`
 * domains, so these are made-up names under .org.uk that the tests never contact.
 */
export const productionSettings: Readonly<Record<string, string>> = {
  APP_MODE: 'production',
  PUBLIC_BASE_URL: 'https://help.north-support.org.uk',
  SUPPORT_SERVICE_NAME: 'North Support',
  SUPPORT_SERVICE_EMAIL: 'referrals@north-support.org.uk',
  SUPPORT_SERVICE_PHONE: '0161 496 0000',
  SUPPORT_SERVICE_HOURS: 'Every day, 8am to 8pm',
  SMTP_URL: 'smtps://relay.north-support.org.uk',
  MAIL_FROM: 'no-reply@help.north-support.org.uk',
  // Fixed so tests are repeatable; 32 distinct bytes, as a generated key would have.
  DATA_KEY: Buffer.from(Array.from({ length: 32 }, (_, index) => (index * 37 + 11) % 256)).toString('base64'),
  SECURITY_CONTACT: 'mailto:security@north-support.org.uk',
  TRUSTED_PROXY_HOPS: '1',
  DELIVERY_ENCRYPTION: 'none',
};

/**
 * The production settings with some variables left out (not set to empty), so the result is
 * also usable as a child process's environment.
 */
export function productionSettingsWithout(...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(productionSettings).filter(([name]) => !names.includes(name)));
}

/** The message parseEnv refuses a source with; fails the test if it accepts it. */
export function envRefusal(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).message;
  }
  throw new Error('parseEnv accepted a configuration it should have refused');
}
