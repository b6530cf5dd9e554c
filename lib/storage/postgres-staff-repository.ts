/**
 * The staff repository on PostgreSQL (see `lib/staff/repository.ts`). Sessions are rows, so a
 * caseworker signed in through one instance is signed in on all of them.
 *
 * The audit log's hash chain must stay one chain with several instances writing: an append takes
 * a transaction-scoped advisory lock before it reads the last row, so appends from every
 * instance (and the operator's command) queue one behind the other, and each links to the row
 * committed before it. The table's triggers refuse UPDATE, DELETE and TRUNCATE.
 */
import 'server-only';
import { auditHash, GENESIS_HASH } from '@/lib/staff/audit-chain';
import type { StaffRepository } from '@/lib/staff/repository';
import type { PostgresDatabase, Queryable } from '@/lib/storage/postgres-database';
import { auditEntry, normaliseEmail, staffCredentials, staffMember, storedPasskey, type AuditRow, type PasskeyRow, type StaffRow } from '@/lib/storage/rows';

/** The advisory lock key that serialises audit appends across instances ("audit" in ASCII). */
const AUDIT_CHAIN_LOCK = 0x6175646974n.toString();

/** Wraps an open PostgreSQL store as a `StaffRepository`. */
export function createPostgresStaffRepository(db: PostgresDatabase): StaffRepository {
  const one = async (client: Queryable, sql: string, values: unknown[]) => (await client.query<StaffRow>(sql, values)).rows[0];
  const changed = async (sql: string, values: unknown[]) => (await db.query(sql, values)).rowCount === 1;

  return {
    async addStaff({ email, role, enrolmentTokenHash, enrolmentExpiresAt, now }) {
      const row = await one(
        db,
        `INSERT INTO staff (email, role, enrolment_token_hash, enrolment_expires_at, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING RETURNING *`,
        [normaliseEmail(email), role, enrolmentTokenHash, enrolmentExpiresAt, now],
      );
      return row ? { outcome: 'created', member: staffMember(row) } : { outcome: 'exists' };
    },
    async resetEnrolment(email, tokenHash, expiresAt) {
      return db.transaction(async (client) => {
        const row = await one(
          client,
          `UPDATE staff SET password_hash = NULL, totp_secret = NULL, totp_last_step = NULL, enrolled_at = NULL,
             disabled_at = NULL, enrolment_token_hash = $1, enrolment_expires_at = $2 WHERE email = $3 RETURNING *`,
          [tokenHash, expiresAt, normaliseEmail(email)],
        );
        if (!row) return undefined;
        await client.query('DELETE FROM staff_recovery_codes WHERE staff_id = $1', [row.id]);
        await client.query('DELETE FROM staff_passkeys WHERE staff_id = $1', [row.id]);
        await client.query('DELETE FROM staff_sessions WHERE staff_id = $1', [row.id]);
        return staffMember(row);
      });
    },
    async disable(email, now) {
      return db.transaction(async (client) => {
        const found = await one(client, 'SELECT * FROM staff WHERE email = $1 FOR UPDATE', [normaliseEmail(email)]);
        if (!found) return undefined;
        const row =
          (await one(
            client,
            'UPDATE staff SET disabled_at = $1, enrolment_token_hash = NULL WHERE id = $2 AND disabled_at IS NULL RETURNING *',
            [now, found.id],
          )) ?? found;
        await client.query('DELETE FROM staff_sessions WHERE staff_id = $1', [row.id]);
        return staffMember(row);
      });
    },
    async list() {
      return (await db.query<StaffRow>('SELECT * FROM staff ORDER BY email')).rows.map(staffMember);
    },
    async findByEmail(email) {
      const row = await one(db, 'SELECT * FROM staff WHERE email = $1', [normaliseEmail(email)]);
      return row && staffCredentials(row);
    },
    async findById(id) {
      const row = await one(db, 'SELECT * FROM staff WHERE id = $1', [id]);
      return row && staffCredentials(row);
    },
    async findByEnrolmentToken(tokenHash, now) {
      const row = await one(
        db,
        'SELECT * FROM staff WHERE enrolment_token_hash = $1 AND enrolment_expires_at > $2 AND disabled_at IS NULL',
        [tokenHash, now],
      );
      return row && staffCredentials(row);
    },
    async setTotpSecret(staffId, encryptedSecret) {
      await db.query('UPDATE staff SET totp_secret = $1, totp_last_step = NULL WHERE id = $2', [encryptedSecret, staffId]);
    },
    async setEnrolmentChallenge(staffId, value) {
      await db.query('UPDATE staff SET webauthn_challenge = $1 WHERE id = $2', [value, staffId]);
    },
    async completeEnrolment(staffId, { passwordHash, recoveryCodeHashes, now }) {
      await db.transaction(async (client) => {
        await client.query(
          `UPDATE staff SET password_hash = $1, enrolled_at = $2, enrolment_token_hash = NULL, enrolment_expires_at = NULL,
             webauthn_challenge = NULL WHERE id = $3`,
          [passwordHash, now, staffId],
        );
        await client.query('DELETE FROM staff_recovery_codes WHERE staff_id = $1', [staffId]);
        if (recoveryCodeHashes.length > 0) {
          await client.query('INSERT INTO staff_recovery_codes (staff_id, code_hash) SELECT $1, unnest($2::text[])', [
            staffId,
            recoveryCodeHashes,
          ]);
        }
      });
    },
    async acceptTotpStep(staffId, step) {
      // The condition is in the UPDATE itself: two instances accepting the same code at once
      // are serialised on the row, and the second sees the first's step and changes nothing.
      return changed('UPDATE staff SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)', [
        step,
        staffId,
      ]);
    },
    async useRecoveryCode(staffId, codeHash, now) {
      // `used_at IS NULL` is repeated outside the subquery so that a second, concurrent use of
      // the same code re-checks it after waiting for the first, and finds it used.
      return changed(
        `UPDATE staff_recovery_codes SET used_at = $1
         WHERE used_at IS NULL AND id = (
           SELECT id FROM staff_recovery_codes WHERE staff_id = $2 AND code_hash = $3 AND used_at IS NULL ORDER BY id LIMIT 1)`,
        [now, staffId, codeHash],
      );
    },
    async unusedRecoveryCodes(staffId) {
      const { rows } = await db.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM staff_recovery_codes WHERE staff_id = $1 AND used_at IS NULL',
        [staffId],
      );
      return rows[0]?.n ?? 0;
    },
    async addPasskey(staffId, key, now) {
      await db.query(
        'INSERT INTO staff_passkeys (staff_id, credential_id, public_key, counter, transports, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [staffId, key.credentialId, key.publicKey, key.counter, key.transports.join(' '), now],
      );
    },
    async passkeys(staffId) {
      return (await db.query<PasskeyRow>('SELECT * FROM staff_passkeys WHERE staff_id = $1 ORDER BY id', [staffId])).rows.map(storedPasskey);
    },
    async findPasskey(credentialId) {
      const row = (await db.query<PasskeyRow>('SELECT * FROM staff_passkeys WHERE credential_id = $1', [credentialId])).rows[0];
      return row && storedPasskey(row);
    },
    async updatePasskeyCounter(credentialId, counter) {
      await db.query('UPDATE staff_passkeys SET counter = $1 WHERE credential_id = $2', [counter, credentialId]);
    },
    async createSession({ idHash, staffId, stage, now }) {
      await db.query(
        'INSERT INTO staff_sessions (id_hash, staff_id, stage, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)',
        [idHash, staffId, stage, now],
      );
    },
    async findSession(idHash) {
      const { rows } = await db.query<{
        staff_id: number;
        stage: 'password' | 'full';
        challenge: string | null;
        created_at: number;
        last_seen_at: number;
      }>('SELECT staff_id, stage, challenge, created_at, last_seen_at FROM staff_sessions WHERE id_hash = $1', [idHash]);
      const row = rows[0];
      return row && { staffId: row.staff_id, stage: row.stage, challenge: row.challenge, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
    },
    async touchSession(idHash, now) {
      await db.query('UPDATE staff_sessions SET last_seen_at = $1 WHERE id_hash = $2', [now, idHash]);
    },
    async setSessionChallenge(idHash, value) {
      await db.query('UPDATE staff_sessions SET challenge = $1 WHERE id_hash = $2', [value, idHash]);
    },
    async deleteSession(idHash) {
      await db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
    },
    async appendAudit(fields) {
      return db.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
        const last = (await client.query<{ id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')).rows[0];
        const id = (last?.id ?? 0) + 1;
        const prevHash = last?.hash ?? GENESIS_HASH;
        const hash = auditHash(id, prevHash, fields);
        await client.query(
          'INSERT INTO audit_log (id, at, actor, action, reference, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [id, fields.at, fields.actor, fields.action, fields.reference, fields.detail, prevHash, hash],
        );
        return { ...fields, id, prevHash, hash };
      });
    },
    async recentAudit({ reference, limit }) {
      const { rows } = reference
        ? await db.query<AuditRow>('SELECT * FROM audit_log WHERE reference = $1 ORDER BY id DESC LIMIT $2', [reference, limit])
        : await db.query<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit]);
      return rows.map(auditEntry);
    },
    async allAudit() {
      return (await db.query<AuditRow>('SELECT * FROM audit_log ORDER BY id')).rows.map(auditEntry);
    },
  };
}
