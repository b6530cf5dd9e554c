/**
 * The staff repository (see `lib/staff/repository.ts`), written once over the SQL port for both
 * stores. Sessions are rows, so a caseworker signed in through one instance is signed in on all.
 *
 * The audit log's hash chain must stay one chain with several writers (instances, the server and
 * the operator's command): an append enters the port's `audit-chain` section before it reads the
 * last row, so appends queue one behind the other and each links to the row committed before it.
 * The table's triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL).
 */
import 'server-only';
import { auditHash, GENESIS_HASH } from '@/lib/staff/audit-chain';
import type { StaffRepository, StoredSession } from '@/lib/staff/repository';
import type { SqlPort } from '@/lib/storage/sql-port';
import { auditEntry, normaliseEmail, staffCredentials, staffMember, storedPasskey, type AuditRow, type PasskeyRow, type StaffRow } from '@/lib/storage/rows';

/** The staff repository over an open, migrated store's port. */
export function createStaffRepository(db: SqlPort): StaffRepository {
  const staffWhere = async (where: string, values: (string | number)[]) => {
    const row = await db.get<StaffRow>(`SELECT * FROM staff WHERE ${where}`, values);
    return row && staffCredentials(row);
  };
  const changed = async (sql: string, values: (string | number | Buffer | null)[]) => (await db.run(sql, values)) === 1;
  const done = async (sql: string, values: (string | number | Buffer | null)[]) => {
    await db.run(sql, values);
  };

  return {
    async addStaff({ email, role, enrolmentTokenHash, enrolmentExpiresAt, now }) {
      const row = await db.get<StaffRow>(
        `INSERT INTO staff (email, role, enrolment_token_hash, enrolment_expires_at, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (email) DO NOTHING RETURNING *`,
        [normaliseEmail(email), role, enrolmentTokenHash, enrolmentExpiresAt, now],
      );
      return row ? { outcome: 'created', member: staffMember(row) } : { outcome: 'exists' };
    },
    resetEnrolment(email, tokenHash, expiresAt) {
      return db.transaction(async (tx) => {
        const row = await tx.get<StaffRow>(
          `UPDATE staff SET password_hash = NULL, totp_secret = NULL, totp_last_step = NULL, enrolled_at = NULL,
             disabled_at = NULL, enrolment_token_hash = ?, enrolment_expires_at = ? WHERE email = ? RETURNING *`,
          [tokenHash, expiresAt, normaliseEmail(email)],
        );
        if (!row) return undefined;
        for (const table of ['staff_recovery_codes', 'staff_passkeys', 'staff_sessions']) {
          await tx.run(`DELETE FROM ${table} WHERE staff_id = ?`, [row.id]);
        }
        return staffMember(row);
      });
    },
    disable(email, now) {
      return db.transaction(async (tx) => {
        const found = await tx.get<StaffRow>(`SELECT * FROM staff WHERE email = ?${tx.dialect.forUpdate()}`, [normaliseEmail(email)]);
        if (!found) return undefined;
        const row =
          (await tx.get<StaffRow>('UPDATE staff SET disabled_at = ?, enrolment_token_hash = NULL WHERE id = ? AND disabled_at IS NULL RETURNING *', [
            now,
            found.id,
          ])) ?? found;
        await tx.run('DELETE FROM staff_sessions WHERE staff_id = ?', [row.id]);
        return staffMember(row);
      });
    },
    async list() {
      return (await db.all<StaffRow>('SELECT * FROM staff ORDER BY email')).map(staffMember);
    },
    findByEmail: (email) => staffWhere('email = ?', [normaliseEmail(email)]),
    findById: (id) => staffWhere('id = ?', [id]),
    findByEnrolmentToken: (tokenHash, now) =>
      staffWhere('enrolment_token_hash = ? AND enrolment_expires_at > ? AND disabled_at IS NULL', [tokenHash, now]),
    setTotpSecret: (staffId, encryptedSecret) => done('UPDATE staff SET totp_secret = ?, totp_last_step = NULL WHERE id = ?', [encryptedSecret, staffId]),
    setEnrolmentChallenge: (staffId, value) => done('UPDATE staff SET webauthn_challenge = ? WHERE id = ?', [value, staffId]),
    async completeEnrolment(staffId, { passwordHash, recoveryCodeHashes, now }) {
      await db.transaction(async (tx) => {
        await tx.run(
          `UPDATE staff SET password_hash = ?, enrolled_at = ?, enrolment_token_hash = NULL, enrolment_expires_at = NULL,
             webauthn_challenge = NULL WHERE id = ?`,
          [passwordHash, now, staffId],
        );
        await tx.run('DELETE FROM staff_recovery_codes WHERE staff_id = ?', [staffId]);
        for (const hash of recoveryCodeHashes) await tx.run('INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES (?, ?)', [staffId, hash]);
      });
    },
    // The condition is in the UPDATE itself: two instances accepting the same code at once are
    // serialised on the row, and the second sees the first's step and changes nothing.
    acceptTotpStep: (staffId, step) =>
      changed('UPDATE staff SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)', [step, staffId, step]),
    // `used_at IS NULL` is repeated outside the subquery so that a second, concurrent use of the
    // same code re-checks it after waiting for the first, and finds it used.
    useRecoveryCode: (staffId, codeHash, now) =>
      changed(
        `UPDATE staff_recovery_codes SET used_at = ?
         WHERE used_at IS NULL AND id = (
           SELECT id FROM staff_recovery_codes WHERE staff_id = ? AND code_hash = ? AND used_at IS NULL ORDER BY id LIMIT 1)`,
        [now, staffId, codeHash],
      ),
    async unusedRecoveryCodes(staffId) {
      return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff_recovery_codes WHERE staff_id = ? AND used_at IS NULL', [staffId]))?.n ?? 0;
    },
    addPasskey: (staffId, key, now) =>
      done('INSERT INTO staff_passkeys (staff_id, credential_id, public_key, counter, transports, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        staffId,
        key.credentialId,
        key.publicKey,
        key.counter,
        key.transports.join(' '),
        now,
      ]),
    async passkeys(staffId) {
      return (await db.all<PasskeyRow>('SELECT * FROM staff_passkeys WHERE staff_id = ? ORDER BY id', [staffId])).map(storedPasskey);
    },
    async findPasskey(credentialId) {
      const row = await db.get<PasskeyRow>('SELECT * FROM staff_passkeys WHERE credential_id = ?', [credentialId]);
      return row && storedPasskey(row);
    },
    updatePasskeyCounter: (credentialId, counter) => done('UPDATE staff_passkeys SET counter = ? WHERE credential_id = ?', [counter, credentialId]),
    createSession: ({ idHash, staffId, stage, now }) =>
      done('INSERT INTO staff_sessions (id_hash, staff_id, stage, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [idHash, staffId, stage, now, now]),
    async findSession(idHash) {
      const row = await db.get<{ staff_id: number; stage: StoredSession['stage']; challenge: string | null; created_at: number; last_seen_at: number }>(
        'SELECT staff_id, stage, challenge, created_at, last_seen_at FROM staff_sessions WHERE id_hash = ?',
        [idHash],
      );
      return row && { staffId: row.staff_id, stage: row.stage, challenge: row.challenge, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
    },
    touchSession: (idHash, now) => done('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?', [now, idHash]),
    setSessionChallenge: (idHash, value) => done('UPDATE staff_sessions SET challenge = ? WHERE id_hash = ?', [value, idHash]),
    deleteSession: (idHash) => done('DELETE FROM staff_sessions WHERE id_hash = ?', [idHash]),
    appendAudit(fields) {
      return db.transaction(async (tx) => {
        await tx.serialise('audit');
        const last = await tx.get<{ id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
        const id = (last?.id ?? 0) + 1;
        const prevHash = last?.hash ?? GENESIS_HASH;
        const hash = auditHash(id, prevHash, fields);
        await tx.run('INSERT INTO audit_log (id, at, actor, action, reference, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
          id,
          fields.at,
          fields.actor,
          fields.action,
          fields.reference,
          fields.detail,
          prevHash,
          hash,
        ]);
        return { ...fields, id, prevHash, hash };
      });
    },
    async recentAudit({ reference, limit }) {
      const rows = reference
        ? await db.all<AuditRow>('SELECT * FROM audit_log WHERE reference = ? ORDER BY id DESC LIMIT ?', [reference, limit])
        : await db.all<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?', [limit]);
      return rows.map(auditEntry);
    },
    async allAudit() {
      return (await db.all<AuditRow>('SELECT * FROM audit_log ORDER BY id')).map(auditEntry);
    },
    async auditPage({ actor, action, reference, before, after, limit }) {
      const filters = Object.entries({ actor, action, reference }).filter((entry): entry is [string, string] => entry[1] !== undefined);
      const clauses = filters.map(([column]) => `${column} = ?`);
      const params: (string | number)[] = filters.map(([, value]) => value);
      // Newer rows are read upwards from the cursor, then shown newest first like the rest.
      const upwards = after !== undefined;
      if (upwards) clauses.push('id > ?');
      else if (before !== undefined) clauses.push('id < ?');
      if (upwards || before !== undefined) params.push((upwards ? after : before)!);
      const where = clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '';
      const rows = await db.all<AuditRow>(`SELECT * FROM audit_log${where} ORDER BY id ${upwards ? 'ASC' : 'DESC'} LIMIT ?`, [...params, limit + 1]);
      const more = rows.length > limit;
      const page = rows.slice(0, limit).map(auditEntry);
      return upwards
        ? { rows: page.reverse(), older: true, newer: more }
        : { rows: page, older: more, newer: before !== undefined };
    },
    async auditAfter(afterId, limit) {
      return (await db.all<AuditRow>('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?', [afterId, limit])).map(auditEntry);
    },
    async auditCheckpoint() {
      const row = await db.get<{ verified_id: number; verified_hash: string }>('SELECT verified_id, verified_hash FROM audit_checkpoint WHERE id = 1');
      return row && { id: row.verified_id, hash: row.verified_hash };
    },
    async saveAuditCheckpoint({ id, hash }, now) {
      await db.run(
        `INSERT INTO audit_checkpoint (id, verified_id, verified_hash, verified_at) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET verified_id = excluded.verified_id, verified_hash = excluded.verified_hash, verified_at = excluded.verified_at
         WHERE audit_checkpoint.verified_id < excluded.verified_id`,
        [id, hash, now],
      );
    },
  };
}
