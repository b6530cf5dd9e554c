/**
 * The delivery repository (see `lib/delivery/repository.ts`), written once over the SQL port for
 * both stores: the one queue of every email the service sends, each job of a kind (a referral's,
 * or a day's managers' digest). A referral and its job are written in one transaction, so an acknowledged
 * referral is stored with its job before `insertReferral` returns. The claim locks the oldest
 * due job (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so a worker never waits for nor takes a job
 * another instance is claiming; the IMMEDIATE transaction on SQLite) and leases it in the same
 * transaction. The lease token fences every outcome: a worker whose lease expired (it stalled,
 * or its instance was killed) cannot overwrite the outcome of the worker that took the job over.
 *
 * Why not a job-queue library (pg-boss, graphile-worker): the outbox already is the queue, with
 * its own rows, leases and dead letters, read by the inbox and the operator's commands on both
 * stores; a library would bring a second schema and a second set of retry rules to keep in step.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { JOB_KINDS, type ClaimedJob, type DeliveryRepository, type InsertOutcome, type JobKind, type JobState, type Nation } from '@/lib/delivery/repository';
import type { SqlPort } from '@/lib/storage/sql-port';
import { tallyArrival } from '@/lib/storage/figure-tally';
import { digestSummary, JOB_STATES, jobSummary, priorityRank, type DigestRow, type JobRow } from '@/lib/storage/rows';

const FENCED = 'lease_token = NULL, lease_until = NULL';

/** The delivery repository over an open, migrated store's port. */
export function createDeliveryRepository(db: SqlPort): DeliveryRepository {
  const findByToken = async (formToken: string) =>
    (await db.get<{ reference: string }>('SELECT reference FROM referrals WHERE form_token = ?', [formToken]))?.reference;

  return {
    findReferenceByFormToken: findByToken,

    insertReferral(referral) {
      return db.transaction(async (tx): Promise<InsertOutcome> => {
        // ON CONFLICT covers both unique columns: on PostgreSQL a second instance inserting the
        // same form token waits for the first to commit, then inserts nothing, and finds theirs.
        const inserted = await tx.get<{ id: number }>(
          `INSERT INTO referrals (reference, form_token, nation, payload, created_at, priority_rank) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING RETURNING id`,
          [referral.reference, referral.formToken, referral.nation, referral.encryptedPayload, referral.now, priorityRank(referral.priority)],
        );
        if (!inserted) {
          const reference = (await tx.get<{ reference: string }>('SELECT reference FROM referrals WHERE form_token = ?', [referral.formToken]))
            ?.reference;
          return reference ? { outcome: 'existing', reference } : { outcome: 'reference-taken' };
        }
        await tx.run(
          `INSERT INTO delivery_jobs (kind, referral_id, state, attempts, next_attempt_at, created_at, updated_at)
           VALUES ('referral', ?, 'pending', 0, ?, ?, ?)`,
          [inserted.id, referral.now, referral.now, referral.now],
        );
        await tallyArrival(tx, { receivedAt: referral.now, rank: priorityRank(referral.priority), nation: referral.nation }, 1);
        return { outcome: 'created', reference: referral.reference };
      });
    },

    async queueDigest(day, now) {
      const sql = `INSERT INTO delivery_jobs (kind, job_key, state, attempts, next_attempt_at, created_at, updated_at)
        VALUES ('digest', ?, 'pending', 0, ?, ?, ?) ON CONFLICT DO NOTHING`;
      return (await db.run(sql, [day, now, now, now])) === 1;
    },

    claimDueJob(now, leaseMs, kinds: readonly JobKind[] = JOB_KINDS) {
      return db.transaction(async (tx): Promise<ClaimedJob | undefined> => {
        const due = await tx.get<{ id: number }>(
          `SELECT id FROM delivery_jobs
           WHERE kind IN (${kinds.map(() => '?').join(', ')})
             AND ((state = 'pending' AND next_attempt_at <= ?) OR (state = 'sending' AND lease_until <= ?))
           ORDER BY next_attempt_at, id LIMIT 1${tx.dialect.forUpdate()}${tx.dialect.skipLocked}`,
          [...kinds, now, now],
        );
        if (!due) return undefined;
        const leaseToken = randomBytes(12).toString('hex');
        await tx.run(
          `UPDATE delivery_jobs SET state = 'sending', attempts = attempts + 1, lease_token = ?, lease_until = ?, updated_at = ?
           WHERE id = ?`,
          [leaseToken, now + leaseMs, now, due.id],
        );
        const row = (await tx.get<{ kind: JobKind; job_key: string; attempts: number } & { reference: string; nation: Nation; payload: Buffer; created_at: number }>(
          `SELECT j.kind, j.job_key, j.attempts, r.reference, r.nation, r.payload, r.created_at
           FROM delivery_jobs j LEFT JOIN referrals r ON r.id = j.referral_id WHERE j.id = ?`,
          [due.id],
        ))!;
        const lease = { jobId: due.id, leaseToken, attempt: row.attempts };
        if (row.kind === 'digest') return { kind: 'digest', day: row.job_key, ...lease };
        return {
          kind: 'referral',
          ...lease,
          reference: row.reference,
          nation: row.nation,
          encryptedPayload: row.payload,
          receivedAt: row.created_at,
        };
      });
    },

    async markSent(job, now) {
      const sql = `UPDATE delivery_jobs SET state = 'sent', sent_at = ?, ${FENCED}, last_error = NULL, updated_at = ? WHERE id = ? AND lease_token = ?`;
      return (await db.run(sql, [now, now, job.jobId, job.leaseToken])) === 1;
    },

    async markRetry(job, nextAttemptAt, errorCode, now, countAttempt = true) {
      const sql = `UPDATE delivery_jobs SET state = 'pending', next_attempt_at = ?, last_error = ?, attempts = attempts - ?, ${FENCED},
        updated_at = ? WHERE id = ? AND lease_token = ?`;
      return (await db.run(sql, [nextAttemptAt, errorCode, countAttempt ? 0 : 1, now, job.jobId, job.leaseToken])) === 1;
    },

    async markDead(job, errorCode, now) {
      const sql = `UPDATE delivery_jobs SET state = 'dead', last_error = ?, ${FENCED}, updated_at = ? WHERE id = ? AND lease_token = ?`;
      return (await db.run(sql, [errorCode, now, job.jobId, job.leaseToken])) === 1;
    },

    async retry(reference, now) {
      const sql = `UPDATE delivery_jobs SET state = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ?
        WHERE referral_id = (SELECT id FROM referrals WHERE reference = ?) AND state IN ('dead', 'pending')`;
      return (await db.run(sql, [now, now, reference])) === 1;
    },

    makeAllDue(now) {
      const sql = `UPDATE delivery_jobs SET next_attempt_at = ?, updated_at = ? WHERE kind = 'referral' AND state = 'pending' AND next_attempt_at > ?`;
      return db.run(sql, [now, now, now]);
    },

    async listJobs(states = JOB_STATES) {
      if (states.length === 0) return [];
      const rows = await db.all<JobRow>(
        `SELECT r.reference, r.nation, j.state, j.attempts, j.next_attempt_at, j.last_error, j.created_at, j.sent_at
         FROM delivery_jobs j JOIN referrals r ON r.id = j.referral_id
         WHERE j.state IN (${states.map(() => '?').join(', ')}) ORDER BY j.created_at, j.id`,
        states,
      );
      return rows.map(jobSummary);
    },

    async listDigests() {
      const rows = await db.all<DigestRow>(
        `SELECT job_key AS day, state, attempts, last_error, sent_at FROM delivery_jobs WHERE kind = 'digest' ORDER BY job_key`,
      );
      return rows.map(digestSummary);
    },

    async findReferral(reference) {
      const row = await db.get<{ reference: string; nation: Nation; payload: Buffer; created_at: number }>(
        'SELECT reference, nation, payload, created_at FROM referrals WHERE reference = ?',
        [reference],
      );
      return row && { reference: row.reference, nation: row.nation, encryptedPayload: row.payload, receivedAt: row.created_at };
    },

    async countByState(kind = 'referral') {
      const result: Record<JobState, number> = { pending: 0, sending: 0, sent: 0, dead: 0 };
      for (const row of await db.all<{ state: JobState; n: number }>('SELECT state, COUNT(*) AS n FROM delivery_jobs WHERE kind = ? GROUP BY state', [kind])) {
        result[row.state] = row.n;
      }
      return result;
    },

    close: () => db.close(),
  };
}
