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
