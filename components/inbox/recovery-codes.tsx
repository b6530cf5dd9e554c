/**
 * The recovery codes, shown once after enrolment (by the app form and the passkey enrolment):
 * each signs in once, in place of the phone or passkey.
 */
import type { ReactNode } from 'react';

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
