/**
 * Referral references: the one thing a person is given after submitting, and may read out over
 * the phone to a support worker. Eight characters from an alphabet with no look-alikes (no 0/O,
 * 1/I/L, 2/Z, 5/S, 8/B, U/V), grouped in fours: `KQ7M-X4PD`.
 *
 * Random, not sequential, so a reference says nothing about how many people asked for help or
 * when; uniqueness is enforced by the database (the caller retries on a collision).
 */
import { randomInt } from 'node:crypto';

/** 23 characters that stay distinct when read aloud, handwritten or shown in any font. */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';

const LENGTH = 8;

/** The shape every reference has; also used to check a reference typed into the CLI. */
export const REFERENCE_PATTERN = new RegExp(
  `^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`,
);

/**
 * A new random reference. `pick(n)` returns a uniform integer in [0, n); it defaults to the
 * crypto RNG and exists only so a test can check the grouping.
 */
export function generateReference(pick: (n: number) => number = randomInt): string {
  let characters = '';
  for (let i = 0; i < LENGTH; i += 1) {
    characters += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  }
  return `${characters.slice(0, 4)}-${characters.slice(4)}`;
}

/** Accepts a reference as someone might type it (lower case, spaces, no hyphen). */
export function normaliseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== LENGTH) return undefined;
  const reference = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  return REFERENCE_PATTERN.test(reference) ? reference : undefined;
}
