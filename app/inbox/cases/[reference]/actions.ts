'use server';

/**
 * What a caseworker does to a case: set its status (closing needs an outcome; contacting needs a
 * safe channel), assign it (managers), write a note (encrypted at rest), and, for managers, put
 * it on legal hold or take part in lifting one (two managers). Each checks the
 * session again, validates everything, and writes to the audit log: the action and the case's
 * reference, a status or outcome code, never the note.
 */
import { redirect } from 'next/navigation';
import { casePath } from '@/lib/cases/case-path';
import { messageProblem, MESSAGE_MAX_LENGTH } from '@/lib/check-back/check-back-rules';
import { encryptMessage } from '@/lib/check-back/messages';
import { casePageErrors, loadCase, encryptNote, type CasePageError } from '@/lib/runtime/case-view';
import { caseOutcomes, caseStatuses, NOTE_MAX_LENGTH, type CaseOutcome, type CaseStatus } from '@/lib/cases/case-state';
import { formText } from '@/lib/security/form-text';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { normaliseReference } from '@/lib/cases/reference';
import { HOLD_REASON_MAX_LENGTH, readReviewDate, type HoldResult } from '@/lib/retention/legal-hold';

function back(reference: string, error?: CasePageError): never {
  redirect(error ? `${casePath(reference)}?error=${error}#${casePageErrors[error].field}` : casePath(reference));
}

/**
 * The case named by the form, or the queue when there is none (purged meanwhile, or made up).
 * A withdrawn case takes no more work: back to its page, which says so.
 */
async function caseFrom(formData: FormData) {
  const reference = normaliseReference(formText(formData, 'reference', 20));
  const view = reference ? await loadCase(await inboxRuntime(), reference) : undefined;
  if (!reference || !view) redirect('/inbox');
  if (view.withdrawn) back(reference);
  return { reference, view };
}

export async function setStatusAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff();
  const { reference, view } = await caseFrom(formData);
  const status = formText(formData, 'status', 20) as CaseStatus;
  const outcome = formText(formData, 'outcome', 30) as CaseOutcome;
  if (!caseStatuses.includes(status)) back(reference, 'status-missing');
  if ((status === 'contacting' || status === 'waiting') && view.rules.channel === null) back(reference, 'status-unsafe');
  if (status === 'closed' && !caseOutcomes.includes(outcome)) back(reference, 'outcome-missing');
  const { cases, auth, now } = await inboxRuntime();
  await cases.setStatus(reference, status, status === 'closed' ? outcome : null, now());
  await auth.recordCaseEvent(member, 'status', reference, status === 'closed' ? `closed ${outcome}` : status);
  back(reference);
}

export async function assignAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff('manager');
  const { reference } = await caseFrom(formData);
  const { cases, staff, auth, now } = await inboxRuntime();
  const chosen = formText(formData, 'assignee', 20);
  const assignee = chosen === '' ? null : await staff.findById(Number(chosen));
  if (chosen !== '' && (!assignee || assignee.disabledAt !== null || !/^\d+$/.test(chosen))) back(reference, 'assignee-unknown');
  await cases.assign(reference, assignee?.id ?? null, now());
  await auth.recordCaseEvent(member, 'assign', reference, assignee?.email ?? 'nobody');
  back(reference);
}

export async function addNoteAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff();
  const { reference } = await caseFrom(formData);
  const text = formText(formData, 'note', NOTE_MAX_LENGTH).trim();
  if (!text) back(reference, 'note-empty');
  if (text.length > NOTE_MAX_LENGTH) back(reference, 'note-too-long');
  const { cases, auth, dataKey, now } = await inboxRuntime();
  await cases.addNote(reference, member.id, encryptNote(dataKey, reference, text), now());
  await auth.recordCaseEvent(member, 'note', reference);
  back(reference);
}

/** A message to the person, read behind their reference and PIN: only when they chose one. */
export async function sendMessageAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff();
  const { reference, view } = await caseFrom(formData);
  if (!view.canMessage) back(reference);
  const text = formText(formData, 'message', MESSAGE_MAX_LENGTH);
  const problem = messageProblem(text);
  if (problem) back(reference, problem.code);
  const { checkBack, auth, dataKey, now } = await inboxRuntime();
  await checkBack.addMessage(reference, 'support-worker', member.id, encryptMessage(dataKey, reference, text.trim()), now());
  await auth.recordCaseEvent(member, 'message', reference);
  back(reference);
}

/** Back to the case, with the hold's error if it was refused (a caseworker never reaches here). */
function afterHold(reference: string, result: HoldResult): never {
  if (result.ok) back(reference);
  if (result.error === 'not-a-manager' || result.error === 'not-found') redirect('/inbox');
  back(reference, result.error);
}

/** A legal hold: a reason and a review date, both checked here whatever the browser sent. */
export async function setHoldAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff('manager');
  const { reference } = await caseFrom(formData);
  const reason = formText(formData, 'holdReason', HOLD_REASON_MAX_LENGTH);
  if (!reason.trim()) back(reference, 'reason-empty');
  if (reason.trim().length > HOLD_REASON_MAX_LENGTH) back(reference, 'reason-too-long');
  const { holds, now } = await inboxRuntime();
  // The runtime's clock, the one `holds.set` checks the date against again.
  const review = readReviewDate(
    formText(formData, 'holdReviewDay', 4),
    formText(formData, 'holdReviewMonth', 4),
    formText(formData, 'holdReviewYear', 6),
    now(),
  );
  if ('error' in review) back(reference, review.error);
  afterHold(reference, await holds.set(member, reference, { reason, reviewAt: review.at }));
}

export async function requestHoldLiftAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff('manager');
  const { reference } = await caseFrom(formData);
  afterHold(reference, await (await inboxRuntime()).holds.requestLift(member, reference));
}

export async function approveHoldLiftAction(formData: FormData): Promise<void> {
  const { member } = await requireStaff('manager');
  const { reference } = await caseFrom(formData);
  afterHold(reference, await (await inboxRuntime()).holds.approveLift(member, reference));
}
