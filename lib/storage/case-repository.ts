/**
 * The case repository (see `lib/inbox/case-repository.ts`), written once over the SQL port for
 * both stores. A referral with no case row yet is a new, unassigned case: the row is written the
 * first time someone changes it, so accepting a referral stays exactly as it was.
 */
import 'server-only';
import type { CaseRepository, QueueQuery, StoredNote } from '@/lib/cases/case-repository';
import { caseStatuses, type CaseOutcome, type CaseStatus } from '@/lib/cases/case-state';
import type { Nation } from '@/lib/nations';
import { moveArrival, moveEnding, tallyContact } from '@/lib/storage/figure-tally';
import type { SqlPort, SqlTransaction } from '@/lib/storage/sql-port';
import { caseRecord, MOVE_RETAIN_FROM, overdueSql, priorityRank, SET_RETAIN_FROM, queuedCase, SELECT_CASES, SELECT_QUEUE, type CaseRow, type QueueRow } from '@/lib/storage/rows';

/**
 * Which referrals a queue query matches, as `FROM … WHERE …`. Open or closed is the referral's
 * own `case_closed`, so each is one range of the `referrals_queue` index; a status without a
 * case row is new. The case rows are joined only when a filter reads them, so counting and
 * paging "open", "closed" or "all" read that index alone.
 */
function queueMatch({ status, assigneeId }: QueueQuery): [string, (string | number)[]] {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (status === 'closed') clauses.push('r.case_closed = 1');
  else if (status !== 'all') clauses.push('r.case_closed = 0');
  if (status === 'new') clauses.push("(c.status IS NULL OR c.status = 'new')");
  else if (status !== 'open' && status !== 'all' && status !== 'closed') {
    clauses.push('c.status = ?');
    params.push(status);
  }
  if (assigneeId === null) clauses.push('c.assignee_id IS NULL');
  else if (assigneeId !== 'anyone') {
    clauses.push('c.assignee_id = ?');
    params.push(assigneeId);
  }
  const join = clauses.some((clause) => clause.includes('c.')) ? ' LEFT JOIN cases c ON c.referral_id = r.id' : '';
  return [`FROM referrals r${join}${clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : ''}`, params];
}

const QUEUE_ORDER = 'ORDER BY r.priority_rank, r.created_at, r.id';

/** The case repository over an open, migrated store's port. */
export function createCaseRepository(db: SqlPort): CaseRepository {
  /**
   * Runs `change` on the referral's case row, creating it first; false when there is no such
   * referral. The referral row is share-locked, so retention cannot delete it in between.
   */
  const onCase = (reference: string, now: number, change: (tx: SqlTransaction, id: number) => Promise<unknown>) =>
    db.transaction(async (tx) => {
      const found = await tx.get<{ id: number }>(`SELECT id FROM referrals WHERE reference = ?${tx.dialect.forShare}`, [reference]);
      if (!found) return false;
      await tx.run(`INSERT INTO cases (referral_id, status, updated_at) VALUES (?, 'new', ?) ON CONFLICT DO NOTHING`, [found.id, now]);
      await change(tx, found.id);
      return true;
    });

  return {
    async listCases() {
      return (await db.all<CaseRow>(`${SELECT_CASES} ORDER BY r.created_at, r.id`)).map(caseRecord);
    },
    async queuePage(query) {
      const [match, params] = queueMatch(query);
      const [rows, count] = await Promise.all([
        // The page's rows are found first, skipping through the index alone; only those are read whole.
        db.all<QueueRow>(`${SELECT_QUEUE} WHERE r.id IN (SELECT r.id ${match} ${QUEUE_ORDER} LIMIT ? OFFSET ?) ${QUEUE_ORDER}`, [
          ...params,
          query.limit,
          query.offset,
        ]),
        db.get<{ n: number }>(`SELECT COUNT(*) AS n ${match}`, params),
      ]);
      return { rows: rows.map(queuedCase), total: Number(count?.n ?? 0) };
    },
    async queueTotals({ now, contactTargetWorkingDays }) {
      const [open, closed] = await Promise.all([
        db.all<{ status: CaseStatus; n: number; urgent: number; overdue: number }>(
          `SELECT COALESCE(c.status, 'new') AS status, COUNT(*) AS n, SUM(CASE WHEN r.priority_rank = 1 THEN 1 ELSE 0 END) AS urgent,
             SUM(CASE WHEN ${overdueSql(contactTargetWorkingDays)} THEN 1 ELSE 0 END) AS overdue
           FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id WHERE r.case_closed = 0 GROUP BY COALESCE(c.status, 'new')`,
          [now],
        ),
        db.get<{ n: number }>('SELECT COUNT(*) AS n FROM referrals WHERE case_closed = 1'),
      ]);
      const byStatus = Object.fromEntries(caseStatuses.map((status) => [status, 0])) as Record<CaseStatus, number>;
      for (const row of open) byStatus[row.status] = Number(row.n);
      byStatus.closed = Number(closed?.n ?? 0);
      return {
        byStatus,
        urgentOpen: open.reduce((sum, row) => sum + Number(row.urgent), 0),
        overdue: Number(open.find((row) => row.status === 'new')?.overdue ?? 0),
      };
    },
    async unprioritised(limit) {
      const rows = await db.all<{ reference: string; payload: Buffer }>(
        'SELECT reference, payload FROM referrals WHERE priority_rank IS NULL ORDER BY id LIMIT ?',
        [limit],
      );
      return rows.map((row) => ({ reference: row.reference, encryptedPayload: row.payload }));
    },
    async setPriority(reference, priority) {
      await db.transaction(async (tx) => {
        const unknown = await tx.get<{ nation: Nation; created_at: number }>(
          `SELECT nation, created_at FROM referrals WHERE reference = ? AND priority_rank IS NULL${tx.dialect.forUpdate()}`,
          [reference],
        );
        if (!unknown) return;
        await tx.run('UPDATE referrals SET priority_rank = ? WHERE reference = ?', [priorityRank(priority), reference]);
        await moveArrival(tx, { receivedAt: unknown.created_at, nation: unknown.nation }, null, priorityRank(priority));
      });
    },
    async findCase(reference) {
      const row = await db.get<CaseRow>(`${SELECT_CASES} WHERE r.reference = ?`, [reference]);
      return row && caseRecord(row);
    },
    setStatus(reference, next, outcome, now) {
      // The casts tell PostgreSQL the type of a placeholder it cannot infer inside CASE.
      return onCase(reference, now, async (tx, id) => {
        const before = (await tx.get<{ status: CaseStatus; outcome: CaseOutcome | null; first_contacted_at: number | null; created_at: number; withdrawn_at: number | null }>(
          `SELECT c.status, c.outcome, c.first_contacted_at, r.created_at, r.withdrawn_at FROM cases c JOIN referrals r ON r.id = c.referral_id WHERE c.referral_id = ?`,
          [id],
        ))!;
        await tx.run(
          `UPDATE cases SET status = ?, outcome = ?, updated_at = ?,
             first_contacted_at = CASE WHEN first_contacted_at IS NULL AND ? <> 'new' THEN CAST(? AS BIGINT) ELSE first_contacted_at END,
             closed_at = CASE WHEN ? = 'closed' THEN CAST(? AS BIGINT) ELSE NULL END
           WHERE referral_id = ?`,
          [next, outcome, now, next, now, next, now, id],
        );
        // The queue's own copy of "closed", and retention's clock, in the same transaction.
        await tx.run('UPDATE referrals SET case_closed = ? WHERE id = ?', [next === 'closed' ? 1 : 0, id]);
        if (next === 'closed') await tx.run(SET_RETAIN_FROM, [now, id, id, id]);
        else await tx.run('UPDATE cases SET retain_from = NULL WHERE referral_id = ?', [id]);
        // The figures' tally; a withdrawn case's tombstone already holds its final figures.
        if (before.withdrawn_at !== null) return;
        if (before.first_contacted_at === null && next !== 'new') await tallyContact(tx, before.created_at, now);
        await moveEnding(tx, before.created_at, before.status === 'closed' ? before.outcome : null, next === 'closed' ? outcome : null);
      });
    },
    assign(reference, assigneeId, now) {
      return onCase(reference, now, (tx, id) => tx.run('UPDATE cases SET assignee_id = ?, updated_at = ? WHERE referral_id = ?', [assigneeId, now, id]));
    },
    addNote(reference, staffId, encryptedBody, now) {
      return onCase(reference, now, async (tx, id) => {
        await tx.run('INSERT INTO case_notes (referral_id, staff_id, body, created_at) VALUES (?, ?, ?, ?)', [id, staffId, encryptedBody, now]);
        await tx.run(MOVE_RETAIN_FROM, [now, now, reference]);
      });
    },
    async notes(reference) {
      const rows = await db.all<{ id: number; email: string; body: Buffer; created_at: number }>(
        `SELECT n.id, s.email, n.body, n.created_at FROM case_notes n
         JOIN referrals r ON r.id = n.referral_id JOIN staff s ON s.id = n.staff_id
         WHERE r.reference = ? ORDER BY n.created_at, n.id`,
        [reference],
      );
      return rows.map((row): StoredNote => ({ id: row.id, authorEmail: row.email, encryptedBody: row.body, createdAt: row.created_at }));
    },
  };
}
