'use client';

/**
 * A small inbox form (sign-in, second factor, enrolment) posting to a server action, with the
 * GOV.UK error summary and per-field messages the action returns. Without JavaScript the browser
 * posts it and the server renders the result, the same way. Field values are never echoed back
 * into the page: a password or code is typed again.
 */
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { initialInboxFormState, type InboxFormState } from '@/lib/security/form-text';
import { ErrorSummary, RecoveryCodes } from './form-parts';

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
  /** The form's accessible name, where a page has more than one form. */
  label?: string;
  /** Show only the recovery codes, if this form has them; otherwise nothing. */
  finishedOnly?: boolean;
};

export function InboxForm({ action, fields, submitLabel, afterRecoveryCodes, label, finishedOnly = false }: Props) {
  const [state, formAction, pending] = useActionState(action, initialInboxFormState);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.errors.length > 0 || state.problem) summary.current?.focus();
  }, [state]);

  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes}>{afterRecoveryCodes}</RecoveryCodes>;
  if (finishedOnly) return null;

  const errorFor = (name: string) => state.errors.find((error) => error.field === name);
  return (
    <>
      <ErrorSummary state={state} ref={summary} />
      <form action={formAction} noValidate aria-label={label}>
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
