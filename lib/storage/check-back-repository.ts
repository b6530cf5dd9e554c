/**
 * The check-back repository (see `lib/check-back/repository.ts`), written once over the SQL port
 * for both stores. A PIN or message is written by one statement that finds the live referral and
 * inserts in the same breath, so it cannot land on a referral withdrawn a moment before.
 * Withdrawal locks the referral's row first, so two withdrawals at once find one thing to
 * withdraw, and afterwards leaves no copy of what it deleted in the store's own files.
 */
import 'server-only';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { SqlPort } from '@/lib/storage/sql-port';
import type { CaseOutcome, CaseStatus } from '@/lib/cases/case-state';
import type { Nation } from '@/lib/nations';
import { moveArrival, moveEnding } from '@/lib/storage/figure-tally';
import { CASE_CONTENT_TABLES, insertTombstone, MOVE_RETAIN_FROM, priorityRank, SET_RETAIN_FROM, storedMessage, type MessageRow } from '@/lib/storage/rows';

/** The check-back repository over an open, migrated store's port. */
export function createCheckBackRepository(db: SqlPort): CheckBackRepository {
  return {
    async setPin(reference, pinHash, now) {
      const sql = `INSERT INTO check_back_pins (referral_id, pin_hash, created_at)
        SELECT id, ?, ? FROM referrals WHERE reference = ? AND withdrawn_at IS NULL
        ON CONFLICT DO NOTHING`;
      return (await db.run(sql, [pinHash, now, reference])) === 1;
    },
    async pinHash(reference) {
      const row = await db.get<{ pin_hash: string }>(
        `SELECT p.pin_hash FROM check_back_pins p JOIN referrals r ON r.id = p.referral_id
         WHERE r.reference = ? AND r.withdrawn_at IS NULL`,
        [reference],
      );
      return row?.pin_hash;
    },
    addMessage(reference, author, staffId, encryptedBody, now) {
      const sql = `INSERT INTO case_messages (referral_id, author, staff_id, body, created_at)
        SELECT id, ?, ?, ?, ? FROM referrals WHERE reference = ? AND withdrawn_at IS NULL`;
      return db.transaction(async (tx) => {
        if ((await tx.run(sql, [author, staffId, encryptedBody, now, reference])) !== 1) return false;
        // A message from the person moves a closed case's retention clock on (see scheduleFor).
        if (author === 'person') await tx.run(MOVE_RETAIN_FROM, [now, now, reference]);
        return true;
      });
    },
    async messages(reference) {
      const rows = await db.all<MessageRow>(
        `SELECT m.id, m.author, s.email, m.body, m.created_at, m.read_at FROM case_messages m
         JOIN referrals r ON r.id = m.referral_id LEFT JOIN staff s ON s.id = m.staff_id
         WHERE r.reference = ? ORDER BY m.created_at, m.id`,
        [reference],
      );
      return rows.map(storedMessage);
    },
    markRead(reference, now) {
      return db.run(
        `UPDATE case_messages SET read_at = ? WHERE author = 'support-worker' AND read_at IS NULL
           AND referral_id = (SELECT id FROM referrals WHERE reference = ?)`,
        [now, reference],
      );
    },
    async withdraw(reference, now, priority) {
      const withdrawn = await db.transaction(async (tx) => {
        // The row lock comes first: a second withdrawal waits here, then finds it withdrawn.
        const found = await tx.get<{ id: number; nation: Nation; created_at: number; priority_rank: number | null }>(
          `SELECT id, nation, created_at, priority_rank FROM referrals WHERE reference = ? AND withdrawn_at IS NULL${tx.dialect.forUpdate()}`,
          [reference],
        );
        if (!found) return false;
        const { id } = found;
        const before = await tx.get<{ status: CaseStatus; outcome: CaseOutcome | null }>('SELECT status, outcome FROM cases WHERE referral_id = ?', [id]);
        // The content-free record the service's figures count once the referral row is gone.
        await tx.run(...insertTombstone('withdrawn', { priority, endedAt: now, id }));
        // The queue keeps the priority the tombstone records, and knows the case is closed.
        await tx.run('UPDATE referrals SET payload = ?, withdrawn_at = ?, priority_rank = ?, case_closed = 1 WHERE id = ?', [
          Buffer.alloc(0),
          now,
          priorityRank(priority),
          id,
        ]);
        // An email not yet sent is never sent. The emptied referral row stays until retention's
        // schedule for withdrawn cases removes it (whether or not an email ever went), so the
        // person who checks back meanwhile reads "withdrawn", not "not found".
        await tx.run(`DELETE FROM delivery_jobs WHERE referral_id = ? AND state <> 'sent'`, [id]);
        // Everything said about the case: the notes, the messages, the PIN and a hold's reason
        // (a manager's words about the case, so content too).
        for (const table of CASE_CONTENT_TABLES) await tx.run(`DELETE FROM ${table} WHERE referral_id = ?`, [id]);
        await tx.run(
          `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (?, 'closed', 'withdrawn', ?, ?)
           ON CONFLICT (referral_id) DO UPDATE SET status = 'closed', outcome = 'withdrawn', updated_at = excluded.updated_at,
             closed_at = excluded.closed_at`,
          [id, now, now],
        );
        await tx.run(SET_RETAIN_FROM, [now, id, id, id]);
        // The figures' tally: the priority the tombstone records, and the case ended as withdrawn.
        await moveArrival(tx, { receivedAt: found.created_at, nation: found.nation }, found.priority_rank, priorityRank(priority));
        await moveEnding(tx, found.created_at, before?.status === 'closed' ? before.outcome : null, 'withdrawn');
        return true;
      });
      if (withdrawn) await db.afterErase();
      return withdrawn;
    },
  };
}
