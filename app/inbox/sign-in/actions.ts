'use server';

/**
 * Signing in and out of the inbox. Each action re-reads everything from the request; a
 * half-signed-in session can do nothing here but offer its second factor.
 */
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { initialInboxFormState, type InboxFormState } from '@/lib/inbox/form-state';
import { formText } from '@/lib/security/form-text';
import { SECOND_FACTOR_PATH, SIGN_IN_PATH } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { clearSessionCookie, readSessionId, setSessionCookie } from '@/lib/inbox/session-cookie';
import {
  CODE_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  secondFactorRefused,
  signInRefused,
  waitMessage,
} from '@/lib/inbox/sign-in-copy';
import { relyingParty, type AuthenticationResponseJSON } from '@/lib/staff/passkeys';
import { PASSWORD_MAX_LENGTH } from '@/lib/crypto/password';

export async function signInAction(_state: InboxFormState, formData: FormData): Promise<InboxFormState> {
  const email = formText(formData, 'email', EMAIL_MAX_LENGTH).trim();
  const password = formText(formData, 'password', PASSWORD_MAX_LENGTH);
  const errors = [
    ...(email ? [] : [{ field: 'email', message: 'Enter your email address' }]),
    ...(password ? [] : [{ field: 'password', message: 'Enter your password' }]),
  ];
  if (errors.length > 0) return { errors };
  const { auth, clientKey } = await inboxRuntime();
  const result = await auth.signIn(email, password, clientKey(await headers()));
  if (result.outcome === 'wait') return { errors: [], problem: waitMessage(result.waitMs) };
  if (result.outcome === 'refused') return { errors: [{ field: 'email', message: signInRefused }] };
  await setSessionCookie(result.sessionId);
  redirect(SECOND_FACTOR_PATH);
}

export async function secondFactorAction(_state: InboxFormState, formData: FormData): Promise<InboxFormState> {
  const code = formText(formData, 'code', CODE_MAX_LENGTH).trim();
  if (!code) return { errors: [{ field: 'code', message: 'Enter the code from your authenticator app' }] };
  const { auth, clientKey } = await inboxRuntime();
  const result = await auth.secondFactor(await readSessionId(), code, clientKey(await headers()));
  if (result.outcome === 'no-session') redirect(SIGN_IN_PATH);
  if (result.outcome === 'wait') return { ...initialInboxFormState, problem: waitMessage(result.waitMs) };
  if (result.outcome === 'refused') return { errors: [{ field: 'code', message: secondFactorRefused }] };
  await setSessionCookie(result.sessionId);
  redirect('/inbox');
}

/** Options for the browser to sign in with a passkey; null without a half-signed-in session. */
export async function passkeySignInOptionsAction() {
  const { auth, env } = await inboxRuntime();
  return (await auth.passkeySignInOptions(await readSessionId(), relyingParty(env, (await headers()).get('origin')))) ?? null;
}

/** The second step with the passkey's answer; on success, to the inbox. */
export async function passkeySecondFactorAction(response: AuthenticationResponseJSON): Promise<InboxFormState> {
  const { auth, env, clientKey } = await inboxRuntime();
  const requestHeaders = await headers();
  const result = await auth.secondFactorWithPasskey(
    await readSessionId(),
    response,
    relyingParty(env, requestHeaders.get('origin')),
    clientKey(requestHeaders),
  );
  if (result.outcome === 'no-session') redirect(SIGN_IN_PATH);
  if (result.outcome === 'wait') return { ...initialInboxFormState, problem: waitMessage(result.waitMs) };
  if (result.outcome === 'refused') return { errors: [], problem: 'Your passkey was not accepted. Try again, or enter a code.' };
  await setSessionCookie(result.sessionId);
  redirect('/inbox');
}

export async function signOutAction(): Promise<void> {
  await (await inboxRuntime()).auth.signOut(await readSessionId());
  await clearSessionCookie();
  redirect(`${SIGN_IN_PATH}?signed-out=1`);
}
