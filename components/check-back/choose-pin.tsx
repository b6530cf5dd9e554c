'use client';

/**
 * The confirmation's offer to choose a PIN, to check on the referral later and read a support
 * worker's messages. Optional, and said so: declining changes nothing. It says plainly that
 * nobody can tell them the reference or PIN again, and where it is safe to keep them.
 *
 * The PIN is a password field (someone looking over a shoulder sees dots) with the number pad,
 * and no autocomplete, so the phone does not offer to save it where the abuser could find it.
 */
import Link from 'next/link';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '@/lib/check-back/check-back-rules';
import { controlNames, intentValue, type Submitted } from '@/lib/referral/wizard';

type Props = {
  state: Submitted;
  /** Without JavaScript: the form posts to the wizard's server action. */
  formAction: (formData: FormData) => void;
  /** With JavaScript: the wizard sends it from the page, so a lost connection is caught. */
  onChoose: ((formData: FormData) => void) | undefined;
  pending: boolean;
};

export function ChoosePin({ state, formAction, onChoose, pending }: Props) {
  if (!state.pinOffer) return null;
  const error = state.pinError;
  const describedBy = (field: 'pin' | 'pinAgain', hint?: string) =>
    [hint, error?.field === field ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <section aria-labelledby="choose-pin" className="choose-pin">
      <h2 id="choose-pin" className="heading-m">
        Check on your referral later (optional)
      </h2>
      {error ? (
        <div className="error-summary" data-error-summary="" tabIndex={-1} aria-labelledby="pin-error-summary-title">
          <h3 id="pin-error-summary-title" className="error-summary__title">
            There is a problem
          </h3>
          <ul>
            <li>
              <a href={`#${error.field}`}>{error.message}</a>
            </li>
          </ul>
        </div>
      ) : null}
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
        <div className={`form-group${error?.field === 'pin' ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="pin">
            Choose a PIN
          </label>
          <div id="pin-hint" className="hint">
            {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} numbers. Not your birthday, and not a number anyone who knows you would guess.
          </div>
          {error?.field === 'pin' ? (
            <p id="pin-error" className="error-message">
              <span className="visually-hidden">Error:</span> {error.message}
            </p>
          ) : null}
          <input
            id="pin"
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_MAX_LENGTH + 4}
            aria-describedby={describedBy('pin', 'pin-hint')}
          />
        </div>
        <div className={`form-group${error?.field === 'pinAgain' ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="pinAgain">
            Enter the PIN again
          </label>
          {error?.field === 'pinAgain' ? (
            <p id="pinAgain-error" className="error-message">
              <span className="visually-hidden">Error:</span> {error.message}
            </p>
          ) : null}
          <input
            id="pinAgain"
            name="pinAgain"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_MAX_LENGTH + 4}
            aria-describedby={describedBy('pinAgain')}
          />
        </div>
        <input type="hidden" name={controlNames.pinOffer} value={state.pinOffer} />
        {state.stepToken ? <input type="hidden" name={controlNames.stepToken} value={state.stepToken} /> : null}
        <button type="submit" name={controlNames.intent} value={intentValue.choosePin} className="button" disabled={pending}>
          Save my PIN
        </button>
      </form>
    </section>
  );
}
