/**
 * The case repository on SQLite (see `lib/inbox/case-repository.ts`). A referral with no case
 * row yet is a new, unassigned case: the row is written the first time someone changes it, so
 * accepting a referral stays exactly as it was.
 */
import 'server-only';
import type { CaseRepository, StoredNote } from '@/lib/cases/case-repository';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';
import { caseRecord, SELECT_CASES, type CaseRow } from '@/lib/storage/rows';

/** Wraps an open, migrated database as a `CaseRepository`. */
export function createSqliteCaseRepository(db: SqliteDatabase): CaseRepository {
  const all = db.prepare<[], CaseRow>(`${SELECT_CASES} ORDER BY r.created_at, r.id`);
  const one = db.prepare<[string], CaseRow>(`${SELECT_CASES} WHERE r.reference = ?`);
  const referralId = db.prepare<[string], { id: number }>('SELECT id FROM referrals WHERE reference = ?');
  const ensureCase = db.prepare(`INSERT OR IGNORE INTO cases (referral_id, status, updated_at) VALUES (?, 'new', ?)`);
  const status = db.prepare(
    `UPDATE cases SET status = ?, outcome = ?, updated_at = ?,
       first_contacted_at = CASE WHEN first_contacted_at IS NULL AND ? <> 'new' THEN ? ELSE first_contacted_at END,
       closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END
     WHERE referral_id = ?`,
  );
  const assign = db.prepare('UPDATE cases SET assignee_id = ?, updated_at = ? WHERE referral_id = ?');
  const insertNote = db.prepare('INSERT INTO case_notes (referral_id, staff_id, body, created_at) VALUES (?, ?, ?, ?)');
  const notes = db.prepare<[string], { id: number; email: string; body: Buffer; created_at: number }>(
    `SELECT n.id, s.email, n.body, n.created_at FROM case_notes n
     JOIN referrals r ON r.id = n.referral_id JOIN staff s ON s.id = n.staff_id
     WHERE r.reference = ? ORDER BY n.created_at, n.id`,
  );

  /** Runs `change` on the referral's case row, creating it first; false when there is no such referral. */
  const onCase = (reference: string, now: number, change: (id: number) => void) =>
    db
      .transaction(() => {
        const found = referralId.get(reference);
        if (!found) return false;
        ensureCase.run(found.id, now);
        change(found.id);
        return true;
      })
      .immediate();

  return {
    async listCases() {
      return all.all().map(caseRecord);
    },
    async findCase(reference) {
      const row = one.get(reference);
      return row && caseRecord(row);
    },
    async setStatus(reference, next, outcome, now) {
      return onCase(reference, now, (id) => status.run(next, outcome, now, next, now, next, now, id));
    },
    async assign(reference, assigneeId, now) {
      return onCase(reference, now, (id) => assign.run(assigneeId, now, id));
    },
    async addNote(reference, staffId, encryptedBody, now) {
      return onCase(reference, now, (id) => insertNote.run(id, staffId, encryptedBody, now));
    },
    async notes(reference) {
      return notes.all(reference).map(
        (row): StoredNote => ({ id: row.id, authorEmail: row.email, encryptedBody: row.body, createdAt: row.created_at }),
      );
    },
  };
}
