/**
 * The storage the delivery domain needs, as an interface: accept a referral with its delivery
 * job atomically, lease due jobs to a worker, and record outcomes. (Deleting a case, job and all,
 * is retention's: see `lib/retention/repository.ts`.)
 *
 * The domain (accept, outbox, CLI) talks only to this interface. One implementation serves both
 * stores (`lib/storage/delivery-repository.ts`, over the SQL port: SQLite for the single-instance
 * default, PostgreSQL with `FOR UPDATE SKIP LOCKED` for several instances on one database), and
 * `lib/storage/store.ts` chooses the store.
 */

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
};

export type InsertOutcome =
  | { outcome: 'created' | 'existing'; reference: string }
  /** The random reference collided with another referral: draw a new one and try again. */
  | { outcome: 'reference-taken' };

/** A job leased to one worker until `leaseUntil`; outcomes are recorded against `leaseToken`. */
export type ClaimedJob = {
  jobId: number;
  leaseToken: string;
  reference: string;
  nation: Nation;
  encryptedPayload: Buffer;
  /** When the referral was accepted (ms since the epoch). */
  receivedAt: number;
  /** Attempts including this one. */
  attempt: number;
};

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
  /** Leases the oldest due job: pending and due, or sending with an expired lease (a crashed worker). */
  claimDueJob(now: number, leaseMs: number): Promise<ClaimedJob | undefined>;
  /** The outcome methods return false when the lease was lost to another worker meanwhile. */
  markSent(job: ClaimedJob, now: number): Promise<boolean>;
  markRetry(job: ClaimedJob, nextAttemptAt: number, errorCode: string, now: number, countAttempt?: boolean): Promise<boolean>;
  markDead(job: ClaimedJob, errorCode: string, now: number): Promise<boolean>;
  /** Puts a dead (or waiting) job back in the queue, due now, with a fresh attempt count. */
  retry(reference: string, now: number): Promise<boolean>;
  /** Makes every pending job due now (used by `outbox drain`). */
  makeAllDue(now: number): Promise<number>;
  listJobs(states?: JobState[]): Promise<JobSummary[]>;
  /** The referral with this reference, whatever its job's state; undefined once purged. */
  findReferral(reference: string): Promise<StoredReferral | undefined>;
  countByState(): Promise<Record<JobState, number>>;
  /** Closes this process's connection(s) to the store. */
  close(): Promise<void>;
}
