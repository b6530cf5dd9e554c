'use client';

/**
 * The confirmation's offer to choose a PIN, to check on the referral later and read a support
 * worker's messages. Optional, and said so: declining changes nothing. It says plainly that
 * nobody can tell them the reference or PIN again, and where it is safe to keep them.
 */
import Link from 'next/link';
import { useMemo } from 'react';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '@/lib/check-back/check-back-rules';
import { controlNames, intentValue } from '@/lib/referral/wizard';
import { PinField } from './pin-field';
import { ErrorSummary } from '@/components/form-kit/error-summary';

/**
 * The confirmation's PIN, as the referral's server action adds it to the sent form's state: the
 * check-back's, not the wizard's (whose form has ended by then).
 */
export type PinOffer = {
  /** Lets this confirmation choose a PIN to check back later (lib/check-back); gone once one is chosen. */
  pinOffer?: string;
  /** The PIN was saved. */
  pinChosen?: boolean;
  /** What is wrong with the PIN typed, shown beside its field. */
  pinError?: { field: 'pin' | 'pinAgain'; message: string };
};

type Props = {
  state: PinOffer & { stepToken?: string };
  /** Without JavaScript: the form posts to the wizard's server action. */
  formAction: (formData: FormData) => void;
  /** With JavaScript: the wizard sends it from the page, so a lost connection is caught. */
  onChoose: ((formData: FormData) => void) | undefined;
  pending: boolean;
};

export function ChoosePin({ state, formAction, onChoose, pending }: Props) {
  const error = state.pinError;
  // One list per answer from the server, so the summary takes focus for a new answer only.
  const errors = useMemo(() => (error ? [error] : []), [error]);
  if (!state.pinOffer) return null;
  return (
    <section aria-labelledby="choose-pin" className="choose-pin">
      <h2 id="choose-pin" className="heading-m">
        Check on your referral later (optional)
      </h2>
      {/* Its title is an h3, under this section's h2. */}
      <ErrorSummary id="pin-error-summary" headingLevel={3} errors={errors} />
      <p>
        To see whether a support worker has read your referral, or to read a message from them, you need your reference and
        a PIN you choose now. You do not have to: if you do not choose one, nothing changes.
      </p>
      <p>
        Your support worker will not tell you by text or email that there is a message. You read it only when you choose to,
        on the <Link href="/check">check on your referral</Link> page of this website.
      </p>
      <p>
        <strong>Nobody can tell you your reference or PIN again, not even us.</strong> Keep them where the person who hurt
        you cannot look: in your head, or with someone you trust. Do not save them in this phone&apos;s notes, messages or
        photos.
      </p>
      <form
        action={formAction}
        onSubmit={(event) => {
          if (!onChoose) return;
          event.preventDefault();
          // FormData from the form alone leaves out the pressed button's intent.
          const formData = new FormData(event.currentTarget);
          formData.set(controlNames.intent, intentValue.choosePin);
          onChoose(formData);
        }}
        noValidate
        autoComplete="off"
      >
        <PinField
          id="pin"
          label="Choose a PIN"
          hint={`${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} numbers. Not your birthday, and not a number anyone who knows you would guess.`}
          error={error?.field === 'pin' ? error.message : undefined}
        />
        <PinField id="pinAgain" label="Enter the PIN again" error={error?.field === 'pinAgain' ? error.message : undefined} />
        <input type="hidden" name={controlNames.pinOffer} value={state.pinOffer} />
        {state.stepToken ? <input type="hidden" name={controlNames.stepToken} value={state.stepToken} /> : null}
        <button type="submit" name={controlNames.intent} value={intentValue.choosePin} className="button" disabled={pending}>
          Save my PIN
        </button>
      </form>
    </section>
  );
}
