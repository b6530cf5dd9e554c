/**
 * A case's workflow, defined once: the statuses a caseworker moves a referral through, the
 * outcomes a closed case records, and when a case is overdue for first contact. The queue, the
 * case page, the server actions' checks and the audit log all read these lists.
 *
 * Pure: no Node, database or environment imports.
 */

/** A day in milliseconds: the unit of every working-day and retention count. */
export const DAY_MS = 24 * 60 * 60 * 1000;

export const caseStatuses = ['new', 'contacting', 'in-progress', 'waiting', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, string> = {
  new: 'New',
  contacting: 'Contacting',
  'in-progress': 'In progress',
  waiting: 'Waiting for them',
  closed: 'Closed',
};

/** Why a case was closed: codes from a short list, so the audit log can hold them without content. */
export const caseOutcomes = ['supported', 'referred-on', 'could-not-contact', 'declined', 'withdrawn'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

export const caseOutcomeLabels: Record<CaseOutcome, string> = {
  supported: 'Supported',
  'referred-on': 'Referred to another service',
  'could-not-contact': 'Could not make safe contact',
  declined: 'They did not want support',
  withdrawn: 'They withdrew the referral',
};

/** The longest note a caseworker can save: a few pages, not a document store. */
export const NOTE_MAX_LENGTH = 5_000;

/** The longest message either side of the check-back can send: a few paragraphs, the same both ways. */
export const MESSAGE_MAX_LENGTH = 2_000;

/** The service's target for first contact, by default (the Victims' Code's referral window). */
export const DEFAULT_CONTACT_TARGET_WORKING_DAYS = 2;

/**
 * When a referral received at `receivedAt` must have been contacted: that many working days
 * (Monday to Friday, in UTC) later. Bank holidays are not counted out, so the deadline can fall
 * a day early around them, which errs towards contacting sooner.
 */
export function contactDeadline(receivedAt: number, workingDays: number): number {
  let deadline = receivedAt;
  let remaining = workingDays;
  while (remaining > 0) {
    deadline += DAY_MS;
    const weekday = new Date(deadline).getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return deadline;
}

/**
 * The days `contactDeadline` adds, by the weekday (0 Sunday) a referral arrived on: the deadline
 * depends on nothing else, so SQL can count overdue and late contacts by adding these.
 */
export function contactDeadlineDays(workingDays: number): number[] {
  // Day 3 of the epoch (4 January 1970) was a Sunday.
  return Array.from({ length: 7 }, (_, weekday) => (contactDeadline((3 + weekday) * DAY_MS, workingDays) - (3 + weekday) * DAY_MS) / DAY_MS);
}

/** Overdue: nobody has started contacting the person and the deadline has passed. */
export function isOverdue(
  state: { status: CaseStatus; receivedAt: number; firstContactedAt: number | null },
  now: number,
  workingDays: number,
): boolean {
  return state.status === 'new' && state.firstContactedAt === null && now > contactDeadline(state.receivedAt, workingDays);
}

/** The case page's form errors, by the code an action redirects back with (never what was typed). */
export const caseFormErrors = {
  'status-missing': { field: 'status', message: 'Select a status' },
  'status-unsafe': { field: 'status', message: 'Select another status: they asked not to be contacted, or no channel is safe' },
  'outcome-missing': { field: 'outcome', message: 'Select an outcome to close the case' },
  'note-empty': { field: 'note', message: 'Enter a note' },
  'note-too-long': { field: 'note', message: `Note must be ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` },
  'assignee-unknown': { field: 'assignee', message: 'Select someone from the list' },
  'message-empty': { field: 'message', message: 'Enter a message' },
  'message-too-long': { field: 'message', message: `Message must be ${MESSAGE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` },
} as const;
export type CaseFormError = keyof typeof caseFormErrors;
