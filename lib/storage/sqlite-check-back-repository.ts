/**
 * The check-back repository on SQLite (see `lib/check-back/repository.ts`). Withdrawal runs in one
 * IMMEDIATE transaction, then checkpoints the WAL so the deleted rows' old pages do not linger in
 * the log (secure_delete overwrites them in the main file).
 */
import 'server-only';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { Priority } from '@/lib/referral/triage';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';
import { storedMessage, type MessageRow } from '@/lib/storage/rows';

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
  // A hold's reason is a manager's words about the case: content, so it goes with the rest.
  const deleteHold = db.prepare('DELETE FROM legal_holds WHERE referral_id = ?');
  // The content-free record the service's figures count once the referral row is gone.
  const insertTombstone = db.prepare(
    `INSERT OR IGNORE INTO case_tombstones
       (reference, nation, priority, received_at, first_contacted_at, closed_at, outcome, ended, ended_at)
     SELECT r.reference, r.nation, ?, r.created_at, c.first_contacted_at, ?, 'withdrawn', 'withdrawn', ?
     FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id WHERE r.id = ?`,
  );
  const deleteNotes = db.prepare('DELETE FROM case_notes WHERE referral_id = ?');
  const deleteMessages = db.prepare('DELETE FROM case_messages WHERE referral_id = ?');
  const deletePin = db.prepare('DELETE FROM check_back_pins WHERE referral_id = ?');
  const closeCase = db.prepare(
    `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (?, 'closed', 'withdrawn', ?, ?)
     ON CONFLICT (referral_id) DO UPDATE SET status = 'closed', outcome = 'withdrawn', updated_at = excluded.updated_at,
       closed_at = excluded.closed_at`,
  );
  const withdrawTransaction = db.transaction((reference: string, now: number, priority: Priority | null): boolean => {
    const found = liveReferral.get(reference);
    if (!found) return false;
    insertTombstone.run(priority, now, now, found.id);
    emptyReferral.run(now, found.id);
    dropUnsentJob.run(found.id);
    deleteNotes.run(found.id);
    deleteMessages.run(found.id);
    deletePin.run(found.id);
    deleteHold.run(found.id);
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
