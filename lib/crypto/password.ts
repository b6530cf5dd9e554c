/**
 * Staff passwords: the rules a new one must meet, and argon2id hashing through `@node-rs/argon2`
 * (a maintained binding whose prebuilt binaries come from the npm registry).
 *
 * Signing in with an email that has no account still verifies a password against a dummy hash
 * made with the same settings, so the time an answer takes does not say whether the account
 * exists (`npm run bench` measures the difference).
 */
import 'server-only';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): about 20-40 ms here per sign-in. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Passwords of 12 characters or more that lists of breached passwords show people choose most,
 * and the patterns behind them. A short list on purpose: the length rule does most of the work,
 * and this stops the obvious ones.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000',
  'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopasdfghjkl', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'qazwsxedcrfv',
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password1234!', 'iloveyou1234',
  'letmein12345', 'welcome12345', 'welcome123456', 'administrator', 'changeme1234', 'football1234',
  'baseball1234', 'sunshine1234', 'princess1234', 'superman1234', 'trustno1trustno1', 'abcdefghijkl',
  'abcd12345678', 'abc123456789', 'monkey123456', 'dragon123456', 'master123456', 'qwerty123456',
  'asdfghjkl123', 'zxcvbnm12345', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234', 'computer1234',
]);

/** Why a password is refused, in the words the form shows; undefined when it is acceptable. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length === 0) return 'Enter a password';
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be ${PASSWORD_MIN_LENGTH} characters or more`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  const lower = password.toLowerCase();
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (
    COMMON_PASSWORDS.has(lower) ||
    /^(.)\1+$/.test(password) ||
    (localPart.length >= 4 && lower.includes(localPart)) ||
    /^(password|qwerty|letmein|welcome|iloveyou)[^a-z]*$/.test(lower)
  ) {
    return 'Password is too easy to guess: choose a longer phrase of unrelated words';
  }
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies `password` against `stored`, or, when there is no account (or no password yet),
 * against a dummy hash, so both take the same work. Always false in the second case.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hash('not a password anyone has', ARGON2_OPTIONS);
    await verify(await dummyHash, password);
    return false;
  }
  return verify(stored, password);
}
