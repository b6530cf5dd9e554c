/**
 * The rows both stores read, and how each becomes what a repository returns: one definition for
 * SQLite and PostgreSQL, whose tables have the same columns (the same numbered migrations), so
 * the two implementations cannot drift in what they give back. Only the SQL differs between them.
 */
import type { MessageAuthor, StoredMessage } from '@/lib/check-back/repository';
import type { DigestSummary, JobState, JobSummary, Nation } from '@/lib/delivery/repository';
import type { CaseRecord, QueuedCase } from '@/lib/cases/case-repository';
import { caseOutcomes, contactDeadlineDays, DAY_MS } from '@/lib/cases/case-state';
import { retentionDaysFor, type RetentionPolicy } from '@/lib/cases/retention-rules';
import type { Priority } from '@/lib/referral/triage';
import type { CaseOutcome } from '@/lib/cases/case-state';
import type { CaseEnding, LegalHold, RetentionCase, RetentionDates, Tombstone } from '@/lib/retention/repository';
import type { AuditEntry } from '@/lib/staff/audit-chain';
import type { StaffCredentials, StaffMember, StoredPasskey } from '@/lib/staff/repository';

// ---- Delivery ------------------------------------------------------------------------------

export type JobRow = {
  reference: string;
  nation: Nation;
  state: JobState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
};

export const JOB_STATES: JobState[] = ['pending', 'sending', 'sent', 'dead'];

export const jobSummary = (row: JobRow): JobSummary => ({
  reference: row.reference,
  nation: row.nation,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

/** A digest's job: its day is the job's key. */
export type DigestRow = { day: string; state: JobState; attempts: number; last_error: string | null; sent_at: number | null };

export const digestSummary = (row: DigestRow): DigestSummary => ({
  day: row.day,
  state: row.state,
  attempts: row.attempts,
  lastError: row.last_error,
  sentAt: row.sent_at,
});

// ---- Staff, passkeys and the audit log -------------------------------------------------------

export type StaffRow = {
  id: number;
  email: string;
  role: StaffMember['role'];
  password_hash: string | null;
  totp_secret: Buffer | null;
  totp_last_step: number | null;
  webauthn_challenge: string | null;
  enrolment_expires_at: number | null;
  enrolled_at: number | null;
  disabled_at: number | null;
  created_at: number;
};

export type AuditRow = {
  id: number;
  at: number;
  actor: string;
  action: AuditEntry['action'];
  reference: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
};

export type PasskeyRow = { staff_id: number; credential_id: string; public_key: Buffer; counter: number; transports: string };

export const staffMember = (row: StaffRow): StaffMember => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.created_at,
  enrolledAt: row.enrolled_at,
  disabledAt: row.disabled_at,
});

export const staffCredentials = (row: StaffRow): StaffCredentials => ({
  ...staffMember(row),
  passwordHash: row.password_hash,
  encryptedTotpSecret: row.totp_secret,
  totpLastStep: row.totp_last_step,
  enrolmentExpiresAt: row.enrolment_expires_at,
  webauthnChallenge: row.webauthn_challenge,
});

export const auditEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  action: row.action,
  reference: row.reference,
  detail: row.detail,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export const storedPasskey = (row: PasskeyRow): StoredPasskey & { staffId: number } => ({
  staffId: row.staff_id,
  credentialId: row.credential_id,
  publicKey: row.public_key,
  counter: row.counter,
  transports: row.transports ? row.transports.split(' ') : [],
});

/** Emails are compared as typed but without case: one person, one account. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// ---- Cases and check-back messages ---------------------------------------------------------

export type CaseRow = {
  reference: string;
  nation: CaseRecord['nation'];
  created_at: number;
  payload: Buffer;
  status: CaseRecord['status'] | null;
  outcome: CaseRecord['outcome'];
  assignee_id: number | null;
  assignee_email: string | null;
  first_contacted_at: number | null;
  updated_at: number | null;
  withdrawn_at: number | null;
};

/** Every referral with its case row, if it has one yet, and its assignee's email. */
export const SELECT_CASES = `
  SELECT r.reference, r.nation, r.created_at, r.payload, c.status, c.outcome, c.assignee_id,
    s.email AS assignee_email, c.first_contacted_at, c.updated_at, r.withdrawn_at
  FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id LEFT JOIN staff s ON s.id = c.assignee_id`;

type CaseBasicsRow = Omit<CaseRow, 'assignee_id' | 'assignee_email'>;

/** What every view of a case starts from. A referral with no case row yet is a new case. */
const caseBasics = (row: CaseBasicsRow): Omit<CaseRecord, 'assignee'> => ({
  reference: row.reference,
  nation: row.nation,
  receivedAt: row.created_at,
  encryptedPayload: row.payload,
  status: row.status ?? 'new',
  outcome: row.outcome,
  firstContactedAt: row.first_contacted_at,
  updatedAt: row.updated_at,
  withdrawnAt: row.withdrawn_at,
});

/** The inbox's case: its basics, and who it is assigned to (nobody, without a case row). */
export const caseRecord = (row: CaseRow): CaseRecord => ({
  ...caseBasics(row),
  assignee: row.assignee_id !== null && row.assignee_email !== null ? { id: row.assignee_id, email: row.assignee_email } : null,
});

/** A priority as the queue's sort key (migration 8): 0 unreadable, first for a person to look. */
const PRIORITY_RANKS: Record<Priority, number> = { urgent: 1, high: 2, standard: 3 };
const RANKED: (Priority | null)[] = [null, 'urgent', 'high', 'standard'];

/** The stored rank of a priority; undefined (not yet known) stays NULL. */
export const priorityRank = (priority: Priority | null | undefined): number | null =>
  priority === undefined ? null : priority === null ? 0 : PRIORITY_RANKS[priority];

/**
 * The first-contact deadline of a referral that arrived at `receivedAt` (a column or expression),
 * in SQL: `contactDeadline`'s days by the weekday of arrival (day 0 of the epoch was a Thursday),
 * so counting overdue and late contacts never reads rows out to count them.
 */
export function contactDeadlineSql(receivedAt: string, workingDays: number): string {
  const cases = contactDeadlineDays(workingDays).map((days, weekday) => `WHEN ${weekday} THEN ${days * DAY_MS}`);
  return `(${receivedAt} + CASE (${receivedAt} / ${DAY_MS} + 4) % 7 ${cases.join(' ')} END)`;
}

/**
 * A stored case overdue for first contact (see `isOverdue`), over `referrals r LEFT JOIN cases c`:
 * new (no case row is new too), nobody has contacted the person, and the deadline has passed. Its
 * one parameter is now.
 */
export const overdueSql = (workingDays: number) =>
  `COALESCE(c.status, 'new') = 'new' AND c.first_contacted_at IS NULL AND ? > ${contactDeadlineSql('r.created_at', workingDays)}`;

/** What a queue page reads: no payload, the stored priority instead. */
export const SELECT_QUEUE = `
  SELECT r.reference, r.nation, r.created_at, r.priority_rank, c.status, c.outcome, c.assignee_id,
    s.email AS assignee_email, c.first_contacted_at
  FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id LEFT JOIN staff s ON s.id = c.assignee_id`;

export type QueueRow = Pick<CaseRow, 'reference' | 'nation' | 'created_at' | 'status' | 'outcome' | 'assignee_id' | 'assignee_email' | 'first_contacted_at'> & {
  priority_rank: number | null;
};

export const queuedCase = (row: QueueRow): QueuedCase => ({
  reference: row.reference,
  nation: row.nation,
  receivedAt: row.created_at,
  status: row.status ?? 'new',
  outcome: row.outcome,
  assignee: row.assignee_id !== null && row.assignee_email !== null ? { id: row.assignee_id, email: row.assignee_email } : null,
  firstContactedAt: row.first_contacted_at,
  priority: rankedPriority(row.priority_rank),
});

/** A stored rank read back; 0 (unreadable) and NULL (not yet known) are both no priority. */
export const rankedPriority = (rank: number | null): Priority | null => RANKED[rank ?? 0] ?? null;

export type MessageRow = {
  id: number;
  author: MessageAuthor;
  email: string | null;
  body: Buffer;
  created_at: number;
  read_at: number | null;
};

export const storedMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  author: row.author,
  staffEmail: row.email,
  encryptedBody: row.body,
  createdAt: row.created_at,
  readAt: row.read_at,
});

// ---- Retention: cases as the rules read them, holds, tombstones ----------------------

/**
 * Every referral with what the retention rules read. Activity that pushes a closed case's
 * deletion date out: a note, or a message from the person (the support worker's own messages are
 * replies, not new information). Written in SQL both engines read alike.
 */
export const SELECT_RETENTION_CASES = selectRetentionCases('r.payload');

/** The same, with `payload` as given: the column, or an empty stand-in where it is not read. */
function selectRetentionCases(payload: string): string {
  return `
  SELECT r.id, r.reference, r.nation, r.created_at, ${payload} AS payload, c.status, c.outcome, c.first_contacted_at,
    c.closed_at, c.updated_at, r.withdrawn_at,
    (SELECT MAX(activity.at) FROM (
       SELECT n.created_at AS at FROM case_notes n WHERE n.referral_id = r.id
       UNION ALL
       SELECT m.created_at AS at FROM case_messages m WHERE m.referral_id = r.id AND m.author = 'person'
     ) AS activity) AS last_activity_at,
    EXISTS (SELECT 1 FROM legal_holds h WHERE h.referral_id = r.id) AS held
  FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id`;
}

/**
 * The overview's open and held cases (see `RetentionRepository.openAndHeldCases`), each found
 * through an index, with no payload; the rules then run on these few in JavaScript.
 */
export const SELECT_OPEN_AND_HELD_CASES = `${selectRetentionCases('NULL')}
  WHERE r.id IN (SELECT id FROM referrals WHERE case_closed = 0 UNION SELECT referral_id FROM legal_holds)`;

/**
 * Sets a case's retention clock as it closes: now, or its newest note or message from the
 * person if later (see `scheduleFor`). Parameters: now, then the referral's id three times.
 */
export const SET_RETAIN_FROM = `UPDATE cases SET retain_from = (SELECT MAX(activity.at) FROM (
    SELECT CAST(? AS BIGINT) AS at
    UNION ALL SELECT n.created_at FROM case_notes n WHERE n.referral_id = ?
    UNION ALL SELECT m.created_at FROM case_messages m WHERE m.referral_id = ? AND m.author = 'person'
  ) AS activity) WHERE referral_id = ?`;

/** New activity on a closed case moves its retention clock on. Parameters: the activity's time twice, then the reference. */
export const MOVE_RETAIN_FROM = `UPDATE cases SET retain_from = ?
  WHERE status = 'closed' AND retain_from < ? AND referral_id = (SELECT id FROM referrals WHERE reference = ?)`;

/**
 * The closed cases, not held, whose deletion date falls by `until`, as one query per retention
 * period: an outcome's cases are one range of the `cases_retain_from` index, in the order of
 * their deletion dates (their clock plus the outcome's days), so a page reads only its rows.
 * The last group is a closed case with no outcome recorded, kept the longest. (The inbox
 * records only the outcomes in `caseOutcomes`, so there is no other.)
 */
export function dueForDeletionGroups(policy: RetentionPolicy, until: number): { where: string; params: (string | number)[]; keptMs: number }[] {
  const group = (outcome: CaseOutcome | null) => {
    const keptMs = retentionDaysFor(outcome, policy) * DAY_MS;
    return {
      where: `WHERE c.status = 'closed' AND ${outcome === null ? 'c.outcome IS NULL' : 'c.outcome = ?'} AND c.retain_from <= ?
        AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.referral_id = c.referral_id)`,
      params: [...(outcome === null ? [] : [outcome]), until - keptMs],
      keptMs,
    };
  };
  return [...caseOutcomes.map(group), group(null)];
}

export type RetentionCaseRow = CaseBasicsRow & {
  /** The referral's row id, for the purge that follows a read. */
  id: number;
  closed_at: number | null;
  last_activity_at: number | null;
  /** SQLite's EXISTS is 0 or 1; PostgreSQL's a boolean. */
  held: number | boolean;
};

/** The overview's row: the retention case's dates, without the payload it did not read. */
export const retentionDates = (row: RetentionCaseRow): RetentionDates => {
  const { encryptedPayload, ...dates } = retentionCase(row);
  void encryptedPayload;
  return dates;
};

export const retentionCase = (row: RetentionCaseRow): RetentionCase => ({
  ...caseBasics(row),
  closedAt: row.closed_at,
  lastActivityAt: row.last_activity_at,
  held: row.held === 1 || row.held === true,
});

export type HoldRow = {
  reference: string;
  reason: Buffer;
  review_at: number;
  set_by: number;
  set_by_email: string;
  set_at: number;
  lift_requested_by: number | null;
  lift_requested_by_email: string | null;
  lift_requested_at: number | null;
};

/** Every hold with the reference it holds and the emails of who set it and who asked to lift it. */
export const SELECT_HOLDS = `
  SELECT r.reference, h.reason, h.review_at, h.set_by, s.email AS set_by_email, h.set_at,
    h.lift_requested_by, q.email AS lift_requested_by_email, h.lift_requested_at
  FROM legal_holds h JOIN referrals r ON r.id = h.referral_id JOIN staff s ON s.id = h.set_by
  LEFT JOIN staff q ON q.id = h.lift_requested_by`;

export const legalHold = (row: HoldRow): LegalHold => ({
  reference: row.reference,
  encryptedReason: row.reason,
  reviewAt: row.review_at,
  setBy: { id: row.set_by, email: row.set_by_email },
  setAt: row.set_at,
  liftRequestedBy:
    row.lift_requested_by !== null && row.lift_requested_by_email !== null
      ? { id: row.lift_requested_by, email: row.lift_requested_by_email }
      : null,
  liftRequestedAt: row.lift_requested_at,
});

/**
 * The tables holding what was said about a case, each keyed by `referral_id`: a withdrawal
 * deletes them at once; a purge deletes them, then the case and referral rows. Deleted by name,
 * not left to cascade, so nothing depends on SQLite's foreign-key setting of whoever opened the file.
 */
export const CASE_CONTENT_TABLES = ['case_notes', 'case_messages', 'check_back_pins', 'legal_holds'] as const;

/**
 * Writes the tombstone of the referral `id` from its referral and case rows, once (a withdrawn
 * case keeps its withdrawal's when later purged). A withdrawal closes the case as it ends, so its
 * close date and outcome are the withdrawal's; a purge keeps the case's own.
 */
export function insertTombstone(
  ended: CaseEnding,
  { priority, endedAt, id }: { priority: Tombstone['priority']; endedAt: number; id: number },
): [string, (string | number | null)[]] {
  const withdrawn = ended === 'withdrawn';
  const sql = `
    INSERT INTO case_tombstones
      (reference, nation, priority, received_at, first_contacted_at, closed_at, outcome, ended, ended_at)
    SELECT r.reference, r.nation, ?, r.created_at, c.first_contacted_at, ${withdrawn ? "?, 'withdrawn'" : 'c.closed_at, c.outcome'}, '${ended}', ?
    FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id WHERE r.id = ?
    ON CONFLICT DO NOTHING`;
  return [sql, withdrawn ? [priority, endedAt, endedAt, id] : [priority, endedAt, id]];
}

export type TombstoneRow = {
  reference: string;
  nation: Tombstone['nation'];
  priority: Tombstone['priority'];
  received_at: number;
  first_contacted_at: number | null;
  closed_at: number | null;
  outcome: Tombstone['outcome'];
  ended: Tombstone['ended'];
  ended_at: number;
};

export const tombstone = (row: TombstoneRow): Tombstone => ({
  reference: row.reference,
  nation: row.nation,
  priority: row.priority,
  receivedAt: row.received_at,
  firstContactedAt: row.first_contacted_at,
  closedAt: row.closed_at,
  outcome: row.outcome,
  ended: row.ended,
  endedAt: row.ended_at,
});
