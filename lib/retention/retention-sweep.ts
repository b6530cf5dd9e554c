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
import type { DueCase, LegalHold, RetentionDates, RetentionRepository } from '@/lib/retention/repository';
import { DAY_MS } from '@/lib/cases/case-state';
import { scheduleFor, type RetentionPolicy } from '@/lib/cases/retention-rules';
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

/** Cases the sweep reads a page at a time. */
const SWEEP_PAGE = 100;

/** Deletes every case due for deletion at `now`; returns their references. */
export async function applyRetention(deps: RetentionDeps, now: number, actor: string = SCHEDULE_ACTOR): Promise<string[]> {
  const log = deps.log ?? serviceLog;
  const purged: string[] = [];
  // The cases due now, through the index on each case's retention clock, a page at a time. One
  // kept (see below) stays in the list, so the next page starts after those kept.
  for (let kept = 0; ; ) {
    const { cases } = await deps.retention.dueForDeletion(deps.policy, now, { limit: SWEEP_PAGE, offset: kept });
    for (const due of cases) {
      // A withdrawn case's tombstone was written, with its priority, when it was withdrawn; any
      // other's priority is read from its payload, for the few cases due.
      const stored = due.withdrawn ? undefined : await deps.retention.findCase(due.reference);
      const priority = stored ? storedPriority(deps.dataKey, stored) : null;
      // The repository applies the rules again inside its transaction, so a hold, a reopening or
      // new activity since this page was read (on any instance) keeps the case.
      if (!(await deps.retention.purge(due.reference, priority, deps.policy, now))) {
        kept += 1;
        continue;
      }
      purged.push(due.reference);
      // Straight after its own purge, before anything that could fail (the audit row, the next
      // case): once the case is gone nothing would find its copy again.
      if (deps.mailboxDir) await deleteMailboxCopiesOf(deps.mailboxDir, [due.reference]);
      await deps.staff.appendAudit({ at: now, actor, action: 'purged', reference: due.reference, detail: due.outcome });
    }
    if (cases.length < SWEEP_PAGE) break;
  }
  if (purged.length > 0) log.info('retention.purged', { count: purged.length });
  return purged;
}

export type OverviewCase = { reference: string; at: number };

/** What needs a manager's attention; each list oldest date first. */
export type RetentionOverview = {
  /** Closed, not held, deleted on `at` (within the reminder window): one page of them, and how many in all. */
  dueForDeletion: { cases: OverviewCase[]; total: number };
  /** Held, with its review date (`at`) within the reminder window or past: whatever the case's state. */
  holdsDueForReview: OverviewCase[];
  /** Open and unchanged since `at`, for longer than the idle period. */
  idle: OverviewCase[];
  /** New and not contacted within the target; `at` is when it arrived. */
  overdueContacts: OverviewCase[];
};

const byDate = (a: OverviewCase, b: OverviewCase) => a.at - b.at || a.reference.localeCompare(b.reference);

export function retentionOverview(
  { openCases, holds, due }: { openCases: RetentionDates[]; holds: LegalHold[]; due: { cases: DueCase[]; total: number } },
  policy: RetentionPolicy,
  contactTargetWorkingDays: number,
  now: number,
): RetentionOverview {
  const overview: RetentionOverview = {
    dueForDeletion: { cases: due.cases.map((item) => ({ reference: item.reference, at: item.deleteAt })), total: due.total },
    holdsDueForReview: [],
    idle: [],
    overdueContacts: [],
  };
  for (const record of openCases) {
    const schedule = scheduleFor(record, policy, now);
    if (schedule.state !== 'open') continue;
    if (schedule.idle) overview.idle.push({ reference: record.reference, at: schedule.lastChangeAt });
    if (isOverdue(record, now, contactTargetWorkingDays)) overview.overdueContacts.push({ reference: record.reference, at: record.receivedAt });
  }
  // A hold is reviewed on its date (or within the reminder window before it), whatever the case's state.
  for (const hold of holds) {
    if (hold.reviewAt - policy.reminderDays * DAY_MS <= now) overview.holdsDueForReview.push({ reference: hold.reference, at: hold.reviewAt });
  }
  for (const list of [overview.holdsDueForReview, overview.idle, overview.overdueContacts]) list.sort(byDate);
  return overview;
}
