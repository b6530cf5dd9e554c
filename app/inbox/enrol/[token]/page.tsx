import type { Metadata } from 'next';
import Link from 'next/link';
import { InboxForm } from '@/components/inbox/inbox-form';
import { PasskeyEnrolment } from '@/components/inbox/passkey-enrolment';
import { inboxRuntime } from '@/lib/runtime/server';
import { readSessionId } from '@/lib/inbox/session-cookie';
import { enrolmentFields } from '@/lib/inbox/sign-in-copy';
import { totpSecretForTyping, totpUri } from '@/lib/staff/totp';
import { enrolAction, enrolWithPasskeyAction, passkeyEnrolmentOptionsAction } from './actions';

export const metadata: Metadata = { title: 'Set up your account' };

const goToInbox = (
  <p>
    <Link href="/inbox" className="button">
      I have saved my codes: go to the inbox
    </Link>
  </p>
);

export default async function EnrolPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { auth, env } = await inboxRuntime();
  const enrolment = await auth.enrolment(token);
  // Enrolling sets the session cookie, and Next.js then renders this page again in the same
  // response, with the link now used up. A member who has just been signed in by it keeps the
  // same page, so the form that enrolled them can show the recovery codes it was given (and the
  // other form shows nothing).
  const justEnrolled = !enrolment && (await auth.session(await readSessionId()))?.stage === 'full';
  if (!enrolment && !justEnrolled) {
    return (
      <>
        <h1 className="heading-l">This link has been used or has expired</h1>
        <p>Enrolment links work once, for 24 hours. Ask your service for a new one.</p>
        <p>
          <Link href="/inbox/sign-in">Sign in</Link> if you have already set up your account.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="heading-l">Set up your account</h1>
      {enrolment ? (
        <>
          <p>
            You are setting up <strong>{enrolment.member.email}</strong> as a {enrolment.member.role}. You need a password,
            and a passkey on this device or an authenticator app on your phone (for example one your service recommends).
            Both are needed every time you sign in.
          </p>
        </>
      ) : null}
      <PasskeyEnrolment
        getOptions={passkeyEnrolmentOptionsAction.bind(null, token)}
        finish={enrolWithPasskeyAction.bind(null, token)}
        afterRecoveryCodes={goToInbox}
        finishedOnly={!enrolment}
      />
      {enrolment ? (
        <>
          <h2 className="heading-m">Set up with an authenticator app</h2>
          <p>In the app, choose to enter a setup key, and type:</p>
          <p className="totp-key">
            <code aria-label="Setup key">{totpSecretForTyping(enrolment.totpSecret)}</code>
          </p>
          <p>
            On the phone itself you can instead{' '}
            <a href={totpUri(env.supportService.name, enrolment.member.email, enrolment.totpSecret)}>
              open this in your authenticator app
            </a>
            .
          </p>
        </>
      ) : null}
      <InboxForm
        label="Set up with an authenticator app"
        finishedOnly={!enrolment}
        action={enrolAction.bind(null, token)}
        fields={[...enrolmentFields]}
        submitLabel="Set up my account"
        afterRecoveryCodes={goToInbox}
      />
    </>
  );
}
