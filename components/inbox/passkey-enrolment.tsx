'use client';

/**
 * Enrolment with a passkey instead of an authenticator app: the same password rules, then the
 * browser creates a passkey for this site. Offered only where the browser supports WebAuthn
 * (it needs JavaScript); the authenticator-app form stays beside it for everyone else.
 */
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { initialInboxFormState, type InboxFormState } from '@/lib/inbox/form-state';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Field } from '@/components/form-kit/field';
import { RecoveryCodes } from './recovery-codes';

type Props = {
  getOptions: () => Promise<PublicKeyCredentialCreationOptionsJSON | null>;
  finish: (input: { password: string; confirmPassword: string; response: RegistrationResponseJSON }) => Promise<InboxFormState>;
  afterRecoveryCodes: ReactNode;
  /** Show only the recovery codes, if this form has them; otherwise nothing. */
  finishedOnly: boolean;
};

export function PasskeyEnrolment({ getOptions, finish, afterRecoveryCodes, finishedOnly }: Props) {
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<InboxFormState>(initialInboxFormState);
  const [pending, setPending] = useState(false);
  // After mounting only: the server cannot know what this browser supports.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setSupported(browserSupportsWebAuthn()), []);

  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes}>{afterRecoveryCodes}</RecoveryCodes>;
  if (!supported || finishedOnly) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('passkey-password') ?? '');
    const confirmPassword = String(form.get('passkey-confirm-password') ?? '');
    setPending(true);
    try {
      const optionsJSON = await getOptions();
      if (!optionsJSON) {
        setState({ errors: [], problem: 'This enrolment link has been used or has expired. Ask your service for a new one.' });
        return;
      }
      let response: RegistrationResponseJSON;
      try {
        response = await startRegistration({ optionsJSON });
      } catch {
        setState({ errors: [], problem: 'No passkey was created. Try again, or use an authenticator app below.' });
        return;
      }
      const result = await finish({ password, confirmPassword, response });
      // Field names here differ from the app form's, so each error links to this form's field.
      setState({
        ...result,
        errors: result.errors.map((error) => ({
          ...error,
          field: error.field === 'password' ? 'passkey-password' : error.field === 'confirmPassword' ? 'passkey-confirm-password' : error.field,
        })),
      });
    } finally {
      setPending(false);
    }
  }

  const errorFor = (name: string) => state.errors.find((error) => error.field === name)?.message;
  return (
    <section aria-labelledby="passkey-heading">
      <h2 id="passkey-heading" className="heading-m">
        Set up with a passkey
      </h2>
      <p>If this device can keep a passkey (a fingerprint, face or screen lock, or a security key), use that.</p>
      <ErrorSummary id="passkey-error-summary" headingLevel={3} errors={state.errors} problem={state.problem} />
      <form onSubmit={submit} noValidate>
        {[
          { name: 'passkey-password', label: 'Create a password' },
          { name: 'passkey-confirm-password', label: 'Type the password again' },
        ].map((field) => (
          <Field key={field.name} id={field.name} label={field.label} error={errorFor(field.name)}>
            {(aria) => <input id={field.name} name={field.name} type="password" autoComplete="new-password" maxLength={256} {...aria} />}
          </Field>
        ))}
        <button type="submit" className="button" disabled={pending}>
          Create a passkey and set up my account
        </button>
      </form>
    </section>
  );
}
