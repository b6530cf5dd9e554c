'use client';

/**
 * A small inbox form (sign-in, second factor, enrolment) posting to a server action, with the
 * GOV.UK error summary and per-field messages the action returns. Without JavaScript the browser
 * posts it and the server renders the result, the same way. Field values are never echoed back
 * into the page: a password or code is typed again.
 */
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Field } from '@/components/form-kit/field';
import { initialInboxFormState, type InboxFormState } from '@/lib/inbox/form-state';
import { RecoveryCodes } from './recovery-codes';

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

  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes}>{afterRecoveryCodes}</RecoveryCodes>;
  if (finishedOnly) return null;

  return (
    <>
      <ErrorSummary errors={state.errors} problem={state.problem} />
      <form action={formAction} noValidate aria-label={label}>
        {fields.map((field) => (
          <Field
            key={field.name}
            id={field.name}
            label={field.label}
            hint={field.hint}
            error={state.errors.find((error) => error.field === field.name)?.message}
          >
            {(aria) => (
              <input
                id={field.name}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                inputMode={field.inputMode}
                maxLength={field.maxLength}
                spellCheck={false}
                autoCapitalize="none"
                {...aria}
              />
            )}
          </Field>
        ))}
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
