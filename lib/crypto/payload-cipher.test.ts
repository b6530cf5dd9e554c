import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PayloadIntegrityError, decryptPayload, encryptPayload } from './payload-cipher';

const key = randomBytes(32);
const payload = { name: 'Canary Person', story: 'Ünïcode – and "quotes"', list: [1, 2, 3] };

describe('payload encryption at rest', () => {
  it('round-trips a payload and hides its content', () => {
    const stored = encryptPayload(key, 'KQ7M-X4PD', payload);
    expect(stored.toString('latin1')).not.toContain('Canary');
    expect(decryptPayload(key, 'KQ7M-X4PD', stored)).toEqual(payload);
  });

  it('uses a fresh nonce each time', () => {
    const a = encryptPayload(key, 'KQ7M-X4PD', payload);
    const b = encryptPayload(key, 'KQ7M-X4PD', payload);
    expect(a.equals(b)).toBe(false);
  });

  it('detects a flipped bit anywhere in the stored bytes', () => {
    const stored = encryptPayload(key, 'KQ7M-X4PD', payload);
    for (const index of [1, 14, 30, stored.length - 1]) {
      const tampered = Buffer.from(stored);
      tampered[index] = tampered[index]! ^ 0x01;
      expect(() => decryptPayload(key, 'KQ7M-X4PD', tampered)).toThrow(PayloadIntegrityError);
    }
  });

  it('refuses a payload moved to another reference, or read with another key', () => {
    const stored = encryptPayload(key, 'KQ7M-X4PD', payload);
    expect(() => decryptPayload(key, 'ACDE-FGHJ', stored)).toThrow(PayloadIntegrityError);
    expect(() => decryptPayload(randomBytes(32), 'KQ7M-X4PD', stored)).toThrow(PayloadIntegrityError);
  });

  it('refuses a truncated payload', () => {
    expect(() => decryptPayload(key, 'KQ7M-X4PD', Buffer.from([1, 2, 3]))).toThrow(
      PayloadIntegrityError,
    );
  });
});
