/**
 * The retention repository on PostgreSQL (see `lib/retention/repository.ts`). A purge runs in
 * one transaction that locks the referral's row first, so a purge on one instance and a hold set
 * on another cannot cross: whichever comes second sees the first. The digest queue is claimed
 * like the outbox, with `FOR UPDATE SKIP LOCKED`, so one day's digest goes from one instance.
 *
 * PostgreSQL has no secure_delete: a purged row's old version stays in the table's pages until
 * VACUUM reuses them. It holds only ciphertext under the data key (see the README).
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type {
  ApproveLiftOutcome,
  RequestLiftOutcome,
  RetentionRepository,
  SetHoldOutcome,
} from '@/lib/retention/repository';
import { scheduleFor } from '@/lib/cases/retention-rules';
import type { PostgresDatabase } from '@/lib/storage/postgres-database';
import {
  digestSummary,
  insertTombstoneSql,
  legalHold,
  postgresTombstoneParameter,
  retentionCase,
  SELECT_HOLDS,
  SELECT_RETENTION_CASES,
  tombstone,
  type DigestRow,
  type HoldRow,
  type RetentionCaseRow,
  type TombstoneRow,
} from '@/lib/storage/rows';

/** Wraps an open PostgreSQL store as a `RetentionRepository`. */
export function createPostgresRetentionRepository(db: PostgresDatabase): RetentionRepository {
  /** Runs `work` on the hold of the referral, locked; 'not-held' when there is none. */
  const onHold = <T>(reference: string, work: (hold: { referralId: number; liftRequestedBy: number | null }, query: PostgresDatabase['query']) => Promise<T>) =>
    db.transaction(async (client): Promise<T | 'not-held'> => {
      const row = (
        await client.query<{ referral_id: number; lift_requested_by: number | null }>(
          `SELECT h.referral_id, h.lift_requested_by FROM legal_holds h JOIN referrals r ON r.id = h.referral_id
           WHERE r.reference = $1 FOR UPDATE OF h`,
          [reference],
        )
      ).rows[0];
      if (!row) return 'not-held';
      return work({ referralId: row.referral_id, liftRequestedBy: row.lift_requested_by }, (text, values) => client.query(text, values));
    });

  const changed = async (text: string, values: unknown[]) => (await db.query(text, values)).rowCount === 1;

  return {
    async listCases() {
      const { rows } = await db.query<RetentionCaseRow>(`${SELECT_RETENTION_CASES} ORDER BY r.created_at, r.id`);
      return rows.map(retentionCase);
    },
    async findCase(reference) {
      const row = (await db.query<RetentionCaseRow>(`${SELECT_RETENTION_CASES} WHERE r.reference = $1`, [reference])).rows[0];
      return row && retentionCase(row);
    },
    async setHold(reference, { encryptedReason, reviewAt, staffId, now }) {
      return db.transaction(async (client): Promise<SetHoldOutcome> => {
        const found = (await client.query<{ id: number }>('SELECT id FROM referrals WHERE reference = $1 FOR SHARE', [reference])).rows[0];
        if (!found) return 'not-found';
        const { rowCount } = await client.query(
          `INSERT INTO legal_holds (referral_id, reason, review_at, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING`,
          [found.id, encryptedReason, reviewAt, staffId, now],
        );
        return rowCount === 1 ? 'set' : 'held-already';
      });
    },
    async findHold(reference) {
      const row = (await db.query<HoldRow>(`${SELECT_HOLDS} WHERE r.reference = $1`, [reference])).rows[0];
      return row && legalHold(row);
    },
    async listHolds() {
      return (await db.query<HoldRow>(`${SELECT_HOLDS} ORDER BY h.review_at, r.reference`)).rows.map(legalHold);
    },
    async requestLift(reference, staffId, now) {
      return onHold(reference, async (found, query): Promise<RequestLiftOutcome> => {
        if (found.liftRequestedBy !== null) return 'requested-already';
        await query('UPDATE legal_holds SET lift_requested_by = $1, lift_requested_at = $2 WHERE referral_id = $3', [staffId, now, found.referralId]);
        return 'requested';
      });
    },
    async approveLift(reference, staffId) {
      return onHold(reference, async (found, query): Promise<ApproveLiftOutcome> => {
        if (found.liftRequestedBy === null) return 'no-request';
        if (found.liftRequestedBy === staffId) return 'same-manager';
        await query('DELETE FROM legal_holds WHERE referral_id = $1', [found.referralId]);
        return 'lifted';
      });
    },
    async purge(reference, priority, policy, now) {
      return db.transaction(async (client) => {
        // Locking the referral row first: a hold being set, a case changed, a note or a message
        // added elsewhere (each takes a share lock on it) waits for this purge and then finds
        // nothing, or this purge waits for it and sees it in the read below.
        const locked = (await client.query<{ id: number }>('SELECT id FROM referrals WHERE reference = $1 FOR UPDATE', [reference])).rows[0];
        if (!locked) return false;
        const row = (await client.query<RetentionCaseRow>(`${SELECT_RETENTION_CASES} WHERE r.id = $1`, [locked.id])).rows[0]!;
        const schedule = scheduleFor(retentionCase(row), policy, now);
        if (schedule.state !== 'closed' || !schedule.due) return false;
        await client.query(insertTombstoneSql('purged', postgresTombstoneParameter), [priority, now, locked.id]);
        // The case row, notes, messages, PIN, hold and delivery job cascade with the referral.
        await client.query('DELETE FROM referrals WHERE id = $1', [locked.id]);
        return true;
      });
    },
    async tombstones() {
      const { rows } = await db.query<TombstoneRow>('SELECT * FROM case_tombstones ORDER BY received_at, reference');
      return rows.map(tombstone);
    },
    async scheduleDigest(day, now) {
      return changed(
        `INSERT INTO manager_digests (day, state, attempts, next_attempt_at, created_at, updated_at)
         VALUES ($1, 'pending', 0, $2, $2, $2) ON CONFLICT DO NOTHING`,
        [day, now],
      );
    },
    async claimDueDigest(now, leaseMs) {
      const leaseToken = randomBytes(12).toString('hex');
      const { rows } = await db.query<{ day: string; attempts: number }>(
        `WITH due AS (
           SELECT day FROM manager_digests
           WHERE (state = 'pending' AND next_attempt_at <= $1) OR (state = 'sending' AND lease_until <= $1)
           ORDER BY next_attempt_at, day LIMIT 1
           FOR UPDATE SKIP LOCKED
         )
         UPDATE manager_digests d SET state = 'sending', attempts = d.attempts + 1, lease_token = $2, lease_until = $3,
           updated_at = $1
         FROM due WHERE d.day = due.day
         RETURNING d.day, d.attempts`,
        [now, leaseToken, now + leaseMs],
      );
      const row = rows[0];
      return row && { day: row.day, leaseToken, attempt: row.attempts };
    },
    async markDigestSent(digest, now) {
      return changed(
        `UPDATE manager_digests SET state = 'sent', sent_at = $1, lease_token = NULL, lease_until = NULL,
           last_error = NULL, updated_at = $1 WHERE day = $2 AND lease_token = $3`,
        [now, digest.day, digest.leaseToken],
      );
    },
    async markDigestRetry(digest, nextAttemptAt, errorCode, now) {
      return changed(
        `UPDATE manager_digests SET state = 'pending', next_attempt_at = $1, last_error = $2, lease_token = NULL,
           lease_until = NULL, updated_at = $3 WHERE day = $4 AND lease_token = $5`,
        [nextAttemptAt, errorCode, now, digest.day, digest.leaseToken],
      );
    },
    async markDigestDead(digest, errorCode, now) {
      return changed(
        `UPDATE manager_digests SET state = 'dead', last_error = $1, lease_token = NULL, lease_until = NULL,
           updated_at = $2 WHERE day = $3 AND lease_token = $4`,
        [errorCode, now, digest.day, digest.leaseToken],
      );
    },
    async listDigests() {
      const { rows } = await db.query<DigestRow>(
        'SELECT day, state, attempts, last_error, sent_at FROM manager_digests ORDER BY day',
      );
      return rows.map(digestSummary);
    },
  };
}
