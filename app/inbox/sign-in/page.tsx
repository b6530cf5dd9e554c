import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { DemoSignInHint } from '@/components/inbox/demo-sign-in-hint';
import { InboxForm } from '@/components/inbox/inbox-form';
import { demoSignInHint } from '@/lib/staff/demo-account';
import { inboxRuntime } from '@/lib/runtime/server';
import { readSessionId } from '@/lib/inbox/session-cookie';
import { signInFields } from '@/lib/inbox/sign-in-copy';
import { signInAction } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { auth, env, staff, dataKey, now } = await inboxRuntime();
  const signedIn = await auth.session(await readSessionId());
  if (signedIn?.stage === 'full') redirect('/inbox');
  const { 'signed-out': signedOut } = await searchParams;
  return (
    <>
      <h1 className="heading-l">Sign in to the caseworker inbox</h1>
      {signedOut ? <p className="inset">You have signed out.</p> : null}
      <p>For support workers of the service. Your account is set up by your service; there is no sign-up.</p>
      <DemoSignInHint hint={await demoSignInHint(env, staff, dataKey, await headers(), now())} />
      <InboxForm action={signInAction} fields={[...signInFields]} submitLabel="Continue" />
    </>
  );
}
