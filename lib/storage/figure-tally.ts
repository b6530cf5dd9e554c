/**
 * The figures' running tally, written in the same transaction as every change it counts, so the
 * figures page reads a few rows a week, never every case ever stored. Everything is counted by
 * the week (from Monday) the case arrived in, so any run of weeks can be read alone:
 *
 * - referrals by priority and nation: counted when a referral is accepted, moved when its
 *   priority is found later or set by a withdrawal;
 * - ended cases by outcome: counted when a case is closed or withdrawn, taken back when it is
 *   reopened or closed again with another outcome;
 * - first contacts, counted once, when a case first leaves new: by the time they took
 *   (`contactTenths`, for the median and 90th percentile), and by the weekday of arrival (which
 *   decides the deadline) and whole days taken (`contactDays`, for "later than the target").
 *
 * A purge changes none of them: its tombstone keeps what the tally counted. A withdrawn case's
 * tombstone is final, so changes to its emptied case afterwards are not counted. Migration 9
 * counted everything stored before it, from the cases and tombstones themselves.
 */
import 'server-only';
import type { CaseOutcome } from '@/lib/cases/case-state';
import type { Nation } from '@/lib/nations';
import { contactDays, contactTenths, weekStart } from '@/lib/retention/figures';
import type { SqlTransaction } from '@/lib/storage/sql-port';

/** The tally's key for a priority rank: not yet known (NULL) counts as unknown, like unreadable (0). */
const rankKey = (rank: number | null) => rank ?? 0;

/** Adds `delta` (1, or -1 to take one back) to the arrivals of a referral's week, priority and nation. */
export function tallyArrival(tx: SqlTransaction, referral: { receivedAt: number; rank: number | null; nation: Nation }, delta: number) {
  return tx.run(
    `INSERT INTO figure_arrivals (week_start, priority_rank, nation, n) VALUES (?, ?, ?, ?)
     ON CONFLICT (week_start, priority_rank, nation) DO UPDATE SET n = figure_arrivals.n + excluded.n`,
    [weekStart(referral.receivedAt), rankKey(referral.rank), referral.nation, delta],
  );
}

/** Moves a referral's arrival from one priority to another (a priority found later, or a withdrawal's). */
export async function moveArrival(tx: SqlTransaction, referral: { receivedAt: number; nation: Nation }, from: number | null, to: number | null) {
  if (rankKey(from) === rankKey(to)) return;
  await tallyArrival(tx, { ...referral, rank: from }, -1);
  await tallyArrival(tx, { ...referral, rank: to }, 1);
}

/** Moves a case that arrived at `receivedAt` from one ending to another: null is not ended (open). */
export async function moveEnding(tx: SqlTransaction, receivedAt: number, from: CaseOutcome | null, to: CaseOutcome | null) {
  if (from === to) return;
  for (const [outcome, delta] of [[from, -1], [to, 1]] as const) {
    if (outcome === null) continue;
    await tx.run(
      `INSERT INTO figure_outcomes (week_start, outcome, n) VALUES (?, ?, ?)
       ON CONFLICT (week_start, outcome) DO UPDATE SET n = figure_outcomes.n + excluded.n`,
      [weekStart(receivedAt), outcome, delta],
    );
  }
}

/** Counts a case's first contact: by the time it took, and by weekday and days for "late". */
export async function tallyContact(tx: SqlTransaction, receivedAt: number, firstContactedAt: number) {
  await tx.run(
    `INSERT INTO figure_contacts (week_start, tenths, n) VALUES (?, ?, 1)
     ON CONFLICT (week_start, tenths) DO UPDATE SET n = figure_contacts.n + 1`,
    [weekStart(receivedAt), contactTenths(receivedAt, firstContactedAt)],
  );
  await tx.run(
    `INSERT INTO figure_late (week_start, arrival_weekday, days, n) VALUES (?, ?, ?, 1)
     ON CONFLICT (week_start, arrival_weekday, days) DO UPDATE SET n = figure_late.n + 1`,
    [weekStart(receivedAt), new Date(receivedAt).getUTCDay(), contactDays(receivedAt, firstContactedAt)],
  );
}
