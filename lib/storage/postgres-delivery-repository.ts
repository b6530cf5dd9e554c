/**
 * The delivery repository on PostgreSQL, for several app instances on one database. The claim
 * is one statement: the oldest due job is locked with `FOR UPDATE SKIP LOCKED`, so a worker never
 * waits for, nor takes, a job another instance is claiming at that moment, and leased in the same
 * statement. Leases, backoff and dead letters are the same columns and rules as on SQLite: the
 * lease token fences every outcome, so a worker whose lease expired (it stalled, or its instance
 * was killed) cannot overwrite the outcome of the worker that took the job over.
 *
 * Why not a job-queue library (pg-boss, graphile-worker): the outbox already is the queue, with
 * its own rows, leases and dead letters, read by the inbox and the operator's commands on both
 * stores. SKIP LOCKED keeps one model for SQLite and PostgreSQL and one set of tests for both; a
 * library would bring a second schema and a second set of retry rules to keep in step.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type {
  DeliveryRepository,
  InsertOutcome,
  JobState,
  Nation,
  StoredReferral,
} from '@/lib/delivery/repository';
import type { PostgresDatabase } from '@/lib/storage/postgres-database';
import { JOB_STATES, jobSummary, type JobRow } from '@/lib/storage/rows';

/** Wraps an open PostgreSQL store (see `openPostgres`) as a `DeliveryRepository`. */
export function createPostgresDeliveryRepository(db: PostgresDatabase): DeliveryRepository {
  return {
    async findReferenceByFormToken(formToken) {
      const { rows } = await db.query<{ reference: string }>('SELECT reference FROM referrals WHERE form_token = $1', [formToken]);
      return rows[0]?.reference;
    },

    async insertReferral(referral) {
      return db.transaction(async (client): Promise<InsertOutcome> => {
        // ON CONFLICT covers both unique columns: a second instance inserting the same form
        // token waits for the first to commit, then inserts nothing, and finds theirs below.
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO referrals (reference, form_token, nation, payload, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING RETURNING id`,
          [referral.reference, referral.formToken, referral.nation, referral.encryptedPayload, referral.now],
        );
        const id = inserted.rows[0]?.id;
        if (id === undefined) {
          const existing = await client.query<{ reference: string }>('SELECT reference FROM referrals WHERE form_token = $1', [
            referral.formToken,
          ]);
          const reference = existing.rows[0]?.reference;
          return reference ? { outcome: 'existing', reference } : { outcome: 'reference-taken' };
        }
        await client.query(
          `INSERT INTO delivery_jobs (referral_id, state, attempts, next_attempt_at, created_at, updated_at)
           VALUES ($1, 'pending', 0, $2, $2, $2)`,
          [id, referral.now],
        );
        return { outcome: 'created', reference: referral.reference };
      });
    },

    async claimDueJob(now, leaseMs) {
      const leaseToken = randomBytes(12).toString('hex');
      const { rows } = await db.query<{
        job_id: number;
        reference: string;
        nation: Nation;
        payload: Buffer;
        received_at: number;
        attempt: number;
      }>(
        `WITH due AS (
           SELECT id FROM delivery_jobs
           WHERE (state = 'pending' AND next_attempt_at <= $1) OR (state = 'sending' AND lease_until <= $1)
           ORDER BY next_attempt_at, id LIMIT 1
           FOR UPDATE SKIP LOCKED
         )
         UPDATE delivery_jobs j SET state = 'sending', attempts = j.attempts + 1, lease_token = $2,
           lease_until = $3, updated_at = $1
         FROM due, referrals r
         WHERE j.id = due.id AND r.id = j.referral_id
         RETURNING j.id AS job_id, r.reference, r.nation, r.payload, r.created_at AS received_at, j.attempts AS attempt`,
        [now, leaseToken, now + leaseMs],
      );
      const row = rows[0];
      return (
        row && {
          jobId: row.job_id,
          leaseToken,
          reference: row.reference,
          nation: row.nation,
          encryptedPayload: row.payload,
          receivedAt: row.received_at,
          attempt: row.attempt,
        }
      );
    },

    async markSent(job, now) {
      const { rowCount } = await db.query(
        `UPDATE delivery_jobs SET state = 'sent', sent_at = $1, lease_token = NULL, lease_until = NULL,
           last_error = NULL, updated_at = $1 WHERE id = $2 AND lease_token = $3`,
        [now, job.jobId, job.leaseToken],
      );
      return rowCount === 1;
    },

    async markRetry(job, nextAttemptAt, errorCode, now, countAttempt = true) {
      const { rowCount } = await db.query(
        `UPDATE delivery_jobs SET state = 'pending', next_attempt_at = $1, last_error = $2,
           attempts = attempts - $3, lease_token = NULL, lease_until = NULL, updated_at = $4
         WHERE id = $5 AND lease_token = $6`,
        [nextAttemptAt, errorCode, countAttempt ? 0 : 1, now, job.jobId, job.leaseToken],
      );
      return rowCount === 1;
    },

    async markDead(job, errorCode, now) {
      const { rowCount } = await db.query(
        `UPDATE delivery_jobs SET state = 'dead', last_error = $1, lease_token = NULL, lease_until = NULL,
           updated_at = $2 WHERE id = $3 AND lease_token = $4`,
        [errorCode, now, job.jobId, job.leaseToken],
      );
      return rowCount === 1;
    },

    async retry(reference, now) {
      const { rowCount } = await db.query(
        `UPDATE delivery_jobs SET state = 'pending', attempts = 0, next_attempt_at = $1, updated_at = $1
         WHERE referral_id = (SELECT id FROM referrals WHERE reference = $2) AND state IN ('dead', 'pending')`,
        [now, reference],
      );
      return rowCount === 1;
    },

    async makeAllDue(now) {
      const { rowCount } = await db.query(
        `UPDATE delivery_jobs SET next_attempt_at = $1, updated_at = $1 WHERE state = 'pending' AND next_attempt_at > $1`,
        [now],
      );
      return rowCount ?? 0;
    },

    async listJobs(states) {
      const { rows } = await db.query<JobRow>(
        `SELECT r.reference, r.nation, j.state, j.attempts, j.next_attempt_at, j.last_error, j.created_at, j.sent_at
         FROM delivery_jobs j JOIN referrals r ON r.id = j.referral_id
         WHERE j.state = ANY($1::text[]) ORDER BY j.created_at, j.id`,
        [states ?? JOB_STATES],
      );
      return rows.map(jobSummary);
    },

    async findReferral(reference) {
      const { rows } = await db.query<{ reference: string; nation: Nation; payload: Buffer; created_at: number }>(
        'SELECT reference, nation, payload, created_at FROM referrals WHERE reference = $1',
        [reference],
      );
      const row = rows[0];
      return row && ({ reference: row.reference, nation: row.nation, encryptedPayload: row.payload, receivedAt: row.created_at } satisfies StoredReferral);
    },

    async countByState() {
      const result: Record<JobState, number> = { pending: 0, sending: 0, sent: 0, dead: 0 };
      const { rows } = await db.query<{ state: JobState; n: number }>('SELECT state, COUNT(*) AS n FROM delivery_jobs GROUP BY state');
      for (const row of rows) result[row.state] = row.n;
      return result;
    },

    close() {
      return db.close();
    },
  };
}
