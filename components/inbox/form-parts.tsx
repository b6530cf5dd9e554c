/**
 * Parts the inbox's forms share: the GOV.UK error summary for a form state, and the recovery
 * codes shown once after enrolment.
 */
import type { ReactNode, Ref } from 'react';
import type { InboxFormState } from '@/lib/security/form-text';

export function ErrorSummary({ state, ref }: { state: InboxFormState; ref?: Ref<HTMLDivElement> }) {
  if (state.errors.length === 0 && !state.problem) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      <ul>
        {state.problem ? <li>{state.problem}</li> : null}
        {state.errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RecoveryCodes({ codes, children }: { codes: string[]; children?: ReactNode }) {
  return (
    <>
      <h2 className="heading-m">Your recovery codes</h2>
      <p>
        Each code signs you in once if you lose your phone or passkey. Keep them somewhere safe, away from this device.
        They are shown only now.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      {children}
    </>
  );
}
