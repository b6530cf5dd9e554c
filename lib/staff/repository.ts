/**
 * The storage the staff side needs, as an interface (like `DeliveryRepository`): staff accounts
 * and their second factors, server-side sessions, and the append-only audit log. Both stores
 * implement it in `lib/storage/staff-repository.ts`, on the same database as the referrals. Secrets arrive here already hashed (passwords, session ids, recovery codes,
 * enrolment tokens) or encrypted (TOTP secrets): storage never sees them in clear.
 */
import type { AuditAction, AuditEntry, AuditFields } from '@/lib/staff/audit-chain';

/** The audit log page's filters: exact matches on codes and addresses, never on content. */
export type AuditFilter = { actor?: string; action?: AuditAction; reference?: string };

/** Where a page of the audit log starts: after neither, the newest rows. */
export type AuditCursor = { before?: number; after?: number };

export type AuditCheckpoint = { id: number; hash: string };

export const staffRoles = ['caseworker', 'manager'] as const;
export type StaffRole = (typeof staffRoles)[number];

export type StaffMember = {
  id: number;
  email: string;
  role: StaffRole;
  createdAt: number;
  enrolledAt: number | null;
  disabledAt: number | null;
};

/** A member with what signing in checks. */
export type StaffCredentials = StaffMember & {
  passwordHash: string | null;
  /** Encrypted with the data key (see `lib/staff/totp.ts`). */
  encryptedTotpSecret: Buffer | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totpLastStep: number | null;
  enrolmentExpiresAt: number | null;
  /** The challenge of a passkey being created at enrolment, until it is answered. */
  webauthnChallenge: string | null;
};

export type StoredPasskey = {
  credentialId: string;
  publicKey: Buffer;
  counter: number;
  transports: string[];
};

/** `password`: the first factor passed, waiting for the second. `full`: may use the inbox. */
export type SessionStage = 'password' | 'full';

export type StoredSession = {
  staffId: number;
  stage: SessionStage;
  /** A WebAuthn challenge waiting for its answer, if any. */
  challenge: string | null;
  createdAt: number;
  lastSeenAt: number;
};

export interface StaffRepository {
  /** Adds an account waiting for enrolment; `exists` when the email is already taken. */
  addStaff(member: { email: string; role: StaffRole; enrolmentTokenHash: string; enrolmentExpiresAt: number; now: number }):
    Promise<{ outcome: 'created'; member: StaffMember } | { outcome: 'exists' }>;
  /**
   * Starts enrolment again with a new token, re-enabling a disabled account: clears the password,
   * TOTP secret, recovery codes and passkeys, and ends every session, so a lost phone or a leaked
   * password stops working at once.
   */
  resetEnrolment(email: string, enrolmentTokenHash: string, enrolmentExpiresAt: number): Promise<StaffMember | undefined>;
  /** Disables the account and ends its sessions. */
  disable(email: string, now: number): Promise<StaffMember | undefined>;
  list(): Promise<StaffMember[]>;
  findByEmail(email: string): Promise<StaffCredentials | undefined>;
  findById(id: number): Promise<StaffCredentials | undefined>;
  /** The account whose enrolment link this is, if it is unused and not expired (and not disabled). */
  findByEnrolmentToken(tokenHash: string, now: number): Promise<StaffCredentials | undefined>;
  /** Keeps the TOTP secret shown on the enrolment page until the first code confirms it; null removes it. */
  setTotpSecret(staffId: number, encryptedSecret: Buffer | null): Promise<void>;
  setEnrolmentChallenge(staffId: number, challenge: string | null): Promise<void>;
  /** Finishes enrolment: the password, the recovery codes, and the link is used up. */
  completeEnrolment(staffId: number, enrolment: { passwordHash: string; recoveryCodeHashes: string[]; now: number }): Promise<void>;
  /** Records an accepted TOTP step; false if this or a later step was already used (a replay). */
  acceptTotpStep(staffId: number, step: number): Promise<boolean>;
  /** Marks one unused recovery code used; false if no unused code has this hash. */
  useRecoveryCode(staffId: number, codeHash: string, now: number): Promise<boolean>;
  unusedRecoveryCodes(staffId: number): Promise<number>;
  addPasskey(staffId: number, passkey: StoredPasskey, now: number): Promise<void>;
  passkeys(staffId: number): Promise<StoredPasskey[]>;
  findPasskey(credentialId: string): Promise<(StoredPasskey & { staffId: number }) | undefined>;
  updatePasskeyCounter(credentialId: string, counter: number): Promise<void>;

  createSession(session: { idHash: string; staffId: number; stage: SessionStage; now: number }): Promise<void>;
  findSession(idHash: string): Promise<StoredSession | undefined>;
  touchSession(idHash: string, now: number): Promise<void>;
  setSessionChallenge(idHash: string, challenge: string | null): Promise<void>;
  deleteSession(idHash: string): Promise<void>;

  /** Appends one row to the hash chain, in a transaction with the read of the row before. */
  appendAudit(fields: AuditFields): Promise<AuditEntry>;
  /** The newest rows first, optionally for one case. */
  recentAudit(options: { reference?: string; limit: number }): Promise<AuditEntry[]>;
  /** Every row, oldest first, for verification. */
  allAudit(): Promise<AuditEntry[]>;
  /**
   * One page of the log, newest first, filtered: the newest rows, or those just older than row
   * `before`, or just newer than row `after` (a cursor, so a page deep in the log costs what the
   * first does); `older`, `newer`: whether rows follow on either side.
   */
  auditPage(filter: AuditFilter & AuditCursor & { limit: number }): Promise<{ rows: AuditEntry[]; older: boolean; newer: boolean }>;
  /** Up to `limit` rows after row `afterId`, oldest first: the next slice to verify. */
  auditAfter(afterId: number, limit: number): Promise<AuditEntry[]>;
  /** The last row whose chain was verified, and its hash; undefined before the first check. */
  auditCheckpoint(): Promise<AuditCheckpoint | undefined>;
  /** Moves the checkpoint forward to row `id` (never back: another instance may be further on). */
  saveAuditCheckpoint(checkpoint: AuditCheckpoint, now: number): Promise<void>;
}
