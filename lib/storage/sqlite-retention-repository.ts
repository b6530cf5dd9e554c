/**
 * The retention repository on SQLite (see `lib/retention/repository.ts`). A purge runs in one
 * IMMEDIATE transaction (tombstone written, referral deleted with everything that cascades from
 * it), then checkpoints the WAL and truncates it, so the deleted rows' old pages do not linger in
 * the log; secure_delete (checked at every open) overwrites them in the main file.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type {
  ApproveLiftOutcome,
  ClaimedDigest,
  RequestLiftOutcome,
  RetentionRepository,
  SetHoldOutcome,
  Tombstone,
} from '@/lib/retention/repository';
import { scheduleFor, type RetentionPolicy } from '@/lib/cases/retention-rules';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';
import {
  CASE_CONTENT_TABLES,
  digestSummary,
  insertTombstoneSql,
  legalHold,
  retentionCase,
  SELECT_HOLDS,
  SELECT_RETENTION_CASES,
  sqliteTombstoneParameter,
  tombstone,
  type DigestRow,
  type HoldRow,
  type RetentionCaseRow,
  type TombstoneRow,
} from '@/lib/storage/rows';

/** Wraps an open, migrated database as a `RetentionRepository`. */
export function createSqliteRetentionRepository(db: SqliteDatabase): RetentionRepository {
  const all = db.prepare<[], RetentionCaseRow>(`${SELECT_RETENTION_CASES} ORDER BY r.created_at, r.id`);
  const referralId = db.prepare<[string], { id: number }>('SELECT id FROM referrals WHERE reference = ?');
  const insertHold = db.prepare(
    'INSERT OR IGNORE INTO legal_holds (referral_id, reason, review_at, set_by, set_at) VALUES (?, ?, ?, ?, ?)',
  );
  const oneHold = db.prepare<[string], HoldRow>(`${SELECT_HOLDS} WHERE r.reference = ?`);
  const allHolds = db.prepare<[], HoldRow>(`${SELECT_HOLDS} ORDER BY h.review_at, r.reference`);
  const holdRow = db.prepare<[number], { lift_requested_by: number | null }>(
    'SELECT lift_requested_by FROM legal_holds WHERE referral_id = ?',
  );
  const requestLift = db.prepare('UPDATE legal_holds SET lift_requested_by = ?, lift_requested_at = ? WHERE referral_id = ?');
  const deleteHold = db.prepare('DELETE FROM legal_holds WHERE referral_id = ?');
  // One case as the rules read it: for its page, and read again inside the purge's transaction.
  const oneCase = db.prepare<[string], RetentionCaseRow>(`${SELECT_RETENTION_CASES} WHERE r.reference = ?`);
  const insertTombstone = db.prepare(insertTombstoneSql('purged', sqliteTombstoneParameter));
  const deleteCase = [...CASE_CONTENT_TABLES, 'delivery_jobs', 'cases']
    .map((table) => `DELETE FROM ${table} WHERE referral_id = ?`)
    .concat('DELETE FROM referrals WHERE id = ?')
    .map((sql) => db.prepare(sql));
  const allTombstones = db.prepare<[], TombstoneRow>('SELECT * FROM case_tombstones ORDER BY received_at, reference');

  const insertDigest = db.prepare(
    `INSERT OR IGNORE INTO manager_digests (day, state, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, 'pending', 0, ?, ?, ?)`,
  );
  const dueDigest = db.prepare<[number, number], { day: string }>(
    `SELECT day FROM manager_digests
     WHERE (state = 'pending' AND next_attempt_at <= ?) OR (state = 'sending' AND lease_until <= ?)
     ORDER BY next_attempt_at, day LIMIT 1`,
  );
  const leaseDigest = db.prepare(
    `UPDATE manager_digests SET state = 'sending', attempts = attempts + 1, lease_token = ?, lease_until = ?,
       updated_at = ? WHERE day = ?`,
  );
  const digestAttempts = db.prepare<[string], { attempts: number }>('SELECT attempts FROM manager_digests WHERE day = ?');
  const digestSent = db.prepare(
    `UPDATE manager_digests SET state = 'sent', sent_at = ?, lease_token = NULL, lease_until = NULL,
       last_error = NULL, updated_at = ? WHERE day = ? AND lease_token = ?`,
  );
  const digestRetry = db.prepare(
    `UPDATE manager_digests SET state = 'pending', next_attempt_at = ?, last_error = ?, lease_token = NULL,
       lease_until = NULL, updated_at = ? WHERE day = ? AND lease_token = ?`,
  );
  const digestDead = db.prepare(
    `UPDATE manager_digests SET state = 'dead', last_error = ?, lease_token = NULL, lease_until = NULL,
       updated_at = ? WHERE day = ? AND lease_token = ?`,
  );
  const allDigests = db.prepare<[], DigestRow>(
    'SELECT day, state, attempts, last_error, sent_at FROM manager_digests ORDER BY day',
  );

  const setHoldTransaction = db.transaction(
    (reference: string, encryptedReason: Buffer, reviewAt: number, staffId: number, now: number): SetHoldOutcome => {
      const found = referralId.get(reference);
      if (!found) return 'not-found';
      return insertHold.run(found.id, encryptedReason, reviewAt, staffId, now).changes === 1 ? 'set' : 'held-already';
    },
  );

  const requestLiftTransaction = db.transaction((reference: string, staffId: number, now: number): RequestLiftOutcome => {
    const found = referralId.get(reference);
    const row = found && holdRow.get(found.id);
    if (!found || !row) return 'not-held';
    if (row.lift_requested_by !== null) return 'requested-already';
    requestLift.run(staffId, now, found.id);
    return 'requested';
  });

  const approveLiftTransaction = db.transaction((reference: string, staffId: number): ApproveLiftOutcome => {
    const found = referralId.get(reference);
    const row = found && holdRow.get(found.id);
    if (!found || !row) return 'not-held';
    if (row.lift_requested_by === null) return 'no-request';
    if (row.lift_requested_by === staffId) return 'same-manager';
    deleteHold.run(found.id);
    return 'lifted';
  });

  const purgeTransaction = db.transaction((reference: string, priority: Tombstone['priority'], policy: RetentionPolicy, now: number): boolean => {
    // IMMEDIATE: no other writer can reopen it, add to it or hold it between this read and the delete.
    const row = oneCase.get(reference);
    if (!row) return false;
    const schedule = scheduleFor(retentionCase(row), policy, now);
    if (schedule.state !== 'closed' || !schedule.due) return false;
    insertTombstone.run({ priority, endedAt: now, id: row.id });
    for (const statement of deleteCase) statement.run(row.id);
    return true;
  });

  const claimDigestTransaction = db.transaction((now: number, leaseMs: number): ClaimedDigest | undefined => {
    const due = dueDigest.get(now, now);
    if (!due) return undefined;
    const leaseToken = randomBytes(12).toString('hex');
    leaseDigest.run(leaseToken, now + leaseMs, now, due.day);
    return { day: due.day, leaseToken, attempt: digestAttempts.get(due.day)!.attempts };
  });

  return {
    async listCases() {
      return all.all().map(retentionCase);
    },
    async findCase(reference) {
      const row = oneCase.get(reference);
      return row && retentionCase(row);
    },
    async setHold(reference, { encryptedReason, reviewAt, staffId, now }) {
      return setHoldTransaction.immediate(reference, encryptedReason, reviewAt, staffId, now);
    },
    async findHold(reference) {
      const row = oneHold.get(reference);
      return row && legalHold(row);
    },
    async listHolds() {
      return allHolds.all().map(legalHold);
    },
    async requestLift(reference, staffId, now) {
      return requestLiftTransaction.immediate(reference, staffId, now);
    },
    async approveLift(reference, staffId) {
      return approveLiftTransaction.immediate(reference, staffId);
    },
    async purge(reference, priority, policy, now) {
      const purged = purgeTransaction.immediate(reference, priority, policy, now);
      // Copy the WAL into the main file and truncate it, so the deleted rows' old pages do not
      // linger in the log until some later checkpoint.
      if (purged) db.pragma('wal_checkpoint(TRUNCATE)');
      return purged;
    },
    async tombstones() {
      return allTombstones.all().map(tombstone);
    },
    async scheduleDigest(day, now) {
      return insertDigest.run(day, now, now, now).changes === 1;
    },
    async claimDueDigest(now, leaseMs) {
      return claimDigestTransaction.immediate(now, leaseMs);
    },
    async markDigestSent(digest, now) {
      return digestSent.run(now, now, digest.day, digest.leaseToken).changes === 1;
    },
    async markDigestRetry(digest, nextAttemptAt, errorCode, now) {
      return digestRetry.run(nextAttemptAt, errorCode, now, digest.day, digest.leaseToken).changes === 1;
    },
    async markDigestDead(digest, errorCode, now) {
      return digestDead.run(errorCode, now, digest.day, digest.leaseToken).changes === 1;
    },
    async listDigests() {
      return allDigests.all().map(digestSummary);
    },
  };
}
