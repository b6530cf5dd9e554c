/**
 * The case repository (see `lib/inbox/case-repository.ts`), written once over the SQL port for
 * both stores. A referral with no case row yet is a new, unassigned case: the row is written the
 * first time someone changes it, so accepting a referral stays exactly as it was.
 */
import 'server-only';
import type { CaseRepository, StoredNote } from '@/lib/cases/case-repository';
import type { SqlPort, SqlTransaction } from '@/lib/storage/sql-port';
import { caseRecord, SELECT_CASES, type CaseRow } from '@/lib/storage/rows';

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
    async findCase(reference) {
      const row = await db.get<CaseRow>(`${SELECT_CASES} WHERE r.reference = ?`, [reference]);
      return row && caseRecord(row);
    },
    setStatus(reference, next, outcome, now) {
      // The casts tell PostgreSQL the type of a placeholder it cannot infer inside CASE.
      return onCase(reference, now, (tx, id) =>
        tx.run(
          `UPDATE cases SET status = ?, outcome = ?, updated_at = ?,
             first_contacted_at = CASE WHEN first_contacted_at IS NULL AND ? <> 'new' THEN CAST(? AS BIGINT) ELSE first_contacted_at END,
             closed_at = CASE WHEN ? = 'closed' THEN CAST(? AS BIGINT) ELSE NULL END
           WHERE referral_id = ?`,
          [next, outcome, now, next, now, next, now, id],
        ),
      );
    },
    assign(reference, assigneeId, now) {
      return onCase(reference, now, (tx, id) => tx.run('UPDATE cases SET assignee_id = ?, updated_at = ? WHERE referral_id = ?', [assigneeId, now, id]));
    },
    addNote(reference, staffId, encryptedBody, now) {
      return onCase(reference, now, (tx, id) =>
        tx.run('INSERT INTO case_notes (referral_id, staff_id, body, created_at) VALUES (?, ?, ?, ?)', [id, staffId, encryptedBody, now]),
      );
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
