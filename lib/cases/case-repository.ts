/**
 * The storage the inbox needs, as an interface: every stored referral with its case state
 * (status, outcome, assignee, first contact), and its notes. The referral rows are the outbox's
 * own, so a referral is in the queue the moment it is accepted, and leaves it when retention
 * deletes it (its case row and notes go with it). Payloads and notes stay encrypted here.
 */
import type { Nation } from '@/lib/nations';
import type { CaseOutcome, CaseStatus } from '@/lib/cases/case-state';
import type { Priority } from '@/lib/referral/triage';

export type CaseRecord = {
  reference: string;
  nation: Nation;
  receivedAt: number;
  encryptedPayload: Buffer;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  assignee: { id: number; email: string } | null;
  firstContactedAt: number | null;
  updatedAt: number | null;
  /** When the person withdrew it: the payload is then empty, and the case a content-free tombstone. */
  withdrawnAt: number | null;
};

/**
 * A row of the queue: what the queue shows of a case, with the priority stored at acceptance
 * (null: its payload cannot be read). Never the payload.
 */
export type QueuedCase = Pick<CaseRecord, 'reference' | 'nation' | 'receivedAt' | 'status' | 'outcome' | 'assignee' | 'firstContactedAt'> & {
  priority: Priority | null;
};

/** Which cases a queue page shows: `open` is anything not closed; `assigneeId` null is nobody. */
export type QueueQuery = {
  status: CaseStatus | 'open' | 'all';
  assigneeId: number | null | 'anyone';
  limit: number;
  offset: number;
};

/** The queue's counts, from SQL aggregates. */
export type QueueTotals = {
  byStatus: Record<CaseStatus, number>;
  urgentOpen: number;
  /** New cases nobody has contacted, past their first-contact deadline. */
  overdue: number;
};

/** What makes a case overdue at a moment: see `isOverdue`. */
export type OverdueRule = { now: number; contactTargetWorkingDays: number };

export type StoredNote = { id: number; authorEmail: string; encryptedBody: Buffer; createdAt: number };

export interface CaseRepository {
  listCases(): Promise<CaseRecord[]>;
  /** One page of the queue, unreadable first, then urgent, high, standard, oldest first within each; and how many match. */
  queuePage(query: QueueQuery): Promise<{ rows: QueuedCase[]; total: number }>;
  queueTotals(overdue: OverdueRule): Promise<QueueTotals>;
  /** Up to `limit` referrals whose priority is not yet known (stored before it was), to triage once. */
  unprioritised(limit: number): Promise<Pick<CaseRecord, 'reference' | 'encryptedPayload'>[]>;
  /** Records a priority not yet known; null: the payload cannot be read. */
  setPriority(reference: string, priority: Priority | null): Promise<void>;
  findCase(reference: string): Promise<CaseRecord | undefined>;
  /** Sets the status (and the outcome, for closed); the first move away from new records first contact. False: no such referral. */
  setStatus(reference: string, status: CaseStatus, outcome: CaseOutcome | null, now: number): Promise<boolean>;
  /** `assigneeId` null: nobody. False: no such referral. */
  assign(reference: string, assigneeId: number | null, now: number): Promise<boolean>;
  addNote(reference: string, staffId: number, encryptedBody: Buffer, now: number): Promise<boolean>;
  /** Oldest first. */
  notes(reference: string): Promise<StoredNote[]>;
}
