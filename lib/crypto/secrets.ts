/**
 * Random secrets handed to a person or a browser (enrolment links, session ids, recovery codes)
 * and the one-way hashes the database keeps instead of them. These secrets are long and random,
 * so a plain SHA-256 is enough: unlike a password there is nothing to guess, and a stolen
 * database row cannot be turned back into a working link or cookie.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 256 random bits, URL-safe (a session id or an enrolment token). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores in place of a token or code. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_CODE_COUNT = 10;

/** Ten one-time recovery codes like `k7mq-x4pd-2nzs`, about 59 random bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return characters.match(/.{4}/g)!.join('-');
  });
}

/** A recovery code as typed (any case, spaces or dashes) in the form it was hashed. */
export function normaliseRecoveryCode(typed: string): string {
  const characters = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  return characters.match(/.{1,4}/g)?.join('-') ?? '';
}
