/**
 * The storage a case's whole life needs, as an interface (like `DeliveryRepository`): what the
 * retention rules read about every stored case, legal holds, the purge that leaves a
 * content-free tombstone, and the tombstones the service's figures count. (The managers' daily
 * digest is a job in the delivery queue: see `lib/delivery/repository.ts`.) Both stores
 * implement it in `lib/storage/retention-repository.ts`; the contract every implementation must
 * meet is `testing/retention-repository-contract.ts`.
 *
 * Reasons for a hold arrive encrypted (the caller binds them to the reference with the data
 * key, like notes): storage never sees them in clear.
 */
import type { Nation } from '@/lib/nations';
import type { CaseRecord, OverdueRule } from '@/lib/cases/case-repository';
import type { FigureCounts, FigurePeriod } from '@/lib/retention/figures';
import type { CaseOutcome } from '@/lib/cases/case-state';
import type { Priority } from '@/lib/referral/triage';
import type { RetentionPolicy } from '@/lib/cases/retention-rules';

/** How a case left the store: deleted on its date (or by an operator), or withdrawn by the person. */
export const caseEndings = ['purged', 'withdrawn'] as const;
export type CaseEnding = (typeof caseEndings)[number];

export type StaffRef = { id: number; email: string };

export type LegalHold = {
  reference: string;
  /** Encrypted with the data key, bound to the reference. */
  encryptedReason: Buffer;
  reviewAt: number;
  setBy: StaffRef;
  setAt: number;
  /** A manager asked to lift it; a different manager must approve. */
  liftRequestedBy: StaffRef | null;
  liftRequestedAt: number | null;
};

/**
 * One stored case, with what the retention rules and the figures need: the inbox's own record
 * (its payload still encrypted; empty once withdrawn), and the dates that move its deletion.
 */
export type RetentionCase = Pick<
  CaseRecord,
  'reference' | 'nation' | 'receivedAt' | 'encryptedPayload' | 'status' | 'outcome' | 'firstContactedAt' | 'updatedAt' | 'withdrawnAt'
> & {
  /** When it was last closed; null while open. */
  closedAt: number | null;
  /** The newest note, or message from the person; null if none. Pushes the deletion date out. */
  lastActivityAt: number | null;
  held: boolean;
};

/** A stored case as the retention overview reads it: dates and codes, never the payload. */
export type RetentionDates = Omit<RetentionCase, 'encryptedPayload'>;

/** A closed case to be deleted on `deleteAt`, with what its purge and audit row need. */
export type DueCase = { reference: string; deleteAt: number; outcome: CaseOutcome | null; withdrawn: boolean };

/** What is left of a case once it has ended: dates and codes only. */
export type Tombstone = {
  reference: string;
  nation: Nation;
  /** null: the referral could not be read when it ended (a wrong data key), so its priority is unknown. */
  priority: Priority | null;
  receivedAt: number;
  firstContactedAt: number | null;
  closedAt: number | null;
  outcome: CaseOutcome | null;
  ended: CaseEnding;
  endedAt: number;
};

export type SetHoldOutcome = 'set' | 'held-already' | 'not-found';
export type RequestLiftOutcome = 'requested' | 'not-held' | 'requested-already';
/** `same-manager`: the approver asked for the lift (or set the hold's request) themselves. */
export type ApproveLiftOutcome = 'lifted' | 'not-held' | 'no-request' | 'same-manager';

export interface RetentionRepository {
  /** Every referral still stored (withdrawn ones too, until purged), oldest first. */
  listCases(): Promise<RetentionCase[]>;
  /** The open and the held cases, for the retention overview's other lists: without payloads. */
  openAndHeldCases(): Promise<RetentionDates[]>;
  /**
   * One page of the closed cases, not held, to be deleted by `until` (soonest first), and how
   * many there are: found through an index from each case's retention clock, never by reading
   * every closed case.
   */
  dueForDeletion(policy: RetentionPolicy, until: number, page: { limit: number; offset: number }): Promise<{ cases: DueCase[]; total: number }>;
  /**
   * The figures' counts for the cases that arrived in a period's weeks, from the running tally
   * kept beside every change (lib/storage/figure-tally.ts), and the first contacts overdue now,
   * from the open cases: never every case ever stored.
   */
  figureCounts(overdue: OverdueRule, period: Pick<FigurePeriod, 'from' | 'to'>): Promise<FigureCounts>;
  /** The Monday of the first referral's week, from the same tally; null: none yet. */
  firstFigureWeek(): Promise<number | null>;
  /** One stored case, as `listCases` gives it (for a case's own page); undefined when there is none. */
  findCase(reference: string): Promise<RetentionCase | undefined>;

  /** One hold per case; the reason is encrypted by the caller. */
  setHold(reference: string, hold: { encryptedReason: Buffer; reviewAt: number; staffId: number; now: number }): Promise<SetHoldOutcome>;
  findHold(reference: string): Promise<LegalHold | undefined>;
  listHolds(): Promise<LegalHold[]>;
  requestLift(reference: string, staffId: number, now: number): Promise<RequestLiftOutcome>;
  /** Removes the hold only when someone other than `staffId` requested the lift. */
  approveLift(reference: string, staffId: number): Promise<ApproveLiftOutcome>;

  /**
   * Deletes the referral and everything of it (case row, notes, messages, PIN, delivery job) in
   * one transaction, leaving a tombstone (a withdrawn case keeps the one withdrawal left), and
   * makes sure no copy lingers in the store's own files. The case is read again inside that
   * transaction and purged only if `policy` still says it is due at `now` (closed, past its date,
   * not held): a caseworker who reopened it, a note or a message from the person, or a hold, on
   * any instance since the sweep listed it, keeps it. False: not found, or not due.
   */
  purge(reference: string, priority: Priority | null, policy: RetentionPolicy, now: number): Promise<boolean>;
  /** Every tombstone, oldest arrival first. */
  tombstones(): Promise<Tombstone[]>;
}
