/**
 * The case repository on PostgreSQL (see `lib/inbox/case-repository.ts`). As on SQLite, a
 * referral with no case row is a new, unassigned case, and the row is written the first time
 * someone changes it.
 */
import 'server-only';
import type { CaseRepository, StoredNote } from '@/lib/cases/case-repository';
import type { PostgresDatabase, Queryable } from '@/lib/storage/postgres-database';
import { caseRecord, SELECT_CASES, type CaseRow } from '@/lib/storage/rows';

/** Wraps an open PostgreSQL store as a `CaseRepository`. */
export function createPostgresCaseRepository(db: PostgresDatabase): CaseRepository {
  /**
   * Runs `change` on the referral's case row, creating it first; false when there is no such
   * referral. The referral row is share-locked, so retention cannot delete it in between.
   */
  const onCase = (reference: string, now: number, change: (client: Queryable, id: number) => Promise<unknown>) =>
    db.transaction(async (client) => {
      const found = (await client.query<{ id: number }>('SELECT id FROM referrals WHERE reference = $1 FOR SHARE', [reference])).rows[0];
      if (!found) return false;
      await client.query(`INSERT INTO cases (referral_id, status, updated_at) VALUES ($1, 'new', $2) ON CONFLICT DO NOTHING`, [
        found.id,
        now,
      ]);
      await change(client, found.id);
      return true;
    });

  return {
    async listCases() {
      return (await db.query<CaseRow>(`${SELECT_CASES} ORDER BY r.created_at, r.id`)).rows.map(caseRecord);
    },
    async findCase(reference) {
      const row = (await db.query<CaseRow>(`${SELECT_CASES} WHERE r.reference = $1`, [reference])).rows[0];
      return row && caseRecord(row);
    },
    async setStatus(reference, next, outcome, now) {
      return onCase(reference, now, (client, id) =>
        client.query(
          `UPDATE cases SET status = $1, outcome = $2, updated_at = $3,
             first_contacted_at = CASE WHEN first_contacted_at IS NULL AND $1 <> 'new' THEN $3 ELSE first_contacted_at END,
             closed_at = CASE WHEN $1 = 'closed' THEN $3 ELSE NULL END
           WHERE referral_id = $4`,
          [next, outcome, now, id],
        ),
      );
    },
    async assign(reference, assigneeId, now) {
      return onCase(reference, now, (client, id) =>
        client.query('UPDATE cases SET assignee_id = $1, updated_at = $2 WHERE referral_id = $3', [assigneeId, now, id]),
      );
    },
    async addNote(reference, staffId, encryptedBody, now) {
      return onCase(reference, now, (client, id) =>
        client.query('INSERT INTO case_notes (referral_id, staff_id, body, created_at) VALUES ($1, $2, $3, $4)', [id, staffId, encryptedBody, now]),
      );
    },
    async notes(reference) {
      const { rows } = await db.query<{ id: number; email: string; body: Buffer; created_at: number }>(
        `SELECT n.id, s.email, n.body, n.created_at FROM case_notes n
         JOIN referrals r ON r.id = n.referral_id JOIN staff s ON s.id = n.staff_id
         WHERE r.reference = $1 ORDER BY n.created_at, n.id`,
        [reference],
      );
      return rows.map((row): StoredNote => ({ id: row.id, authorEmail: row.email, encryptedBody: row.body, createdAt: row.created_at }));
    },
  };
}
