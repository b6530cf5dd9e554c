/**
 * What an inbox form's server action returns when it does not move on: GOV.UK-style errors per
 * field, or (enrolment only) the recovery codes to show once. Pure, shared by the actions and
 * the client form.
 */
export type InboxFieldError = { field: string; message: string };

export type InboxFormState = {
  errors: InboxFieldError[];
  /** A message about the whole form (for example "wait 8 seconds"), shown in the error summary. */
  problem?: string;
  /** Shown once, after enrolment. */
  recoveryCodes?: string[];
};

export const initialInboxFormState: InboxFormState = { errors: [] };

/** Reads one form value as a string, bounded: nothing longer than `max` is ever processed. */
export function formText(formData: FormData, name: string, max: number): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, max + 1) : '';
}
