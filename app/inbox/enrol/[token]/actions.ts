'use server';

/** Finishing enrolment from the one-time link: password, first TOTP code, recovery codes shown once. */
import { formText, type InboxFormState } from '@/lib/inbox/form-state';
import { inboxRuntime } from '@/lib/inbox/inbox-runtime';
import { setSessionCookie } from '@/lib/inbox/session-cookie';
import { CODE_MAX_LENGTH } from '@/lib/inbox/sign-in-copy';
import { PASSWORD_MAX_LENGTH } from '@/lib/staff/password';

export async function enrolAction(token: string, _state: InboxFormState, formData: FormData): Promise<InboxFormState> {
  const result = await inboxRuntime().auth.enrol(String(token), {
    password: formText(formData, 'password', PASSWORD_MAX_LENGTH),
    confirmPassword: formText(formData, 'confirmPassword', PASSWORD_MAX_LENGTH),
    code: formText(formData, 'code', CODE_MAX_LENGTH),
  });
  if (result.outcome === 'expired') {
    return { errors: [], problem: 'This enrolment link has been used or has expired. Ask your service for a new one.' };
  }
  if (result.outcome === 'invalid') {
    return { errors: Object.entries(result.errors).map(([field, message]) => ({ field, message })) };
  }
  await setSessionCookie(result.sessionId);
  return { errors: [], recoveryCodes: result.recoveryCodes };
}
