/**
 * The delivery repository on SQLite: the single-instance default. Every multi-statement change
 * runs in an IMMEDIATE transaction, so two workers (or a worker and the CLI) can never lease the
 * same job, and an acknowledged referral is on disk with its job before `insertReferral` returns.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type {
  ClaimedJob,
  DeliveryRepository,
  InsertOutcome,
  JobState,
  NewReferral,
  StoredReferral,
} from '@/lib/delivery/repository';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';
import { JOB_STATES, jobSummary, type JobRow } from '@/lib/storage/rows';

/** Wraps an open, migrated database (see `openDatabase`) as a `DeliveryRepository`. */
export function createSqliteDeliveryRepository(db: SqliteDatabase): DeliveryRepository {
  const findByToken = db.prepare<[string], { reference: string }>(
    'SELECT reference FROM referrals WHERE form_token = ?',
  );
  const referenceExists = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM referrals WHERE reference = ?',
  );
  const insertReferral = db.prepare(
    'INSERT INTO referrals (reference, form_token, nation, payload, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertJob = db.prepare(
    `INSERT INTO delivery_jobs (referral_id, state, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, 'pending', 0, ?, ?, ?)`,
  );
  const findDue = db.prepare<[number, number], { id: number }>(
    `SELECT id FROM delivery_jobs
     WHERE (state = 'pending' AND next_attempt_at <= ?) OR (state = 'sending' AND lease_until <= ?)
     ORDER BY next_attempt_at, id LIMIT 1`,
  );
  const lease = db.prepare(
    `UPDATE delivery_jobs SET state = 'sending', attempts = attempts + 1, lease_token = ?,
       lease_until = ?, updated_at = ? WHERE id = ?`,
  );
  const leased = db.prepare<[number], Omit<ClaimedJob, 'leaseToken' | 'encryptedPayload'> & { payload: Buffer }>(
    `SELECT j.id AS jobId, r.reference AS reference, r.nation AS nation, r.payload AS payload,
       r.created_at AS receivedAt, j.attempts AS attempt
     FROM delivery_jobs j JOIN referrals r ON r.id = j.referral_id WHERE j.id = ?`,
  );
  const sent = db.prepare(
    `UPDATE delivery_jobs SET state = 'sent', sent_at = ?, lease_token = NULL, lease_until = NULL,
       last_error = NULL, updated_at = ? WHERE id = ? AND lease_token = ?`,
  );
  const retry = db.prepare(
    `UPDATE delivery_jobs SET state = 'pending', next_attempt_at = ?, last_error = ?,
       attempts = attempts - ?, lease_token = NULL, lease_until = NULL, updated_at = ?
     WHERE id = ? AND lease_token = ?`,
  );
  const dead = db.prepare(
    `UPDATE delivery_jobs SET state = 'dead', last_error = ?, lease_token = NULL, lease_until = NULL,
       updated_at = ? WHERE id = ? AND lease_token = ?`,
  );
  const requeue = db.prepare(
    `UPDATE delivery_jobs SET state = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ?
     WHERE referral_id = (SELECT id FROM referrals WHERE reference = ?) AND state IN ('dead', 'pending')`,
  );
  const allDue = db.prepare(
    `UPDATE delivery_jobs SET next_attempt_at = ?, updated_at = ? WHERE state = 'pending' AND next_attempt_at > ?`,
  );
  const counts = db.prepare<[], { state: JobState; n: number }>(
    'SELECT state, COUNT(*) AS n FROM delivery_jobs GROUP BY state',
  );
  const byReference = db.prepare<[string], Omit<StoredReferral, 'encryptedPayload'> & { payload: Buffer }>(
    `SELECT reference, nation, payload, created_at AS receivedAt FROM referrals WHERE reference = ?`,
  );

  const insertTransaction = db.transaction((referral: NewReferral): InsertOutcome => {
    const existing = findByToken.get(referral.formToken);
    if (existing) return { outcome: 'existing', reference: existing.reference };
    if (referenceExists.get(referral.reference)) return { outcome: 'reference-taken' };
    const { lastInsertRowid } = insertReferral.run(
      referral.reference,
      referral.formToken,
      referral.nation,
      referral.encryptedPayload,
      referral.now,
    );
    insertJob.run(lastInsertRowid, referral.now, referral.now, referral.now);
    return { outcome: 'created', reference: referral.reference };
  });

  const claimTransaction = db.transaction((now: number, leaseMs: number): ClaimedJob | undefined => {
    const due = findDue.get(now, now);
    if (!due) return undefined;
    const leaseToken = randomBytes(12).toString('hex');
    lease.run(leaseToken, now + leaseMs, now, due.id);
    const row = leased.get(due.id)!;
    return {
      jobId: row.jobId,
      leaseToken,
      reference: row.reference,
      nation: row.nation,
      encryptedPayload: row.payload,
      receivedAt: row.receivedAt,
      attempt: row.attempt,
    };
  });

  return {
    async findReferenceByFormToken(formToken) {
      return findByToken.get(formToken)?.reference;
    },
    async insertReferral(referral) {
      return insertTransaction.immediate(referral);
    },
    async claimDueJob(now, leaseMs) {
      return claimTransaction.immediate(now, leaseMs);
    },
    async markSent(job, now) {
      return sent.run(now, now, job.jobId, job.leaseToken).changes === 1;
    },
    async markRetry(job, nextAttemptAt, errorCode, now, countAttempt = true) {
      return (
        retry.run(nextAttemptAt, errorCode, countAttempt ? 0 : 1, now, job.jobId, job.leaseToken)
          .changes === 1
      );
    },
    async markDead(job, errorCode, now) {
      return dead.run(errorCode, now, job.jobId, job.leaseToken).changes === 1;
    },
    async retry(reference, now) {
      return requeue.run(now, now, reference).changes === 1;
    },
    async makeAllDue(now) {
      return allDue.run(now, now, now).changes;
    },
    async listJobs(states) {
      const wanted = states ?? JOB_STATES;
      const rows = db
        .prepare<string[], JobRow>(
          `SELECT r.reference, r.nation, j.state, j.attempts, j.next_attempt_at, j.last_error,
             j.created_at, j.sent_at
           FROM delivery_jobs j JOIN referrals r ON r.id = j.referral_id
           WHERE j.state IN (${wanted.map(() => '?').join(', ')}) ORDER BY j.created_at, j.id`,
        )
        .all(...wanted);
      return rows.map(jobSummary);
    },
    async findReferral(reference) {
      const row = byReference.get(reference);
      return row && { reference: row.reference, nation: row.nation, encryptedPayload: row.payload, receivedAt: row.receivedAt };
    },
    async countByState() {
      const result: Record<JobState, number> = { pending: 0, sending: 0, sent: 0, dead: 0 };
      for (const row of counts.all()) result[row.state] = row.n;
      return result;
    },
    async close() {
      db.close();
    },
  };
}
