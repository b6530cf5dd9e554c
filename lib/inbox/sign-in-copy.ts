/**
 * The words of the sign-in forms, defined once for the pages and the actions. The refusal is
 * the same for a wrong password, an unknown email and a disabled account, so it says nothing
 * about which accounts exist.
 */
import { PASSWORD_MAX_LENGTH } from '@/lib/crypto/password';

export const EMAIL_MAX_LENGTH = 254;
export const CODE_MAX_LENGTH = 20;

export const signInRefused = 'Enter the email address and password of an active account: one of them is not right';
export const secondFactorRefused = 'Enter the code your authenticator app shows now, or an unused recovery code';

/** "Wait 8 seconds…", rounded up, for a throttled sign-in. */
export function waitMessage(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  const amount = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `Too many attempts. Wait ${amount}, then try again.`;
}

export const signInFields = [
  { name: 'email', label: 'Email address', type: 'email', autoComplete: 'username', maxLength: EMAIL_MAX_LENGTH },
  { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password', maxLength: PASSWORD_MAX_LENGTH },
] as const;

export const secondFactorFields = [
  {
    name: 'code',
    label: 'Code from your authenticator app',
    hint: 'The 6-digit code it shows now. If you have lost your phone, enter one of your recovery codes.',
    type: 'text',
    autoComplete: 'one-time-code',
    inputMode: 'text',
    maxLength: CODE_MAX_LENGTH,
  },
] as const;

export const enrolmentFields = [
  {
    name: 'password',
    label: 'Create a password',
    hint: 'At least 12 characters. A phrase of three or four unrelated words is strong and easy to remember.',
    type: 'password',
    autoComplete: 'new-password',
    maxLength: PASSWORD_MAX_LENGTH,
  },
  { name: 'confirmPassword', label: 'Type the password again', type: 'password', autoComplete: 'new-password', maxLength: PASSWORD_MAX_LENGTH },
  {
    name: 'code',
    label: 'Code from your authenticator app',
    hint: 'After adding the key above to the app, enter the 6-digit code it shows.',
    type: 'text',
    autoComplete: 'one-time-code',
    inputMode: 'numeric',
    maxLength: CODE_MAX_LENGTH,
  },
] as const;
