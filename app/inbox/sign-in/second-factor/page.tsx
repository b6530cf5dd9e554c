import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { DemoSignInHint } from '@/components/inbox/demo-sign-in-hint';
import { InboxForm } from '@/components/inbox/inbox-form';
import { PasskeySignIn } from '@/components/inbox/passkey-sign-in';
import { demoSignInHint } from '@/lib/staff/demo-account';
import { SIGN_IN_PATH } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { readSessionId } from '@/lib/inbox/session-cookie';
import { secondFactorFields } from '@/lib/inbox/sign-in-copy';
import { passkeySecondFactorAction, passkeySignInOptionsAction, secondFactorAction } from '../actions';

export const metadata: Metadata = { title: 'Second step of sign-in' };

export default async function SecondFactorPage() {
  const { auth, env, staff, dataKey, now } = await inboxRuntime();
  const signedIn = await auth.session(await readSessionId());
  if (!signedIn) redirect(SIGN_IN_PATH);
  if (signedIn.stage === 'full') redirect('/inbox');
  return (
    <>
      <h1 className="heading-l">Enter your code</h1>
      {(await staff.passkeys(signedIn.member.id)).length > 0 ? (
        <PasskeySignIn getOptions={passkeySignInOptionsAction} finish={passkeySecondFactorAction} />
      ) : null}
      <DemoSignInHint hint={await demoSignInHint(env, staff, dataKey, await headers(), now())} />
      <InboxForm action={secondFactorAction} fields={[...secondFactorFields]} submitLabel="Sign in" />
    </>
  );
}
