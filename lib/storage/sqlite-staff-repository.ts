/**
 * The staff repository on SQLite (see `lib/staff/repository.ts`), on the referrals' database.
 * The audit append reads the last hash and writes the next row in one IMMEDIATE transaction, so
 * two processes (the server and the CLI) can never fork the chain.
 */
import 'server-only';
import { auditHash, GENESIS_HASH, type AuditEntry, type AuditFields } from '@/lib/staff/audit-chain';
import type { StaffRepository, StoredSession } from '@/lib/staff/repository';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';
import { auditEntry, normaliseEmail, staffCredentials, staffMember, storedPasskey, type AuditRow, type PasskeyRow, type StaffRow } from '@/lib/storage/rows';

/** Wraps an open, migrated database (see `openDatabase`) as a `StaffRepository`. */
export function createSqliteStaffRepository(db: SqliteDatabase): StaffRepository {
  const byEmail = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE email = ?');
  const byId = db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?');
  const byToken = db.prepare<[string, number], StaffRow>(
    'SELECT * FROM staff WHERE enrolment_token_hash = ? AND enrolment_expires_at > ? AND disabled_at IS NULL',
  );
  const insertStaff = db.prepare(
    `INSERT INTO staff (email, role, enrolment_token_hash, enrolment_expires_at, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const reset = db.prepare(
    `UPDATE staff SET password_hash = NULL, totp_secret = NULL, totp_last_step = NULL, enrolled_at = NULL, disabled_at = NULL,
       enrolment_token_hash = ?, enrolment_expires_at = ? WHERE id = ?`,
  );
  const disable = db.prepare('UPDATE staff SET disabled_at = ?, enrolment_token_hash = NULL WHERE id = ? AND disabled_at IS NULL');
  const deleteSessionsOf = db.prepare('DELETE FROM staff_sessions WHERE staff_id = ?');
  const deleteCodesOf = db.prepare('DELETE FROM staff_recovery_codes WHERE staff_id = ?');
  const deletePasskeysOf = db.prepare('DELETE FROM staff_passkeys WHERE staff_id = ?');
  const setTotp = db.prepare('UPDATE staff SET totp_secret = ?, totp_last_step = NULL WHERE id = ?');
  const setChallenge = db.prepare('UPDATE staff SET webauthn_challenge = ? WHERE id = ?');
  const complete = db.prepare(
    `UPDATE staff SET password_hash = ?, enrolled_at = ?, enrolment_token_hash = NULL, enrolment_expires_at = NULL,
       webauthn_challenge = NULL WHERE id = ?`,
  );
  const insertCode = db.prepare('INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES (?, ?)');
  const acceptStep = db.prepare(
    'UPDATE staff SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
  );
  const useCode = db.prepare(
    `UPDATE staff_recovery_codes SET used_at = ?
     WHERE id = (SELECT id FROM staff_recovery_codes WHERE staff_id = ? AND code_hash = ? AND used_at IS NULL LIMIT 1)`,
  );
  const unusedCodes = db.prepare<[number], { n: number }>(
    'SELECT COUNT(*) AS n FROM staff_recovery_codes WHERE staff_id = ? AND used_at IS NULL',
  );
  const insertPasskey = db.prepare(
    'INSERT INTO staff_passkeys (staff_id, credential_id, public_key, counter, transports, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const passkeysOf = db.prepare<[number], PasskeyRow>('SELECT * FROM staff_passkeys WHERE staff_id = ? ORDER BY id');
  const passkeyById = db.prepare<[string], PasskeyRow>('SELECT * FROM staff_passkeys WHERE credential_id = ?');
  const passkeyCounter = db.prepare('UPDATE staff_passkeys SET counter = ? WHERE credential_id = ?');
  const insertSession = db.prepare(
    'INSERT INTO staff_sessions (id_hash, staff_id, stage, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  const sessionById = db.prepare<[string], { staff_id: number; stage: StoredSession['stage']; challenge: string | null; created_at: number; last_seen_at: number }>(
    'SELECT staff_id, stage, challenge, created_at, last_seen_at FROM staff_sessions WHERE id_hash = ?',
  );
  const touch = db.prepare('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?');
  const challenge = db.prepare('UPDATE staff_sessions SET challenge = ? WHERE id_hash = ?');
  const deleteSession = db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?');
  const lastAudit = db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const insertAudit = db.prepare(
    'INSERT INTO audit_log (id, at, actor, action, reference, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  const recentFor = db.prepare<[string, number], AuditRow>('SELECT * FROM audit_log WHERE reference = ? ORDER BY id DESC LIMIT ?');
  const all = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id');

  const resetTransaction = db.transaction((email: string, tokenHash: string, expiresAt: number) => {
    const row = byEmail.get(normaliseEmail(email));
    if (!row) return undefined;
    reset.run(tokenHash, expiresAt, row.id);
    deleteCodesOf.run(row.id);
    deletePasskeysOf.run(row.id);
    deleteSessionsOf.run(row.id);
    return staffMember(byId.get(row.id)!);
  });

  const disableTransaction = db.transaction((email: string, now: number) => {
    const row = byEmail.get(normaliseEmail(email));
    if (!row) return undefined;
    disable.run(now, row.id);
    deleteSessionsOf.run(row.id);
    return staffMember(byId.get(row.id)!);
  });

  const completeTransaction = db.transaction((staffId: number, passwordHash: string, codeHashes: string[], now: number) => {
    complete.run(passwordHash, now, staffId);
    deleteCodesOf.run(staffId);
    for (const hash of codeHashes) insertCode.run(staffId, hash);
  });

  const appendTransaction = db.transaction((fields: AuditFields): AuditEntry => {
    const last = lastAudit.get();
    const id = (last?.id ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = auditHash(id, prevHash, fields);
    insertAudit.run(id, fields.at, fields.actor, fields.action, fields.reference, fields.detail, prevHash, hash);
    return { ...fields, id, prevHash, hash };
  });

  return {
    async addStaff({ email, role, enrolmentTokenHash, enrolmentExpiresAt, now }) {
      const normalised = normaliseEmail(email);
      if (byEmail.get(normalised)) return { outcome: 'exists' };
      const { lastInsertRowid } = insertStaff.run(normalised, role, enrolmentTokenHash, enrolmentExpiresAt, now);
      return { outcome: 'created', member: staffMember(byId.get(Number(lastInsertRowid))!) };
    },
    async resetEnrolment(email, tokenHash, expiresAt) {
      return resetTransaction.immediate(email, tokenHash, expiresAt);
    },
    async disable(email, now) {
      return disableTransaction.immediate(email, now);
    },
    async list() {
      return db.prepare<[], StaffRow>('SELECT * FROM staff ORDER BY email').all().map(staffMember);
    },
    async findByEmail(email) {
      const row = byEmail.get(normaliseEmail(email));
      return row && staffCredentials(row);
    },
    async findById(id) {
      const row = byId.get(id);
      return row && staffCredentials(row);
    },
    async findByEnrolmentToken(tokenHash, now) {
      const row = byToken.get(tokenHash, now);
      return row && staffCredentials(row);
    },
    async setTotpSecret(staffId, encryptedSecret) {
      setTotp.run(encryptedSecret, staffId);
    },
    async setEnrolmentChallenge(staffId, value) {
      setChallenge.run(value, staffId);
    },
    async completeEnrolment(staffId, { passwordHash, recoveryCodeHashes, now }) {
      completeTransaction.immediate(staffId, passwordHash, recoveryCodeHashes, now);
    },
    async acceptTotpStep(staffId, step) {
      return acceptStep.run(step, staffId, step).changes === 1;
    },
    async useRecoveryCode(staffId, codeHash, now) {
      return useCode.run(now, staffId, codeHash).changes === 1;
    },
    async unusedRecoveryCodes(staffId) {
      return unusedCodes.get(staffId)!.n;
    },
    async addPasskey(staffId, key, now) {
      insertPasskey.run(staffId, key.credentialId, key.publicKey, key.counter, key.transports.join(' '), now);
    },
    async passkeys(staffId) {
      return passkeysOf.all(staffId).map(storedPasskey);
    },
    async findPasskey(credentialId) {
      const row = passkeyById.get(credentialId);
      return row && storedPasskey(row);
    },
    async updatePasskeyCounter(credentialId, counter) {
      passkeyCounter.run(counter, credentialId);
    },
    async createSession({ idHash, staffId, stage, now }) {
      insertSession.run(idHash, staffId, stage, now, now);
    },
    async findSession(idHash) {
      const row = sessionById.get(idHash);
      return (
        row && { staffId: row.staff_id, stage: row.stage, challenge: row.challenge, createdAt: row.created_at, lastSeenAt: row.last_seen_at }
      );
    },
    async touchSession(idHash, now) {
      touch.run(now, idHash);
    },
    async setSessionChallenge(idHash, value) {
      challenge.run(value, idHash);
    },
    async deleteSession(idHash) {
      deleteSession.run(idHash);
    },
    async appendAudit(fields) {
      return appendTransaction.immediate(fields);
    },
    async recentAudit({ reference, limit }) {
      return (reference ? recentFor.all(reference, limit) : recent.all(limit)).map(auditEntry);
    },
    async allAudit() {
      return all.all().map(auditEntry);
    },
  };
}
