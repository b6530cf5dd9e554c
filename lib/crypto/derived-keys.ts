/**
 * Keys derived from the data key, one per purpose, so that no part of the service uses the data
 * key itself for anything but encrypting what it stores, and a key leaked from one purpose
 * (a step token's MAC, a client's rate-limit key) says nothing about the data key or the others.
 * The labels are versioned: changing one retires every token made with the old key.
 */
import { createHmac } from 'node:crypto';

const derivedKeyPurposes = {
  /** The MAC of the form's single-use step tokens. */
  stepToken: 'step-token-key-v1',
  /** The keyed hash that names a client in the rate limits, the same on every instance. */
  rateLimitClient: 'rate-limit-client-key-v1',
} as const;

export type DerivedKeyPurpose = keyof typeof derivedKeyPurposes;

/** The key for `purpose`, derived from the data key (HMAC-SHA-256 of the purpose's label). */
export function deriveKey(dataKey: Buffer, purpose: DerivedKeyPurpose): Buffer {
  return createHmac('sha256', dataKey).update(derivedKeyPurposes[purpose]).digest();
}
