import { describe, expect, it } from 'vitest';
import {
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
  generateReference,
  normaliseReference,
} from './reference';

describe('generateReference', () => {
  it('has no characters that can be confused when read aloud or handwritten', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B', 'U', 'V']) {
      expect(REFERENCE_ALPHABET).not.toContain(confusable);
    }
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
  });

  it('groups eight characters in two fours', () => {
    let i = 0;
    expect(generateReference(() => i++ % REFERENCE_ALPHABET.length)).toBe('ACDE-FGHJ');
    for (let n = 0; n < 200; n += 1) expect(generateReference()).toMatch(REFERENCE_PATTERN);
  });

  it('uses every character of the alphabet and rarely repeats', () => {
    const seen = new Set<string>();
    const references = new Set<string>();
    for (let n = 0; n < 2000; n += 1) {
      const reference = generateReference();
      references.add(reference);
      for (const character of reference.replace('-', '')) seen.add(character);
    }
    expect(seen.size).toBe(REFERENCE_ALPHABET.length);
    expect(references.size).toBe(2000);
  });
});

describe('normaliseReference', () => {
  it('accepts a reference typed loosely', () => {
    expect(normaliseReference(' kq7m x4pd ')).toBe('KQ7M-X4PD');
    expect(normaliseReference('KQ7M-X4PD')).toBe('KQ7M-X4PD');
  });

  it('refuses anything else', () => {
    expect(normaliseReference('KQ7M-X4P')).toBeUndefined();
    expect(normaliseReference('KQ7M-X4P0')).toBeUndefined();
    expect(normaliseReference("'; DROP TABLE--")).toBeUndefined();
  });
});
