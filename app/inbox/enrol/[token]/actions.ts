'use server';

/**
 * Finishing enrolment from the one-time link: a password and either the authenticator app's first
 * code or a new passkey; the recovery codes are shown once.
 */
import { headers } from 'next/headers';
import type { InboxFormState } from '@/lib/inbox/form-state';
import { formText } from '@/lib/security/form-text';
import { inboxRuntime } from '@/lib/runtime/server';
import { setSessionCookie } from '@/lib/inbox/session-cookie';
import { CODE_MAX_LENGTH } from '@/lib/inbox/sign-in-copy';
import { relyingParty, type RegistrationResponseJSON } from '@/lib/staff/passkeys';
import { PASSWORD_MAX_LENGTH } from '@/lib/crypto/password';
import type { StaffAuth } from '@/lib/staff/staff-auth';

export async function enrolAction(token: string, _state: InboxFormState, formData: FormData): Promise<InboxFormState> {
  const result = await (await inboxRuntime()).auth.enrol(String(token), {
    password: formText(formData, 'password', PASSWORD_MAX_LENGTH),
    confirmPassword: formText(formData, 'confirmPassword', PASSWORD_MAX_LENGTH),
    code: formText(formData, 'code', CODE_MAX_LENGTH),
  });
  return enrolmentState(result);
}

/** What the form shows for an enrolment's outcome; on success the session cookie is set. */
async function enrolmentState(result: Awaited<ReturnType<StaffAuth['enrol']>>): Promise<InboxFormState> {
  if (result.outcome === 'expired') {
    return { errors: [], problem: 'This enrolment link has been used or has expired. Ask your service for a new one.' };
  }
  if (result.outcome === 'invalid') {
    return { errors: Object.entries(result.errors).map(([field, message]) => ({ field, message })) };
  }
  await setSessionCookie(result.sessionId);
  return { errors: [], recoveryCodes: result.recoveryCodes };
}

/** Options for the browser to create a passkey for this enrolment; null when the link no longer works. */
export async function passkeyEnrolmentOptionsAction(token: string) {
  const { auth, env } = await inboxRuntime();
  return (await auth.passkeyEnrolmentOptions(String(token), relyingParty(env, (await headers()).get('origin')))) ?? null;
}

/** Finishes enrolment with the passkey the browser just created. */
export async function enrolWithPasskeyAction(
  token: string,
  input: { password: string; confirmPassword: string; response: RegistrationResponseJSON },
): Promise<InboxFormState> {
  const { auth, env } = await inboxRuntime();
  const result = await auth.enrolWithPasskey(
    String(token),
    {
      password: String(input?.password ?? '').slice(0, PASSWORD_MAX_LENGTH + 1),
      confirmPassword: String(input?.confirmPassword ?? '').slice(0, PASSWORD_MAX_LENGTH + 1),
      response: input?.response,
    },
    relyingParty(env, (await headers()).get('origin')),
  );
  return enrolmentState(result);
}
