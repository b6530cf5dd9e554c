/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 30 seconds, 6 digits, what every
 * authenticator app reads), through `@oslojs/otp`. The secret is kept encrypted with the data
 * key, bound to the account's id, and each accepted time step is recorded so a code seen over
 * someone's shoulder cannot be used again.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { encodeBase32NoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { decryptPayload, encryptPayload } from '@/lib/crypto/payload-cipher';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: a phone clock a little out, or a code typed as it changed. */
const DRIFT_STEPS = 1;

/** A fresh 160-bit secret (RFC 4226's recommended length). */
export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

const associatedData = (staffId: number) => `staff-totp:${staffId}`;

export function encryptTotpSecret(dataKey: Buffer, staffId: number, secret: Buffer): Buffer {
  return encryptPayload(dataKey, associatedData(staffId), { secret: secret.toString('base64') });
}

export function decryptTotpSecret(dataKey: Buffer, staffId: number, stored: Buffer): Buffer {
  return Buffer.from(String(decryptPayload(dataKey, associatedData(staffId), stored).secret), 'base64');
}

/** The secret as people type it into an authenticator app: base32, in groups of four. */
export function totpSecretForTyping(secret: Buffer): string {
  return encodeBase32NoPadding(secret).match(/.{1,4}/g)!.join(' ');
}

/** The otpauth:// address authenticator apps read (as a QR code or a link on the phone itself). */
export function totpUri(issuer: string, account: string, secret: Buffer): string {
  return createTOTPKeyURI(issuer, account, secret, PERIOD_SECONDS, DIGITS);
}

const stepAt = (now: number) => Math.floor(now / 1000 / PERIOD_SECONDS);

/** The code an authenticator shows at `now` (the demo sign-in page and the tests use it). */
export function totpCodeAt(secret: Buffer, now: number): string {
  return generateHOTP(secret, BigInt(stepAt(now)), DIGITS);
}

/** The time step `code` belongs to, within the allowed drift of `now`; undefined when it matches none. */
export function matchingTotpStep(secret: Buffer, code: string, now: number): number | undefined {
  const typed = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(typed)) return undefined;
  const current = stepAt(now);
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step += 1) {
    if (generateHOTP(secret, BigInt(step), DIGITS) === typed) return step;
  }
  return undefined;
}
