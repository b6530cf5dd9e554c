/**
 * A question's markup, the GOV.UK form group, written once for every form here (the referral
 * form, the PIN and the check-back, the which-law tool, the evidence log, the inbox). Its
 * accessibility criteria, each with its reason:
 *
 * - The control is named by its label (`Field`) or, for a question answered with several
 *   controls (radios, checkboxes, a date), by the fieldset's legend (`Fieldset`): a screen
 *   reader then reads the question with each option.
 * - The hint is `#<id>-hint` and the error `#<id>-error`, where `<id>` is the control's id (a
 *   fieldset's first control); the control, or the fieldset, lists both in `aria-describedby`,
 *   hint first, so they are read out with it in the order they are seen.
 * - The error message starts with a visually hidden "Error:", so a screen reader says it is one,
 *   as the red text and bar say it to the eye. The error sits between the hint and the control.
 * - The group carries `form-group--error` while the question has an error (the red bar), and a
 *   control with an error carries `aria-invalid`.
 * - The error summary (./error-summary.tsx) links each message to the same `#<id>`.
 *
 * No script: these render the same on the server and in the browser, with or without JavaScript.
 * Words come from the caller (the form's definition in lib/); only "Error:" is written here.
 * Styles: app/globals.css, under "The form kit" (the Pages Router takes global CSS only from
 * pages/_app.tsx, so no component imports a stylesheet of its own).
 */
import type { ReactNode } from 'react';

/** What a Field hands its control, so the hint and any error are read out with it. */
export type FieldAria = { 'aria-describedby'?: string; 'aria-invalid'?: true };

/** The ids that describe the control `id`: its hint's, its error's and any others given. */
export function describedBy(id: string, has: { hint?: unknown; error?: unknown }, ...others: (string | undefined)[]): string | undefined {
  return [has.hint ? `${id}-hint` : undefined, has.error ? `${id}-error` : undefined, ...others].filter(Boolean).join(' ') || undefined;
}

/** The attributes for the control `id`, for a control written outside a Field. */
export function fieldAria(id: string, has: { hint?: unknown; error?: unknown }, ...others: (string | undefined)[]): FieldAria {
  const ids = describedBy(id, has, ...others);
  return { ...(ids ? { 'aria-describedby': ids } : {}), ...(has.error ? { 'aria-invalid': true as const } : {}) };
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div id={`${id}-hint`} className="hint">
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">Error:</span> {message}
    </p>
  ) : null;
}

const groupClass = (invalid: boolean) => `form-group${invalid ? ' form-group--error' : ''}`;

type FieldProps = {
  /** The control's id, which the label, hint, error and summary link all follow. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** More ids that describe the control, after the hint and error (notes shown below it). */
  alsoDescribedBy?: string;
  /** The control, given the attributes that tie it to the hint and error. */
  children: (aria: FieldAria) => ReactNode;
  /** Shown after the control, inside the group. */
  after?: ReactNode;
};

/** A question answered with one control: label, hint, error, control. */
export function Field({ id, label, hint, error, alsoDescribedBy, children, after }: FieldProps) {
  return (
    <div className={groupClass(Boolean(error))}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} message={error} />
      {children(fieldAria(id, { hint, error }, alsoDescribedBy))}
      {after}
    </div>
  );
}

type FieldsetProps = {
  /** The first control's id, which the hint, error and summary link follow. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** Mark the group as in error without a message of its own (one for a part is shown inside). */
  invalid?: boolean;
  /** `group` for controls that are parts of one answer (a date), which are not a fieldset's usual options. */
  role?: 'group';
  /** Without the form group around it, for a fieldset inside another question; then `className` is the fieldset's. */
  bare?: boolean;
  className?: string;
  children: ReactNode;
};

/** A question answered with several controls: legend, hint, error, then the controls. */
export function Fieldset({ id, legend, legendClassName, hint, error, invalid, role, bare, className, children }: FieldsetProps) {
  const fieldset = (
    <fieldset role={role} className={bare ? className : undefined} aria-describedby={describedBy(id, { hint, error })}>
      <legend className={legendClassName}>{legend}</legend>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} message={error} />
      {children}
    </fieldset>
  );
  return bare ? fieldset : <div className={groupClass(Boolean(error) || Boolean(invalid))}>{fieldset}</div>;
}
