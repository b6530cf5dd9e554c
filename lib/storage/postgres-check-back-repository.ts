/**
 * The check-back repository on PostgreSQL (see `lib/check-back/repository.ts`). A PIN or message
 * is written by one statement that finds the live referral and inserts in the same breath, so it
 * cannot land on a referral that another instance withdrew a moment before. Withdrawal locks the
 * referral's row first, so two withdrawals at once find one thing to withdraw.
 */
import 'server-only';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { Priority } from '@/lib/referral/triage';
import type { PostgresDatabase } from '@/lib/storage/postgres-database';
import {
  CASE_CONTENT_TABLES,
  insertTombstoneSql,
  postgresTombstoneParameter,
  storedMessage,
  type MessageRow,
} from '@/lib/storage/rows';

/** Wraps an open PostgreSQL store as a `CheckBackRepository`. */
export function createPostgresCheckBackRepository(db: PostgresDatabase): CheckBackRepository {
  return {
    async setPin(reference, pinHash, now) {
      const { rowCount } = await db.query(
        `INSERT INTO check_back_pins (referral_id, pin_hash, created_at)
         SELECT id, $2, $3 FROM referrals WHERE reference = $1 AND withdrawn_at IS NULL
         ON CONFLICT DO NOTHING`,
        [reference, pinHash, now],
      );
      return rowCount === 1;
    },
    async pinHash(reference) {
      const { rows } = await db.query<{ pin_hash: string }>(
        `SELECT p.pin_hash FROM check_back_pins p JOIN referrals r ON r.id = p.referral_id
         WHERE r.reference = $1 AND r.withdrawn_at IS NULL`,
        [reference],
      );
      return rows[0]?.pin_hash;
    },
    async addMessage(reference, author, staffId, encryptedBody, now) {
      const { rowCount } = await db.query(
        `INSERT INTO case_messages (referral_id, author, staff_id, body, created_at)
         SELECT id, $2, $3, $4, $5 FROM referrals WHERE reference = $1 AND withdrawn_at IS NULL`,
        [reference, author, staffId, encryptedBody, now],
      );
      return rowCount === 1;
    },
    async messages(reference) {
      const { rows } = await db.query<MessageRow>(
        `SELECT m.id, m.author, s.email, m.body, m.created_at, m.read_at FROM case_messages m
         JOIN referrals r ON r.id = m.referral_id LEFT JOIN staff s ON s.id = m.staff_id
         WHERE r.reference = $1 ORDER BY m.created_at, m.id`,
        [reference],
      );
      return rows.map(storedMessage);
    },
    async markRead(reference, now) {
      const { rowCount } = await db.query(
        `UPDATE case_messages SET read_at = $1 WHERE author = 'support-worker' AND read_at IS NULL
           AND referral_id = (SELECT id FROM referrals WHERE reference = $2)`,
        [now, reference],
      );
      return rowCount ?? 0;
    },
    async withdraw(reference, now, priority: Priority | null) {
      return db.transaction(async (client) => {
        // The row lock comes first: a second withdrawal waits here, then finds it withdrawn.
        const found = (
          await client.query<{ id: number }>('SELECT id FROM referrals WHERE reference = $1 AND withdrawn_at IS NULL FOR UPDATE', [reference])
        ).rows[0];
        if (!found) return false;
        const { id } = found;
        // The content-free record the service's figures count once the referral row is gone.
        await client.query(insertTombstoneSql('withdrawn', postgresTombstoneParameter), [priority, now, id]);
        await client.query(`UPDATE referrals SET payload = '\\x'::bytea, withdrawn_at = $1 WHERE id = $2`, [now, id]);
        // An email not yet sent is never sent. The emptied referral row stays until retention's
        // schedule for withdrawn cases removes it, so the person who checks back meanwhile reads
        // "withdrawn", not "not found".
        await client.query(`DELETE FROM delivery_jobs WHERE referral_id = $1 AND state <> 'sent'`, [id]);
        // Everything said about the case, a hold's reason included (a manager's words about it).
        for (const table of CASE_CONTENT_TABLES) await client.query(`DELETE FROM ${table} WHERE referral_id = $1`, [id]);
        await client.query(
          `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES ($1, 'closed', 'withdrawn', $2, $2)
           ON CONFLICT (referral_id) DO UPDATE SET status = 'closed', outcome = 'withdrawn', updated_at = excluded.updated_at,
             closed_at = excluded.closed_at`,
          [id, now],
        );
        return true;
      });
    },
  };
}
