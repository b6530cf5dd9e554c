'use client';

/**
 * A small inbox form (sign-in, second factor, enrolment) posting to a server action, with the
 * GOV.UK error summary and per-field messages the action returns. Without JavaScript the browser
 * posts it and the server renders the result, the same way. Field values are never echoed back
 * into the page: a password or code is typed again.
 */
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { initialInboxFormState, type InboxFormState } from '@/lib/inbox/form-state';

export type InboxField = {
  name: string;
  label: string;
  hint?: string;
  type: 'email' | 'password' | 'text';
  autoComplete: string;
  inputMode?: 'numeric' | 'text';
  maxLength: number;
};

type Props = {
  action: (state: InboxFormState, formData: FormData) => Promise<InboxFormState>;
  fields: InboxField[];
  submitLabel: string;
  /** Shown instead of the form once the action returns recovery codes. */
  afterRecoveryCodes?: ReactNode;
};

export function InboxForm({ action, fields, submitLabel, afterRecoveryCodes }: Props) {
  const [state, formAction, pending] = useActionState(action, initialInboxFormState);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.errors.length > 0 || state.problem) summary.current?.focus();
  }, [state]);

  if (state.recoveryCodes) {
    return (
      <>
        <h2 className="heading-m">Your recovery codes</h2>
        <p>
          Each code signs you in once if you lose your phone. Keep them somewhere safe, away from this device. They are
          shown only now.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        {afterRecoveryCodes}
      </>
    );
  }

  const errorFor = (name: string) => state.errors.find((error) => error.field === name);
  return (
    <>
      {state.errors.length > 0 || state.problem ? (
        <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
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
      ) : null}
      <form action={formAction} noValidate>
        {fields.map((field) => {
          const error = errorFor(field.name);
          const described = [field.hint ? `${field.name}-hint` : '', error ? `${field.name}-error` : ''].filter(Boolean).join(' ');
          return (
            <div key={field.name} className={`form-group${error ? ' form-group--error' : ''}`}>
              <label className="label" htmlFor={field.name}>
                {field.label}
              </label>
              {field.hint ? (
                <div id={`${field.name}-hint`} className="hint">
                  {field.hint}
                </div>
              ) : null}
              {error ? (
                <p id={`${field.name}-error`} className="error-message">
                  <span className="visually-hidden">Error:</span> {error.message}
                </p>
              ) : null}
              <input
                id={field.name}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                inputMode={field.inputMode}
                maxLength={field.maxLength}
                spellCheck={false}
                autoCapitalize="none"
                aria-describedby={described || undefined}
                aria-invalid={error ? true : undefined}
              />
            </div>
          );
        })}
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
