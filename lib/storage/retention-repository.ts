/**
 * The retention repository (see `lib/retention/repository.ts`), written once over the SQL port
 * for both stores. A purge runs in one transaction that locks the referral's row first (the
 * IMMEDIATE transaction on SQLite), so a purge and a hold set, a case reopened, a note or a
 * message added elsewhere cannot cross: whichever comes second sees the first. Afterwards the
 * store makes sure no copy lingers in its own files (SQLite truncates its WAL; secure_delete,
 * checked at every open, overwrites the main file's pages).
 *
 * PostgreSQL has no secure_delete: a purged row's old version stays in the table's pages until
 * VACUUM reuses them. It holds only ciphertext under the data key (see the README).
 */
import 'server-only';
import type { ApproveLiftOutcome, RequestLiftOutcome, RetentionRepository, SetHoldOutcome } from '@/lib/retention/repository';
import { scheduleFor } from '@/lib/cases/retention-rules';
import { contactDeadlineDays, type CaseOutcome } from '@/lib/cases/case-state';
import type { Nation } from '@/lib/nations';
import type { SqlPort, SqlTransaction } from '@/lib/storage/sql-port';
import {
  CASE_CONTENT_TABLES,
  overdueSql,
  rankedPriority,
  insertTombstone,
  legalHold,
  retentionCase,
  retentionDates,
  SELECT_HOLDS,
  SELECT_OPEN_AND_HELD_CASES,
  dueForDeletionGroups,
  SELECT_RETENTION_CASES,
  tombstone,
  type HoldRow,
  type RetentionCaseRow,
  type TombstoneRow,
} from '@/lib/storage/rows';

/** Everything of a case, deleted by name (not left to cascade) before its referral row. */
const CASE_TABLES = [...CASE_CONTENT_TABLES, 'delivery_jobs', 'cases'];

/** The retention repository over an open, migrated store's port. */
export function createRetentionRepository(db: SqlPort): RetentionRepository {
  /** Runs `work` on the hold of the referral, locked; 'not-held' when there is none. */
  const onHold = <T>(reference: string, work: (tx: SqlTransaction, referralId: number, liftRequestedBy: number | null) => Promise<T>) =>
    db.transaction(async (tx): Promise<T | 'not-held'> => {
      const row = await tx.get<{ referral_id: number; lift_requested_by: number | null }>(
        `SELECT h.referral_id, h.lift_requested_by FROM legal_holds h JOIN referrals r ON r.id = h.referral_id
         WHERE r.reference = ?${tx.dialect.forUpdate('h')}`,
        [reference],
      );
      return row ? work(tx, row.referral_id, row.lift_requested_by) : 'not-held';
    });

  return {
    async listCases() {
      return (await db.all<RetentionCaseRow>(`${SELECT_RETENTION_CASES} ORDER BY r.created_at, r.id`)).map(retentionCase);
    },
    async openAndHeldCases() {
      return (await db.all<RetentionCaseRow>(`${SELECT_OPEN_AND_HELD_CASES} ORDER BY r.created_at, r.id`)).map(retentionDates);
    },
    async dueForDeletion(policy, until, { limit, offset }) {
      // Each group's first `offset + limit` in date order, merged: the page is among them.
      const groups = await Promise.all(
        dueForDeletionGroups(policy, until).map(async ({ where, params, keptMs }) => {
          const [rows, count] = await Promise.all([
            db.all<{ reference: string; retain_from: number; outcome: CaseOutcome | null; withdrawn_at: number | null }>(
              `SELECT r.reference, c.retain_from, c.outcome, r.withdrawn_at FROM cases c JOIN referrals r ON r.id = c.referral_id
               ${where} ORDER BY c.retain_from, r.reference LIMIT ?`,
              [...params, offset + limit],
            ),
            db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM cases c ${where}`, params),
          ]);
          const cases = rows.map((row) => ({ reference: row.reference, deleteAt: Number(row.retain_from) + keptMs, outcome: row.outcome, withdrawn: row.withdrawn_at !== null }));
          return { cases, total: Number(count?.n ?? 0) };
        }),
      );
      const merged = groups.flatMap((group) => group.cases).sort((a, b) => a.deleteAt - b.deleteAt || (a.reference < b.reference ? -1 : 1));
      return { cases: merged.slice(offset, offset + limit), total: groups.reduce((sum, group) => sum + group.total, 0) };
    },
    async firstFigureWeek() {
      const first = await db.get<{ week: number | null }>('SELECT MIN(week_start) AS week FROM figure_arrivals WHERE n > 0');
      return first?.week === null || first?.week === undefined ? null : Number(first.week);
    },
    async figureCounts({ now, contactTargetWorkingDays }, { from, to }) {
      // Each table's rows for the period's weeks, by their key's first column.
      const weeks = 'week_start >= ? AND week_start < ? AND n > 0';
      const range = [from ?? Number.MIN_SAFE_INTEGER, to ?? Number.MAX_SAFE_INTEGER];
      const [arrivals, ended, contacts, taken, overdue] = await Promise.all([
        db.all<{ week_start: number; priority_rank: number; nation: Nation; n: number }>(
          `SELECT week_start, priority_rank, nation, n FROM figure_arrivals WHERE ${weeks}`,
          range,
        ),
        db.all<{ outcome: CaseOutcome; n: number }>(`SELECT outcome, SUM(n) AS n FROM figure_outcomes WHERE ${weeks} GROUP BY outcome`, range),
        db.all<{ tenths: number; n: number }>(`SELECT tenths, SUM(n) AS n FROM figure_contacts WHERE ${weeks} GROUP BY tenths`, range),
        db.all<{ arrival_weekday: number; days: number; n: number }>(
          `SELECT arrival_weekday, days, SUM(n) AS n FROM figure_late WHERE ${weeks} GROUP BY arrival_weekday, days`,
          range,
        ),
        db.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id WHERE r.case_closed = 0 AND ${overdueSql(contactTargetWorkingDays)}`,
          [now],
        ),
      ]);
      // A deadline is whole days: later than it in whole days rounded up is later than it.
      const deadlineDays = contactDeadlineDays(contactTargetWorkingDays);
      return {
        arrivals: arrivals.map((row) => ({ firstAt: Number(row.week_start), priority: rankedPriority(row.priority_rank), nation: row.nation, count: Number(row.n) })),
        ended: Object.fromEntries(ended.map((row) => [row.outcome, Number(row.n)])),
        contacts: contacts.map((row) => ({ tenths: Number(row.tenths), count: Number(row.n) })),
        contactedLate: taken.reduce((sum, row) => sum + (Number(row.days) > deadlineDays[row.arrival_weekday]! ? Number(row.n) : 0), 0),
        overdueNow: Number(overdue?.n ?? 0),
      };
    },
    async findCase(reference) {
      const row = await db.get<RetentionCaseRow>(`${SELECT_RETENTION_CASES} WHERE r.reference = ?`, [reference]);
      return row && retentionCase(row);
    },
    setHold(reference, { encryptedReason, reviewAt, staffId, now }) {
      return db.transaction(async (tx): Promise<SetHoldOutcome> => {
        const found = await tx.get<{ id: number }>(`SELECT id FROM referrals WHERE reference = ?${tx.dialect.forShare}`, [reference]);
        if (!found) return 'not-found';
        const inserted = await tx.run(
          `INSERT INTO legal_holds (referral_id, reason, review_at, set_by, set_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [found.id, encryptedReason, reviewAt, staffId, now],
        );
        return inserted === 1 ? 'set' : 'held-already';
      });
    },
    async findHold(reference) {
      const row = await db.get<HoldRow>(`${SELECT_HOLDS} WHERE r.reference = ?`, [reference]);
      return row && legalHold(row);
    },
    async listHolds() {
      return (await db.all<HoldRow>(`${SELECT_HOLDS} ORDER BY h.review_at, r.reference`)).map(legalHold);
    },
    requestLift(reference, staffId, now) {
      return onHold(reference, async (tx, referralId, liftRequestedBy): Promise<RequestLiftOutcome> => {
        if (liftRequestedBy !== null) return 'requested-already';
        await tx.run('UPDATE legal_holds SET lift_requested_by = ?, lift_requested_at = ? WHERE referral_id = ?', [staffId, now, referralId]);
        return 'requested';
      });
    },
    approveLift(reference, staffId) {
      return onHold(reference, async (tx, referralId, liftRequestedBy): Promise<ApproveLiftOutcome> => {
        if (liftRequestedBy === null) return 'no-request';
        if (liftRequestedBy === staffId) return 'same-manager';
        await tx.run('DELETE FROM legal_holds WHERE referral_id = ?', [referralId]);
        return 'lifted';
      });
    },
    async purge(reference, priority, policy, now) {
      const purged = await db.transaction(async (tx) => {
        // Locking the referral row first: a hold being set, a case changed, a note or a message
        // added elsewhere (each takes a share lock on it) waits for this purge and then finds
        // nothing, or this purge waits for it and sees it in the read below.
        const locked = await tx.get<{ id: number }>(`SELECT id FROM referrals WHERE reference = ?${tx.dialect.forUpdate()}`, [reference]);
        if (!locked) return false;
        const row = (await tx.get<RetentionCaseRow>(`${SELECT_RETENTION_CASES} WHERE r.id = ?`, [locked.id]))!;
        const schedule = scheduleFor(retentionCase(row), policy, now);
        if (schedule.state !== 'closed' || !schedule.due) return false;
        await tx.run(...insertTombstone('purged', { priority, endedAt: now, id: locked.id }));
        for (const table of CASE_TABLES) await tx.run(`DELETE FROM ${table} WHERE referral_id = ?`, [locked.id]);
        await tx.run('DELETE FROM referrals WHERE id = ?', [locked.id]);
        return true;
      });
      if (purged) await db.afterErase();
      return purged;
    },
    async tombstones() {
      return (await db.all<TombstoneRow>('SELECT * FROM case_tombstones ORDER BY received_at, reference')).map(tombstone);
    },
  };
}
