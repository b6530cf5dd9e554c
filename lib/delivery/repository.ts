/**
 * The storage the delivery domain needs, as an interface: accept a referral with its delivery
 * job atomically, queue the other emails the service sends (the managers' daily digest), lease
 * due jobs of every kind to the one worker, and record outcomes. (Deleting a case, job and all,
 * is retention's: see `lib/retention/repository.ts`.)
 *
 * The domain (accept, outbox, CLI) talks only to this interface. One implementation serves both
 * stores (`lib/storage/delivery-repository.ts`, over the SQL port: SQLite for the single-instance
 * default, PostgreSQL with `FOR UPDATE SKIP LOCKED` for several instances on one database), and
 * `lib/storage/store.ts` chooses the store.
 */

import type { Priority } from '@/lib/referral/triage';
import { nations, type Nation } from '@/lib/nations';

export const NATIONS = nations;
export type { Nation };

/** pending: waiting for its next attempt; sending: leased to a worker; sent; dead: needs a person. */
export type JobState = 'pending' | 'sending' | 'sent' | 'dead';

export type NewReferral = {
  reference: string;
  formToken: string;
  nation: Nation;
  /** Already encrypted: storage never sees the payload in clear. */
  encryptedPayload: Buffer;
  now: number;
  /**
   * The triage its email carries, stored so the queue can sort without decrypting: null when the
   * payload cannot be read as answers; left out, not yet known (the server fills it at start).
   */
  priority?: Priority | null;
};

export type InsertOutcome =
  | { outcome: 'created' | 'existing'; reference: string }
  /** The random reference collided with another referral: draw a new one and try again. */
  | { outcome: 'reference-taken' };

/** What a job sends: a referral to its support service, or the managers' daily digest. */
export const JOB_KINDS = ['referral', 'digest'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** A job leased to one worker until its lease ends; outcomes are recorded against `leaseToken`. */
type JobLease = {
  jobId: number;
  leaseToken: string;
  /** Attempts including this one. */
  attempt: number;
};

/** A referral's job, with the referral to compose from. */
export type ClaimedReferral = JobLease & {
  kind: 'referral';
  reference: string;
  nation: Nation;
  encryptedPayload: Buffer;
  /** When the referral was accepted (ms since the epoch). */
  receivedAt: number;
};

/** A day's digest (YYYY-MM-DD, UTC), composed at send time from counts. */
export type ClaimedDigest = JobLease & { kind: 'digest'; day: string };

export type ClaimedJob = ClaimedReferral | ClaimedDigest;

export type DigestSummary = { day: string; state: JobState; attempts: number; lastError: string | null; sentAt: number | null };

/** One stored referral, still encrypted, as the CLI's `show` reads it. */
export type StoredReferral = {
  reference: string;
  nation: Nation;
  encryptedPayload: Buffer;
  receivedAt: number;
};

export type JobSummary = {
  reference: string;
  nation: Nation;
  state: JobState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
};

export interface DeliveryRepository {
  /** The reference of the referral sent with this form token, if there is one. */
  findReferenceByFormToken(formToken: string): Promise<string | undefined>;
  /** Writes the referral and its pending job in one transaction (or finds the form token's). */
  insertReferral(referral: NewReferral): Promise<InsertOutcome>;
  /** Queues the digest for `day` (YYYY-MM-DD, UTC), once: false when that day's is queued already. */
  queueDigest(day: string, now: number): Promise<boolean>;
  /**
   * Leases the oldest due job of `kinds` (every kind by default): pending and due, or sending
   * with an expired lease (a crashed worker).
   */
  claimDueJob(now: number, leaseMs: number, kinds?: readonly JobKind[]): Promise<ClaimedJob | undefined>;
  /** The outcome methods return false when the lease was lost to another worker meanwhile. */
  markSent(job: ClaimedJob, now: number): Promise<boolean>;
  markRetry(job: ClaimedJob, nextAttemptAt: number, errorCode: string, now: number, countAttempt?: boolean): Promise<boolean>;
  markDead(job: ClaimedJob, errorCode: string, now: number): Promise<boolean>;
  /** Puts a dead (or waiting) job back in the queue, due now, with a fresh attempt count. */
  retry(reference: string, now: number): Promise<boolean>;
  /** Makes every pending referral job due now (used by `outbox drain`). */
  makeAllDue(now: number): Promise<number>;
  /** The referrals' jobs in `states` (all by default), oldest first. */
  listJobs(states?: JobState[]): Promise<JobSummary[]>;
  /** Every day's digest job, oldest day first. */
  listDigests(): Promise<DigestSummary[]>;
  /** The referral with this reference, whatever its job's state; undefined once purged. */
  findReferral(reference: string): Promise<StoredReferral | undefined>;
  /** How many jobs of `kind` (referrals by default) are in each state. */
  countByState(kind?: JobKind): Promise<Record<JobState, number>>;
  /** Closes this process's connection(s) to the store. */
  close(): Promise<void>;
}
