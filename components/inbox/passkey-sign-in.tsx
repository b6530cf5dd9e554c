'use client';

/**
 * The second step of sign-in with a passkey, for browsers that support WebAuthn: one button,
 * the browser asks for the passkey, the server checks its answer. The code form stays below it.
 */
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useEffect, useState } from 'react';
import { initialInboxFormState, type InboxFormState } from '@/lib/inbox/form-state';
import { ErrorSummary } from '@/components/form-kit/error-summary';

type Props = {
  getOptions: () => Promise<PublicKeyCredentialRequestOptionsJSON | null>;
  finish: (response: AuthenticationResponseJSON) => Promise<InboxFormState>;
};

export function PasskeySignIn({ getOptions, finish }: Props) {
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<InboxFormState>(initialInboxFormState);
  const [pending, setPending] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setSupported(browserSupportsWebAuthn()), []);
  if (!supported) return null;

  async function signInWithPasskey() {
    setPending(true);
    try {
      const optionsJSON = await getOptions();
      if (!optionsJSON) return;
      let response: AuthenticationResponseJSON;
      try {
        response = await startAuthentication({ optionsJSON });
      } catch {
        setState({ errors: [], problem: 'No passkey was used. Try again, or enter a code.' });
        return;
      }
      // On success the action redirects to the inbox.
      setState(await finish(response));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="passkey-sign-in">
      <h2 id="passkey-sign-in" className="heading-m">
        Use your passkey
      </h2>
      <ErrorSummary id="passkey-error-summary" headingLevel={3} errors={state.errors} problem={state.problem} />
      <p>
        <button type="button" className="button" disabled={pending} onClick={() => void signInWithPasskey()}>
          Sign in with a passkey
        </button>
      </p>
      <h2 className="heading-m">Or enter a code</h2>
    </section>
  );
}
