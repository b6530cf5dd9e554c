/**
 * Configuration fixtures for tests: one complete production environment (every variable
 * APP_MODE=production requires, with reserved example values) and the message parseEnv refuses
 * a source with. Tests of lib/env.ts and of the delivery settings, and the child processes the
 * reliability tests start, all begin from this one set.
 */
import { expect } from 'vitest';
import { EnvError, parseEnv } from './env';

/** A production configuration that parseEnv accepts. */
export const productionSettings: Readonly<Record<string, string>> = {
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
