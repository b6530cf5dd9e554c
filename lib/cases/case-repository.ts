/**
 * The storage the inbox needs, as an interface: every stored referral with its case state
 * (status, outcome, assignee, first contact), and its notes. The referral rows are the outbox's
 * own, so a referral is in the queue the moment it is accepted, and leaves it when retention
 * deletes it (its case row and notes go with it). Payloads and notes stay encrypted here.
 */
import type { Nation } from '@/lib/nations';
import type { CaseOutcome, CaseStatus } from '@/lib/cases/case-state';

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

export type StoredNote = { id: number; authorEmail: string; encryptedBody: Buffer; createdAt: number };

export interface CaseRepository {
  listCases(): Promise<CaseRecord[]>;
  findCase(reference: string): Promise<CaseRecord | undefined>;
  /** Sets the status (and the outcome, for closed); the first move away from new records first contact. False: no such referral. */
  setStatus(reference: string, status: CaseStatus, outcome: CaseOutcome | null, now: number): Promise<boolean>;
  /** `assigneeId` null: nobody. False: no such referral. */
  assign(reference: string, assigneeId: number | null, now: number): Promise<boolean>;
  addNote(reference: string, staffId: number, encryptedBody: Buffer, now: number): Promise<boolean>;
  /** Oldest first. */
  notes(reference: string): Promise<StoredNote[]>;
}
