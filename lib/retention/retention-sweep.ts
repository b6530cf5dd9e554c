/**
 * Applying the retention rules to the store: every closed case whose deletion date has passed,
 * and that no legal hold keeps, is deleted with everything of it (and the demo mailbox's copy of
 * its email), leaving a content-free tombstone; each deletion is written to the audit log with
 * who did it (`schedule`, or `operator` from the CLI). Open cases are never deleted here.
 *
 * Also the overview managers see in the inbox and, as counts, in the daily digest: cases due for
 * deletion soon, holds due for review, open cases idle too long, first contacts overdue.
 */
import 'server-only';
import { storedPriority } from '@/lib/cases/stored-referral';
import { isOverdue } from '@/lib/cases/case-state';
import { log as serviceLog, type Log } from '@/lib/log';
import { deleteMailboxCopiesOf } from '@/lib/mailbox/mailbox';
import type { LegalHold, RetentionDates, RetentionRepository } from '@/lib/retention/repository';
import { DAY_MS } from '@/lib/cases/case-state';
import { closedByForDeletion, scheduleFor, type RetentionPolicy } from '@/lib/cases/retention-rules';
import type { StaffRepository } from '@/lib/staff/repository';

/** The audit log's actor for what the timer does. */
export const SCHEDULE_ACTOR = 'schedule';

export type RetentionDeps = {
  retention: RetentionRepository;
  staff: Pick<StaffRepository, 'appendAudit'>;
  dataKey: Buffer;
  policy: RetentionPolicy;
  /** The demo mailbox, when this process runs the embedded SMTP server. */
  mailboxDir?: string;
  log?: Log;
};

/** Deletes every case due for deletion at `now`; returns their references. */
export async function applyRetention(deps: RetentionDeps, now: number, actor: string = SCHEDULE_ACTOR): Promise<string[]> {
  const log = deps.log ?? serviceLog;
  const purged: string[] = [];
  // Only the cases closed long enough ago to be due, found through an index, without payloads.
  for (const record of await deps.retention.overviewCases(closedByForDeletion(deps.policy, now))) {
    const schedule = scheduleFor(record, deps.policy, now);
    if (schedule.state !== 'closed' || !schedule.due) continue;
    // A withdrawn case's tombstone was written, with its priority, when it was withdrawn; any
    // other's priority is read from its payload, for the few cases due.
    const stored = record.withdrawnAt === null ? await deps.retention.findCase(record.reference) : undefined;
    const priority = stored ? storedPriority(deps.dataKey, stored) : null;
    // The repository applies the rules again inside its transaction, so a hold, a reopening or
    // new activity since this list was read (on any instance) keeps the case.
    if (!(await deps.retention.purge(record.reference, priority, deps.policy, now))) continue;
    purged.push(record.reference);
    // Straight after its own purge, before anything that could fail (the audit row, the next
    // case): once the case is gone nothing would find its copy again.
    if (deps.mailboxDir) await deleteMailboxCopiesOf(deps.mailboxDir, [record.reference]);
    await deps.staff.appendAudit({ at: now, actor, action: 'purged', reference: record.reference, detail: record.outcome });
  }
  if (purged.length > 0) log.info('retention.purged', { count: purged.length });
  return purged;
}

export type OverviewCase = { reference: string; at: number };

/** What needs a manager's attention; each list oldest date first. */
export type RetentionOverview = {
  /** Closed, not held, deleted on `at` (within the reminder window). */
  dueForDeletion: OverviewCase[];
  /** Held, with its review date (`at`) within the reminder window or past: whatever the case's state. */
  holdsDueForReview: OverviewCase[];
  /** Open and unchanged since `at`, for longer than the idle period. */
  idle: OverviewCase[];
  /** New and not contacted within the target; `at` is when it arrived. */
  overdueContacts: OverviewCase[];
};

const byDate = (a: OverviewCase, b: OverviewCase) => a.at - b.at || a.reference.localeCompare(b.reference);

export function retentionOverview(
  cases: RetentionDates[],
  holds: LegalHold[],
  policy: RetentionPolicy,
  contactTargetWorkingDays: number,
  now: number,
): RetentionOverview {
  const overview: RetentionOverview = { dueForDeletion: [], holdsDueForReview: [], idle: [], overdueContacts: [] };
  for (const record of cases) {
    const schedule = scheduleFor(record, policy, now);
    if (schedule.state === 'open') {
      if (schedule.idle) overview.idle.push({ reference: record.reference, at: schedule.lastChangeAt });
      if (isOverdue(record, now, contactTargetWorkingDays)) overview.overdueContacts.push({ reference: record.reference, at: record.receivedAt });
    } else if (!schedule.held && now >= schedule.remindAt) {
      overview.dueForDeletion.push({ reference: record.reference, at: schedule.deleteAt });
    }
  }
  // A hold is reviewed on its date (or within the reminder window before it), whatever the case's state.
  for (const hold of holds) {
    if (hold.reviewAt - policy.reminderDays * DAY_MS <= now) overview.holdsDueForReview.push({ reference: hold.reference, at: hold.reviewAt });
  }
  for (const list of Object.values(overview)) list.sort(byDate);
  return overview;
}
