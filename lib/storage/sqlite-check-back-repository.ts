/**
 * The check-back repository on SQLite (see `lib/check-back/repository.ts`). Withdrawal runs in one
 * IMMEDIATE transaction, then checkpoints the WAL so the deleted rows' old pages do not linger in
 * the log (secure_delete overwrites them in the main file).
 */
import 'server-only';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { Priority } from '@/lib/referral/triage';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';
import {
  CASE_CONTENT_TABLES,
  insertTombstoneSql,
  sqliteTombstoneParameter,
  storedMessage,
  type MessageRow,
} from '@/lib/storage/rows';

/** Wraps an open, migrated database as a `CheckBackRepository`. */
export function createSqliteCheckBackRepository(db: SqliteDatabase): CheckBackRepository {
  const liveReferral = db.prepare<[string], { id: number }>('SELECT id FROM referrals WHERE reference = ? AND withdrawn_at IS NULL');
  const insertPin = db.prepare('INSERT OR IGNORE INTO check_back_pins (referral_id, pin_hash, created_at) VALUES (?, ?, ?)');
  const pin = db.prepare<[string], { pin_hash: string }>(
    `SELECT p.pin_hash FROM check_back_pins p JOIN referrals r ON r.id = p.referral_id
     WHERE r.reference = ? AND r.withdrawn_at IS NULL`,
  );
  const insertMessage = db.prepare(
    'INSERT INTO case_messages (referral_id, author, staff_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const messages = db.prepare<[string], MessageRow>(
    `SELECT m.id, m.author, s.email, m.body, m.created_at, m.read_at FROM case_messages m
     JOIN referrals r ON r.id = m.referral_id LEFT JOIN staff s ON s.id = m.staff_id
     WHERE r.reference = ? ORDER BY m.created_at, m.id`,
  );
  const markRead = db.prepare(
    `UPDATE case_messages SET read_at = ? WHERE author = 'support-worker' AND read_at IS NULL
       AND referral_id = (SELECT id FROM referrals WHERE reference = ?)`,
  );
  const emptyReferral = db.prepare(`UPDATE referrals SET payload = X'', withdrawn_at = ? WHERE id = ?`);
  // An email not yet sent is never sent. The emptied referral row stays until retention's
  // schedule for withdrawn cases removes it (whether or not an email ever went), so the person
  // who checks back meanwhile reads "withdrawn", not "not found".
  const dropUnsentJob = db.prepare(`DELETE FROM delivery_jobs WHERE referral_id = ? AND state <> 'sent'`);
  // The content-free record the service's figures count once the referral row is gone.
  const insertTombstone = db.prepare(insertTombstoneSql('withdrawn', sqliteTombstoneParameter));
  // Everything said about the case: the notes, the messages, the PIN and a hold's reason (a
  // manager's words about the case, so content too).
  const deleteContent = CASE_CONTENT_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE referral_id = ?`));
  const closeCase = db.prepare(
    `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (?, 'closed', 'withdrawn', ?, ?)
     ON CONFLICT (referral_id) DO UPDATE SET status = 'closed', outcome = 'withdrawn', updated_at = excluded.updated_at,
       closed_at = excluded.closed_at`,
  );
  const withdrawTransaction = db.transaction((reference: string, now: number, priority: Priority | null): boolean => {
    const found = liveReferral.get(reference);
    if (!found) return false;
    insertTombstone.run({ priority, endedAt: now, id: found.id });
    emptyReferral.run(now, found.id);
    dropUnsentJob.run(found.id);
    for (const statement of deleteContent) statement.run(found.id);
    closeCase.run(found.id, now, now);
    return true;
  });

  return {
    async setPin(reference, pinHash, now) {
      const found = liveReferral.get(reference);
      return found ? insertPin.run(found.id, pinHash, now).changes === 1 : false;
    },
    async pinHash(reference) {
      return pin.get(reference)?.pin_hash;
    },
    async addMessage(reference, author, staffId, encryptedBody, now) {
      const found = liveReferral.get(reference);
      if (!found) return false;
      insertMessage.run(found.id, author, staffId, encryptedBody, now);
      return true;
    },
    async messages(reference) {
      return messages.all(reference).map(storedMessage);
    },
    async markRead(reference, now) {
      return markRead.run(now, reference).changes;
    },
    async withdraw(reference, now, priority) {
      const withdrawn = withdrawTransaction.immediate(reference, now, priority);
      if (withdrawn) db.pragma('wal_checkpoint(TRUNCATE)');
      return withdrawn;
    },
  };
}
