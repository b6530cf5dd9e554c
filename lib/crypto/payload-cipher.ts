/**
 * Encryption at rest of referral payloads: AES-256-GCM with a fresh 96-bit nonce per payload,
 * and the referral's reference as associated data, so a ciphertext copied onto another row (or
 * altered in any way) fails to decrypt instead of being delivered under the wrong reference.
 *
 * Stored layout: version byte (1) | nonce (12) | tag (16) | ciphertext.
 */
import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/**
 * The data key from its configured text: exactly 32 bytes in canonical base64 (44 characters,
 * as `openssl rand -base64 32` prints). Node's decoder forgives almost anything, so a passphrase
 * of 43 letters would otherwise pass as a key; a key with few distinct bytes (all zeros, a
 * repeated pattern) was typed, not generated, and is refused too. Null when it is not a key.
 */
export function decodeDataKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed, 'base64');
  // 32 random bytes have about 28 distinct values; fewer than 16 happens by chance with a
  // probability far below one in a billion.
  if (key.length !== DATA_KEY_BYTES || new Set(key).size < 16) return null;
  return key;
}

/** Raised when a stored payload cannot be authenticated: wrong key, wrong row, or tampering. */
export class PayloadIntegrityError extends Error {
  override name = 'PayloadIntegrityError';
}

function checkKey(key: Buffer): void {
  if (key.length !== DATA_KEY_BYTES) throw new Error('The data key must be 32 bytes');
}

/** Encrypts a payload for storage, bound to its reference. */
export function encryptPayload(key: Buffer, reference: string, payload: unknown): Buffer {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(reference, 'utf8'));
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(payload), 'utf8'),
    cipher.final(),
  ]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), ciphertext]);
}

/** Decrypts a stored payload; throws `PayloadIntegrityError` if it is not authentic. */
export function decryptPayload(key: Buffer, reference: string, stored: Buffer): Record<string, unknown> {
  checkKey(key);
  if (stored.length < 1 + NONCE_BYTES + TAG_BYTES || stored[0] !== VERSION) {
    throw new PayloadIntegrityError('Unknown payload format');
  }
  const nonce = stored.subarray(1, 1 + NONCE_BYTES);
  const tag = stored.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES);
  const ciphertext = stored.subarray(1 + NONCE_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(reference, 'utf8'));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as Record<string, unknown>;
  } catch {
    // Never include the cause: it could quote part of the plaintext.
    throw new PayloadIntegrityError('The stored payload failed authentication');
  }
}
