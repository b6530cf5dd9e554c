/**
 * The store contract: the same tests against each store (`lib/storage/store.ts`), a real SQLite
 * file and a real PostgreSQL database, through the repository interfaces alone. Whatever the
 * domain relies on is written here once, so a second store cannot quietly differ: referrals and
 * their idempotent acceptance, the outbox's leases, fencing, backoff and dead letters (with
 * workers claiming at once from separate connections), staff, sessions and second factors, the
 * append-only hash-chained audit log (with concurrent appenders), cases, check-back messages,
 * withdrawal's tombstone, the queue's stored priority, paging, filters and counts, and retention.
 * Over 400 lines on purpose: one suite, so every store meets every line of it.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimedReferral, NewReferral } from '@/lib/delivery/repository';
import { DAY_MS, isOverdue } from '@/lib/cases/case-state';
import { DEFAULT_RETENTION_POLICY, scheduleFor } from '@/lib/cases/retention-rules';
import { weekOf } from '@/lib/retention/figures';
import { verifyAuditChain, type AuditFields } from '@/lib/staff/audit-chain';
import { verifyAuditSinceCheckpoint } from '@/lib/staff/audit-check';
import { MIGRATIONS } from './sqlite-migrations';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { openTestStore, STORE_KINDS, type StoreKind, type TestStore } from '@/testing/test-stores';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const LEASE = 30_000;

const opened: TestStore[] = [];
afterEach(async () => {
  for (const each of opened.splice(0)) await each.cleanup();
});

async function fresh(kind: StoreKind): Promise<TestStore> {
  const store = await openTestStore(kind);
  opened.push(store);
  return store;
}

let counter = 0;
const referral = (overrides: Partial<NewReferral> = {}): NewReferral => {
  counter += 1;
  return {
    reference: `REF${String(counter).padStart(5, '0')}`,
    formToken: randomBytes(16).toString('hex'),
    nation: 'england',
    encryptedPayload: Buffer.from(`ciphertext ${counter}`),
    now: T0,
    ...overrides,
  };
};

const audit = (n: number): AuditFields => ({ at: T0 + n, actor: `worker-${n}@support.example`, action: 'view', reference: `REF${n}`, detail: null });

it('has the same numbered migration history on both stores, making the same tables and columns', async () => {
  expect(POSTGRES_MIGRATIONS).toHaveLength(MIGRATIONS.length);
  const [sqlite, postgres] = [await fresh('sqlite'), await fresh('postgres')];
  const sqliteColumns = (await sqlite.sql(
    `SELECT m.name || '.' || p.name AS name FROM sqlite_master m, pragma_table_info(m.name) p
     WHERE m.type = 'table' ORDER BY 1`,
  )) as { name: string }[];
  const postgresColumns = (await postgres.sql(
    `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
  )) as { name: string }[];
  const names = (rows: { name: string }[]) => rows.map((row) => row.name).sort();
  expect(names(postgresColumns)).toEqual(names(sqliteColumns));
  expect(names(sqliteColumns)).toContain('audit_log.prev_hash');
});

describe.each(STORE_KINDS)('the %s store', (kind) => {
  describe('referrals', () => {
    it('accepts a referral with its pending job, and the same form token again gives the same reference', async () => {
      const { store } = await fresh(kind);
      const first = referral();
      expect(await store.delivery.insertReferral(first)).toEqual({ outcome: 'created', reference: first.reference });
      expect(await store.delivery.insertReferral({ ...first, reference: 'OTHER1' })).toEqual({ outcome: 'existing', reference: first.reference });
      expect(await store.delivery.findReferenceByFormToken(first.formToken)).toBe(first.reference);
      expect(await store.delivery.countByState()).toEqual({ pending: 1, sending: 0, sent: 0, dead: 0 });
      const stored = await store.delivery.findReferral(first.reference);
      expect(stored).toEqual({ reference: first.reference, nation: 'england', encryptedPayload: first.encryptedPayload, receivedAt: T0 });
    });

    it('says when a new form token drew a reference that is taken', async () => {
      const { store } = await fresh(kind);
      const first = referral();
      await store.delivery.insertReferral(first);
      expect(await store.delivery.insertReferral(referral({ reference: first.reference }))).toEqual({ outcome: 'reference-taken' });
      expect(await store.delivery.countByState()).toMatchObject({ pending: 1 });
    });

    it('stores one referral when two connections accept the same form token at once', async () => {
      const test = await fresh(kind);
      const other = test.openAnother();
      const same = referral();
      const outcomes = await Promise.all([test.store.delivery.insertReferral(same), other.delivery.insertReferral({ ...same, reference: 'RACE01' })]);
      expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['created', 'existing']);
      expect(new Set(outcomes.map((outcome) => ('reference' in outcome ? outcome.reference : undefined))).size).toBe(1);
      expect((await test.store.delivery.listJobs()).length).toBe(1);
    });
  });

  describe('the outbox', () => {
    it('leases the oldest due job, fences outcomes by lease, and hands back a job whose lease expired', async () => {
      const { store } = await fresh(kind);
      const later = referral({ now: T0 + 10 });
      const older = referral();
      await store.delivery.insertReferral(later);
      await store.delivery.insertReferral(older);

      const first = await store.delivery.claimDueJob(T0 + 20, LEASE);
      expect(first).toMatchObject({ reference: older.reference, attempt: 1, nation: 'england', receivedAt: T0 });
      expect((first as ClaimedReferral).encryptedPayload).toEqual(older.encryptedPayload);
      const second = await store.delivery.claimDueJob(T0 + 20, LEASE);
      expect((second as ClaimedReferral | undefined)?.reference).toBe(later.reference);
      expect(await store.delivery.claimDueJob(T0 + 20, LEASE)).toBeUndefined();

      // The first worker stalls past its lease; another takes the job over.
      const takeover = await store.delivery.claimDueJob(T0 + 20 + LEASE, LEASE);
      expect(takeover).toMatchObject({ reference: older.reference, attempt: 2 });
      expect(await store.delivery.markSent(first!, T0 + LEASE + 30)).toBe(false);
      expect(await store.delivery.markSent(takeover!, T0 + LEASE + 30)).toBe(true);
      expect(await store.delivery.countByState()).toEqual({ pending: 0, sending: 1, sent: 1, dead: 0 });
    });

    it('retries on the time it is given, can leave an attempt uncounted, and dead-letters until requeued', async () => {
      const { store } = await fresh(kind);
      const one = referral();
      await store.delivery.insertReferral(one);
      const job = (await store.delivery.claimDueJob(T0, LEASE))!;
      expect(await store.delivery.markRetry(job, T0 + 5_000, 'smtp_421', T0 + 1)).toBe(true);
      expect(await store.delivery.claimDueJob(T0 + 4_999, LEASE)).toBeUndefined();
      const again = (await store.delivery.claimDueJob(T0 + 5_000, LEASE))!;
      expect(again.attempt).toBe(2);
      expect(await store.delivery.markRetry(again, T0 + 6_000, 'relay_unreachable', T0 + 5_001, false)).toBe(true);
      const [summary] = await store.delivery.listJobs(['pending']);
      expect(summary).toMatchObject({ reference: one.reference, state: 'pending', attempts: 1, nextAttemptAt: T0 + 6_000, lastError: 'relay_unreachable' });

      const third = (await store.delivery.claimDueJob(T0 + 6_000, LEASE))!;
      expect(await store.delivery.markDead(third, 'smtp_550', T0 + 6_001)).toBe(true);
      expect(await store.delivery.claimDueJob(T0 + 100 * LEASE, LEASE)).toBeUndefined();
      expect(await store.delivery.listJobs(['dead'])).toMatchObject([{ reference: one.reference, lastError: 'smtp_550' }]);

      expect(await store.delivery.retry(one.reference, T0 + 7_000)).toBe(true);
      expect(await store.delivery.retry('NOSUCH', T0 + 7_000)).toBe(false);
      expect(await store.delivery.claimDueJob(T0 + 7_000, LEASE)).toMatchObject({ reference: one.reference, attempt: 1 });
    });

    it('makes every waiting job due now for a drain', async () => {
      const { store } = await fresh(kind);
      for (let i = 0; i < 3; i += 1) await store.delivery.insertReferral(referral());
      for (let i = 0; i < 3; i += 1) {
        const job = (await store.delivery.claimDueJob(T0, LEASE))!;
        await store.delivery.markRetry(job, T0 + 60_000, 'smtp_421', T0);
      }
      expect(await store.delivery.claimDueJob(T0 + 1, LEASE)).toBeUndefined();
      expect(await store.delivery.makeAllDue(T0 + 1)).toBe(3);
      expect(await store.delivery.claimDueJob(T0 + 1, LEASE)).toBeDefined();
    });

    it('queues one digest a day and leases it to one sender at a time', async () => {
      const { store } = await fresh(kind);
      const jobs = store.delivery;
      expect(await jobs.queueDigest('2026-11-02', T0)).toBe(true);
      expect(await jobs.queueDigest('2026-11-02', T0 + 1)).toBe(false);
      const claimed = await jobs.claimDueJob(T0, 60_000);
      expect(claimed).toMatchObject({ day: '2026-11-02', attempt: 1 });
      expect(await jobs.claimDueJob(T0 + 1, 60_000)).toBeUndefined();
      expect(await jobs.markRetry(claimed!, T0 + 120_000, 'smtp-timeout', T0)).toBe(true);
      expect(await jobs.claimDueJob(T0 + 60_000, 60_000)).toBeUndefined();
      const again = await jobs.claimDueJob(T0 + 120_000, 60_000);
      expect(again).toMatchObject({ day: '2026-11-02', attempt: 2 });
      expect(await jobs.markSent(claimed!, T0)).toBe(false); // the old lease is gone
      expect(await jobs.markSent(again!, T0 + 120_001)).toBe(true);
      expect(await jobs.listDigests()).toEqual([{ day: '2026-11-02', state: 'sent', attempts: 2, lastError: null, sentAt: T0 + 120_001 }]);
    });

    it('keeps digests and referrals in one queue, claimed by kind and counted apart', async () => {
      const test = await fresh(kind);
      const jobs = test.store.delivery;
      await jobs.insertReferral(referral({ now: T0 + 1 }));
      expect(await jobs.queueDigest('2026-11-02', T0)).toBe(true);
      expect(await jobs.countByState('digest')).toEqual({ pending: 1, sending: 0, sent: 0, dead: 0 });
      expect(await jobs.countByState()).toEqual({ pending: 1, sending: 0, sent: 0, dead: 0 });
      expect(await jobs.listJobs()).toHaveLength(1);
      expect(await jobs.claimDueJob(T0 + 1, LEASE, ['referral'])).toMatchObject({ kind: 'referral' });
      // Two instances at once: one of them has the day's digest, the other nothing.
      const claims = await Promise.all([jobs.claimDueJob(T0 + 1, LEASE), test.openAnother().delivery.claimDueJob(T0 + 1, LEASE)]);
      expect(claims.filter(Boolean)).toMatchObject([{ kind: 'digest', day: '2026-11-02' }]);
      expect(await jobs.queueDigest('2026-11-03', T0 + 100)).toBe(true);
      expect(await jobs.makeAllDue(T0 + 1)).toBe(0); // a drain hurries referrals only
    });

    it('never leases one job to two workers claiming at once from separate connections', async () => {
      const test = await fresh(kind);
      const jobs = 60;
      for (let i = 0; i < jobs; i += 1) await test.store.delivery.insertReferral(referral());
      const workers = [test.store, test.openAnother(), test.openAnother()];
      const claimed: string[] = [];
      await Promise.all(
        workers.map(async (worker) => {
          for (;;) {
            const job = await worker.delivery.claimDueJob(T0, LEASE);
            if (!job) return;
            claimed.push((job as ClaimedReferral).reference);
            expect(await worker.delivery.markSent(job, T0 + 1)).toBe(true);
          }
        }),
      );
      expect(claimed).toHaveLength(jobs);
      expect(new Set(claimed).size).toBe(jobs);
      expect(await test.store.delivery.countByState()).toEqual({ pending: 0, sending: 0, sent: jobs, dead: 0 });
    });

    it('purges a case with its job and case row, leaving a tombstone and the other cases', async () => {
      const test = await fresh(kind);
      const { store } = test;
      const [gone, kept] = [referral(), referral()];
      for (const each of [gone, kept]) await store.delivery.insertReferral(each);
      await store.cases.setStatus(gone.reference, 'closed', 'supported', T0 + 2);

      // Past the 90 days a supported case is kept.
      const due = T0 + 2 + 90 * DAY_MS;
      expect(await store.retention.purge(gone.reference, 'standard', DEFAULT_RETENTION_POLICY, due)).toBe(true);
      expect(await store.retention.purge(gone.reference, 'standard', DEFAULT_RETENTION_POLICY, due + 1)).toBe(false);
      expect(await store.delivery.findReferral(gone.reference)).toBeUndefined();
      expect(await store.cases.findCase(gone.reference)).toBeUndefined();
      expect((await store.delivery.listJobs()).map((each) => each.reference)).toEqual([kept.reference]);
      expect(await store.retention.tombstones()).toMatchObject([{ reference: gone.reference, ended: 'purged', outcome: 'supported', endedAt: due }]);
      expect(await test.storedText()).not.toContain(gone.encryptedPayload.toString('latin1'));
    });
  });

  describe('staff and sessions', () => {
    const add = (test: TestStore, email = 'Sam@Support.example') =>
      test.store.staff.addStaff({ email, role: 'caseworker', enrolmentTokenHash: `token-${email}`, enrolmentExpiresAt: T0 + 1000, now: T0 });

    it('adds an account once per email (without case), finds it by enrolment token until it expires', async () => {
      const test = await fresh(kind);
      const created = await add(test);
      expect(created).toMatchObject({ outcome: 'created', member: { email: 'sam@support.example', role: 'caseworker', createdAt: T0, enrolledAt: null } });
      expect(await add(test, 'SAM@support.example ')).toEqual({ outcome: 'exists' });
      expect(await test.store.staff.findByEnrolmentToken('token-Sam@Support.example', T0 + 999)).toMatchObject({ email: 'sam@support.example' });
      expect(await test.store.staff.findByEnrolmentToken('token-Sam@Support.example', T0 + 1000)).toBeUndefined();
      expect((await test.store.staff.list()).map((each) => each.email)).toEqual(['sam@support.example']);
    });

    it('completes enrolment with one-use recovery codes, refuses a replayed TOTP step, keeps passkeys', async () => {
      const test = await fresh(kind);
      const { staff } = test.store;
      const created = await add(test);
      if (created.outcome !== 'created') throw new Error('not created');
      const id = created.member.id;
      await staff.setTotpSecret(id, Buffer.from([1, 2, 3]));
      await staff.completeEnrolment(id, { passwordHash: 'argon2-hash', recoveryCodeHashes: ['a', 'b'], now: T0 + 5 });
      const member = await staff.findById(id);
      expect(member).toMatchObject({ passwordHash: 'argon2-hash', enrolledAt: T0 + 5, encryptedTotpSecret: Buffer.from([1, 2, 3]) });
      expect(await staff.findByEnrolmentToken('token-Sam@Support.example', T0)).toBeUndefined();

      expect(await staff.acceptTotpStep(id, 100)).toBe(true);
      expect(await staff.acceptTotpStep(id, 100)).toBe(false);
      expect(await staff.acceptTotpStep(id, 99)).toBe(false);

      // The same code used twice at once, from two connections: accepted once.
      const other = test.openAnother();
      const uses = await Promise.all([staff.useRecoveryCode(id, 'a', T0), other.staff.useRecoveryCode(id, 'a', T0)]);
      expect(uses.filter(Boolean)).toHaveLength(1);
      expect(await staff.unusedRecoveryCodes(id)).toBe(1);

      await staff.addPasskey(id, { credentialId: 'cred-1', publicKey: Buffer.from('key'), counter: 0, transports: ['usb', 'nfc'] }, T0);
      await staff.updatePasskeyCounter('cred-1', 7);
      expect(await staff.findPasskey('cred-1')).toEqual({ staffId: id, credentialId: 'cred-1', publicKey: Buffer.from('key'), counter: 7, transports: ['usb', 'nfc'] });
      expect(await staff.passkeys(id)).toHaveLength(1);
    });

    it('shares sessions between connections, and reset or disable ends them everywhere', async () => {
      const test = await fresh(kind);
      const created = await add(test);
      if (created.outcome !== 'created') throw new Error('not created');
      const id = created.member.id;
      const other = test.openAnother();
      await test.store.staff.createSession({ idHash: 'session-1', staffId: id, stage: 'password', now: T0 });
      await test.store.staff.setSessionChallenge('session-1', 'challenge');
      await other.staff.touchSession('session-1', T0 + 60_000);
      expect(await other.staff.findSession('session-1')).toEqual({ staffId: id, stage: 'password', challenge: 'challenge', createdAt: T0, lastSeenAt: T0 + 60_000 });

      await test.store.staff.addPasskey(id, { credentialId: 'cred-2', publicKey: Buffer.from('k'), counter: 0, transports: [] }, T0);
      const reset = await other.staff.resetEnrolment('sam@support.example', 'new-token', T0 + 5000);
      expect(reset).toMatchObject({ email: 'sam@support.example', enrolledAt: null, disabledAt: null });
      expect(await test.store.staff.findSession('session-1')).toBeUndefined();
      expect(await test.store.staff.passkeys(id)).toEqual([]);

      await test.store.staff.createSession({ idHash: 'session-2', staffId: id, stage: 'full', now: T0 });
      expect(await other.staff.disable('sam@support.example', T0 + 10)).toMatchObject({ disabledAt: T0 + 10 });
      expect(await test.store.staff.findSession('session-2')).toBeUndefined();
      expect(await test.store.staff.disable('nobody@support.example', T0)).toBeUndefined();

      await test.store.staff.createSession({ idHash: 'session-3', staffId: id, stage: 'full', now: T0 });
      await other.staff.deleteSession('session-3');
      expect(await test.store.staff.findSession('session-3')).toBeUndefined();
    });
  });

  describe('the audit log', () => {
    it('keeps one verifiable chain when two connections append at once', async () => {
      const test = await fresh(kind);
      const writers = [test.store, test.openAnother()];
      await Promise.all(writers.map((writer, w) => Promise.all(Array.from({ length: 40 }, (_, i) => writer.staff.appendAudit(audit(w * 100 + i))))));
      const all = await test.store.staff.allAudit();
      expect(all).toHaveLength(80);
      expect(verifyAuditChain(all)).toMatchObject({ ok: true, count: 80 });
      expect((await test.store.staff.recentAudit({ reference: 'REF101', limit: 5 })).map((entry) => entry.actor)).toEqual(['worker-101@support.example']);
      expect(await test.store.staff.recentAudit({ limit: 3 })).toEqual(all.slice(-3).reverse());
    });

    it('refuses to change or delete a row, even to the database owner', async () => {
      const test = await fresh(kind);
      await test.store.staff.appendAudit(audit(1));
      await expect(test.sql(`UPDATE audit_log SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
      await expect(test.sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      expect(verifyAuditChain(await test.store.staff.allAudit())).toMatchObject({ ok: true, count: 1 });
    });
    it('pages and filters the log by actor, action and reference, newest first', async () => {
      const test = await fresh(kind);
      const { staff } = test.store;
      for (let n = 1; n <= 5; n += 1) await staff.appendAudit({ ...audit(n), actor: n % 2 ? 'odd@support.example' : 'even@support.example' });
      await staff.appendAudit({ ...audit(6), action: 'status', reference: 'REF1', detail: 'closed' });
      const ids = async (filter: Parameters<typeof staff.auditPage>[0]) => {
        const page = await staff.auditPage(filter);
        return [page.rows.map((row) => row.id), page.older, page.newer];
      };
      expect(await ids({ limit: 2 })).toEqual([[6, 5], true, false]);
      // Older from the last row shown, newer from the first: deep pages cost what the first does.
      expect(await ids({ limit: 2, before: 5 })).toEqual([[4, 3], true, true]);
      expect(await ids({ limit: 2, before: 3 })).toEqual([[2, 1], false, true]);
      expect(await ids({ limit: 2, after: 2 })).toEqual([[4, 3], true, true]);
      expect(await ids({ limit: 2, after: 4 })).toEqual([[6, 5], true, false]);
      expect(await ids({ actor: 'odd@support.example', limit: 10 })).toEqual([[5, 3, 1], false, false]);
      expect(await ids({ actor: 'odd@support.example', limit: 1, before: 5 })).toEqual([[3], true, true]);
      expect(await ids({ action: 'status', limit: 10 })).toEqual([[6], false, false]);
      expect(await ids({ action: 'view', reference: 'REF1', limit: 10 })).toEqual([[1], false, false]);
      expect(await ids({ reference: 'REF1', limit: 10 })).toEqual([[6, 1], false, false]);
    });

    it('checks the chain from its checkpoint: only the rows written since, and the checkpoint never goes back', async () => {
      const test = await fresh(kind);
      const { staff } = test.store;
      for (let n = 1; n <= 7; n += 1) await staff.appendAudit(audit(n));
      const read: number[] = [];
      const counting = { ...staff, auditAfter: (afterId: number, limit: number) => (read.push(afterId), staff.auditAfter(afterId, limit)) };
      expect(await verifyAuditSinceCheckpoint(counting, T0, 3)).toMatchObject({ ok: true, count: 7 });
      expect(read).toEqual([0, 3, 6]);
      const all = await staff.allAudit();
      expect(await staff.auditCheckpoint()).toEqual({ id: 7, hash: all[6]!.hash });

      await staff.appendAudit(audit(8));
      read.length = 0;
      expect(await verifyAuditSinceCheckpoint(counting, T0, 3)).toMatchObject({ ok: true, count: 8 });
      expect(read).toEqual([7]);
      await staff.saveAuditCheckpoint({ id: 2, hash: all[1]!.hash }, T0);
      expect((await staff.auditCheckpoint())?.id).toBe(8);
      // A chain that does not continue from the checkpoint's hash fails.
      expect(verifyAuditChain(all.slice(3), { id: 3, hash: all[1]!.hash })).toMatchObject({ ok: false, brokenAt: 4 });
    });
  });

  describe('cases, check-back messages and withdrawal', () => {
    async function withStaffAndReferral(test: TestStore) {
      const created = await test.store.staff.addStaff({ email: 'alex@support.example', role: 'manager', enrolmentTokenHash: 't', enrolmentExpiresAt: T0, now: T0 });
      if (created.outcome !== 'created') throw new Error('not created');
      const one = referral();
      await test.store.delivery.insertReferral(one);
      return { staffId: created.member.id, one };
    }

    it('starts every referral as a new case, records first contact once, assignment and notes', async () => {
      const test = await fresh(kind);
      const { staffId, one } = await withStaffAndReferral(test);
      const { cases } = test.store;
      expect(await cases.findCase(one.reference)).toMatchObject({ status: 'new', assignee: null, firstContactedAt: null, withdrawnAt: null });
      expect(await cases.setStatus(one.reference, 'contacting', null, T0 + 1)).toBe(true);
      expect(await cases.setStatus(one.reference, 'closed', 'supported', T0 + 2)).toBe(true);
      expect(await cases.assign(one.reference, staffId, T0 + 3)).toBe(true);
      expect(await cases.addNote(one.reference, staffId, Buffer.from('note ciphertext'), T0 + 4)).toBe(true);
      expect(await cases.setStatus('NOSUCH', 'closed', 'supported', T0)).toBe(false);
      expect(await cases.findCase(one.reference)).toMatchObject({
        status: 'closed',
        outcome: 'supported',
        firstContactedAt: T0 + 1,
        assignee: { id: staffId, email: 'alex@support.example' },
        // A note is not a change of the case's state.
        updatedAt: T0 + 3,
      });
      expect(await cases.notes(one.reference)).toEqual([{ id: expect.any(Number), authorEmail: 'alex@support.example', encryptedBody: Buffer.from('note ciphertext'), createdAt: T0 + 4 }]);
      expect((await cases.listCases()).map((each) => each.reference)).toEqual([one.reference]);
    });

    it('keeps one PIN, the messages in order with who read them, and withdrawal leaves a content-free tombstone', async () => {
      const test = await fresh(kind);
      const { staffId, one } = await withStaffAndReferral(test);
      const { checkBack, cases, delivery } = test.store;
      expect(await checkBack.setPin(one.reference, 'pin-hash', T0)).toBe(true);
      expect(await checkBack.setPin(one.reference, 'other-hash', T0)).toBe(false);
      expect(await checkBack.pinHash(one.reference)).toBe('pin-hash');
      expect(await checkBack.addMessage(one.reference, 'support-worker', staffId, Buffer.from('hello ciphertext'), T0 + 1)).toBe(true);
      expect(await checkBack.addMessage(one.reference, 'person', null, Buffer.from('reply ciphertext'), T0 + 2)).toBe(true);
      expect(await checkBack.markRead(one.reference, T0 + 3)).toBe(1);
      expect(await checkBack.messages(one.reference)).toEqual([
        { id: expect.any(Number), author: 'support-worker', staffEmail: 'alex@support.example', encryptedBody: Buffer.from('hello ciphertext'), createdAt: T0 + 1, readAt: T0 + 3 },
        { id: expect.any(Number), author: 'person', staffEmail: null, encryptedBody: Buffer.from('reply ciphertext'), createdAt: T0 + 2, readAt: null },
      ]);
      await cases.addNote(one.reference, staffId, Buffer.from('note ciphertext'), T0 + 4);

      // Two withdrawals at once, from two connections: one withdraws, the other finds nothing.
      const other = test.openAnother();
      expect((await Promise.all([checkBack.withdraw(one.reference, T0 + 5, 'high'), other.checkBack.withdraw(one.reference, T0 + 5, 'high')])).sort()).toEqual([false, true]);
      expect(await cases.findCase(one.reference)).toMatchObject({ status: 'closed', outcome: 'withdrawn', withdrawnAt: T0 + 5, encryptedPayload: Buffer.alloc(0) });
      expect(await checkBack.messages(one.reference)).toEqual([]);
      expect(await cases.notes(one.reference)).toEqual([]);
      expect(await test.store.retention.tombstones()).toMatchObject([{ reference: one.reference, priority: 'high', ended: 'withdrawn', endedAt: T0 + 5 }]);
      expect(await checkBack.pinHash(one.reference)).toBeUndefined();
      expect(await checkBack.addMessage(one.reference, 'person', null, Buffer.from('late'), T0 + 6)).toBe(false);
      expect(await checkBack.setPin(one.reference, 'again', T0 + 6)).toBe(false);
      // The unsent email is never sent.
      expect(await delivery.claimDueJob(T0 + 10, LEASE)).toBeUndefined();
      const text = await test.storedText();
      for (const content of [one.encryptedPayload.toString('latin1'), 'hello ciphertext', 'reply ciphertext', 'note ciphertext', 'pin-hash']) {
        expect(text).not.toContain(content);
      }
    });
  });

  describe('the queue', () => {
    const everything = { status: 'all', assigneeId: 'anyone', limit: 50, offset: 0 } as const;
    const references = async (test: TestStore, query: Partial<Parameters<TestStore['store']['cases']['queuePage']>[0]>) =>
      (await test.store.cases.queuePage({ ...everything, ...query })).rows.map((row) => row.reference);

    it('stores the priority given at acceptance and pages unreadable, urgent, high, standard, oldest first within each', async () => {
      const test = await fresh(kind);
      const [standard, high, urgent, unreadable, laterHigh] = [
        referral({ priority: 'standard', now: T0 }),
        referral({ priority: 'high', now: T0 + 1 }),
        referral({ priority: 'urgent', now: T0 + 2 }),
        referral({ priority: null, now: T0 + 3 }),
        referral({ priority: 'high', now: T0 + 4 }),
      ];
      for (const each of [laterHigh, standard, urgent, high, unreadable]) await test.store.delivery.insertReferral(each);
      const first = await test.store.cases.queuePage({ ...everything, limit: 2 });
      expect(first.total).toBe(5);
      expect(first.rows).toEqual([
        { reference: unreadable.reference, nation: 'england', receivedAt: T0 + 3, status: 'new', outcome: null, assignee: null, firstContactedAt: null, priority: null },
        expect.objectContaining({ reference: urgent.reference, priority: 'urgent' }),
      ]);
      expect(await references(test, { limit: 2, offset: 2 })).toEqual([high.reference, laterHigh.reference]);
      expect(await references(test, { limit: 2, offset: 4 })).toEqual([standard.reference]);
      expect(await references(test, { limit: 2, offset: 6 })).toEqual([]);
    });

    it('filters by status and assignee, and counts from aggregates; withdrawal closes with the tombstone priority', async () => {
      const test = await fresh(kind);
      const { cases, checkBack, staff } = test.store;
      const created = await staff.addStaff({ email: 'sam@support.example', role: 'caseworker', enrolmentTokenHash: 't', enrolmentExpiresAt: T0, now: T0 });
      if (created.outcome !== 'created') throw new Error('not created');
      const [fresh1, mine, closed, reopened, withdrawn] = [0, 1, 2, 3, 4].map((n) => referral({ priority: n === 4 ? 'standard' : 'urgent', now: T0 + n }));
      for (const each of [fresh1, mine, closed, reopened, withdrawn]) await test.store.delivery.insertReferral(each!);
      await cases.assign(mine!.reference, created.member.id, T0 + 10);
      await cases.setStatus(mine!.reference, 'contacting', null, T0 + 10);
      await cases.setStatus(closed!.reference, 'closed', 'supported', T0 + 10);
      await cases.setStatus(reopened!.reference, 'closed', 'declined', T0 + 10);
      await cases.setStatus(reopened!.reference, 'waiting', null, T0 + 11);
      await checkBack.withdraw(withdrawn!.reference, T0 + 12, 'high');

      expect(await references(test, { status: 'open' })).toEqual([fresh1!.reference, mine!.reference, reopened!.reference]);
      expect(await references(test, { status: 'closed' })).toEqual([closed!.reference, withdrawn!.reference]);
      expect(await references(test, { status: 'new' })).toEqual([fresh1!.reference]);
      expect(await references(test, { status: 'waiting' })).toEqual([reopened!.reference]);
      expect(await references(test, { status: 'open', assigneeId: created.member.id })).toEqual([mine!.reference]);
      expect(await references(test, { status: 'open', assigneeId: null })).toEqual([fresh1!.reference, reopened!.reference]);
      expect((await cases.queuePage({ ...everything, status: 'closed', limit: 1 })).total).toBe(2);
      expect((await cases.queuePage({ ...everything, status: 'closed' })).rows.map((row) => row.priority)).toEqual(['urgent', 'high']);
      expect(await cases.queueTotals({ now: T0 + 10 * DAY_MS, contactTargetWorkingDays: 2 })).toEqual({
        byStatus: { new: 1, contacting: 1, 'in-progress': 0, waiting: 1, closed: 2 },
        urgentOpen: 3,
        overdue: 1,
      });
      expect((await cases.queueTotals({ now: T0 + 20, contactTargetWorkingDays: 2 })).overdue).toBe(0);
    });

    it('counts overdue first contacts in SQL exactly as isOverdue decides them, whatever the weekday', async () => {
      const test = await fresh(kind);
      const { cases } = test.store;
      // A referral every 5 hours over two weeks, so each weekday and time of day meets the weekend.
      const start = Date.parse('2026-11-02T01:00:00Z');
      const arrivals = Array.from({ length: 14 * 24 / 5 }, (_, index) => start + index * 5 * 3_600_000);
      for (const at of arrivals) await test.store.delivery.insertReferral(referral({ priority: 'high', now: at }));
      for (let now = start; now < start + 21 * DAY_MS; now += 7 * 3_600_000 + 17) {
        for (const workingDays of [1, 2, 5]) {
          const expected = arrivals.filter((receivedAt) => isOverdue({ status: 'new', receivedAt, firstContactedAt: null }, now, workingDays)).length;
          expect((await cases.queueTotals({ now, contactTargetWorkingDays: workingDays })).overdue).toBe(expected);
        }
      }
    });

    it('leaves a priority stored without one unknown until it is filled, once', async () => {
      const test = await fresh(kind);
      const { cases } = test.store;
      const [unknown, known] = [referral(), referral({ priority: 'standard' })];
      for (const each of [unknown, known]) await test.store.delivery.insertReferral(each);
      expect(await cases.unprioritised(10)).toEqual([{ reference: unknown.reference, encryptedPayload: unknown.encryptedPayload }]);
      await cases.setPriority(unknown.reference, 'urgent');
      await cases.setPriority(unknown.reference, 'standard');
      await cases.setPriority(known.reference, 'urgent');
      expect(await cases.unprioritised(10)).toEqual([]);
      expect((await cases.queuePage(everything)).rows.map((row) => [row.reference, row.priority])).toEqual([
        [unknown.reference, 'urgent'],
        [known.reference, 'standard'],
      ]);
    });
  });

  describe('the retention overview and the figures', () => {
    it('reads the open and held cases without payloads, and pages the cases due for deletion by the clock scheduleFor keeps', async () => {
      const test = await fresh(kind);
      const { cases, checkBack, retention, staff } = test.store;
      const created = await staff.addStaff({ email: 'alex@support.example', role: 'manager', enrolmentTokenHash: 't', enrolmentExpiresAt: T0, now: T0 });
      if (created.outcome !== 'created') throw new Error('not created');
      const [open, closedEarly, closedLately, held, declined, reopened] = [0, 1, 2, 3, 4, 5].map((n) => referral({ priority: 'high', now: T0 + n }));
      for (const each of [open, closedEarly, closedLately, held, declined, reopened]) await test.store.delivery.insertReferral(each!);
      await cases.setStatus(closedEarly!.reference, 'closed', 'supported', T0 + 10);
      await cases.setStatus(closedLately!.reference, 'closed', 'supported', T0 + 20 * DAY_MS);
      await cases.setStatus(held!.reference, 'closed', 'supported', T0 + 20 * DAY_MS);
      await cases.setStatus(declined!.reference, 'closed', 'declined', T0 + 40 * DAY_MS);
      await cases.setStatus(reopened!.reference, 'closed', 'declined', T0 + 10);
      await cases.setStatus(reopened!.reference, 'waiting', null, T0 + 11);
      expect(await retention.setHold(held!.reference, { encryptedReason: Buffer.from('r'), reviewAt: T0, staffId: created.member.id, now: T0 })).toBe('set');
      // Activity after closing moves the date: a caseworker's note, a message from the person.
      await cases.addNote(closedEarly!.reference, created.member.id, Buffer.from('note'), T0 + 30 * DAY_MS);
      expect(await checkBack.addMessage(closedLately!.reference, 'person', null, Buffer.from('message'), T0 + 50 * DAY_MS)).toBe(true);

      const listed = await retention.openAndHeldCases();
      expect(listed.map((each) => each.reference)).toEqual([open!.reference, held!.reference, reopened!.reference]);
      expect(listed[1]).toMatchObject({ status: 'closed', outcome: 'supported', closedAt: T0 + 20 * DAY_MS, held: true });
      expect(listed.some((each) => 'encryptedPayload' in each)).toBe(false);

      const policy = DEFAULT_RETENTION_POLICY;
      const page = (until: number, limit = 10, offset = 0) => retention.dueForDeletion(policy, until, { limit, offset });
      const everythingDue = await page(T0 + 365 * DAY_MS);
      expect(everythingDue).toEqual({
        cases: [
          { reference: declined!.reference, deleteAt: T0 + 70 * DAY_MS, outcome: 'declined', withdrawn: false },
          { reference: closedEarly!.reference, deleteAt: T0 + 120 * DAY_MS, outcome: 'supported', withdrawn: false },
          { reference: closedLately!.reference, deleteAt: T0 + 140 * DAY_MS, outcome: 'supported', withdrawn: false },
        ],
        total: 3,
      });
      // The same dates as the rules give from everything stored about each case.
      for (const due of everythingDue.cases) {
        const schedule = scheduleFor((await retention.findCase(due.reference))!, policy, T0);
        expect(schedule.state === 'closed' && schedule.deleteAt).toBe(due.deleteAt);
      }
      expect(await page(T0 + 120 * DAY_MS - 1)).toMatchObject({ cases: [{ reference: declined!.reference }], total: 1 });
      expect(await page(T0 + 365 * DAY_MS, 1, 1)).toMatchObject({ cases: [{ reference: closedEarly!.reference }], total: 3 });
    });

    it('counts the figures in SQL: weeks from Monday, tombstones and stored cases once each, late and overdue contacts, contact times by rank', async () => {
      const test = await fresh(kind);
      const { cases, checkBack, retention } = test.store;
      const at = (iso: string) => Date.parse(iso);
      const EVERY_WEEK = { from: null, to: null };
      const arrive = async (iso: string, overrides: Partial<NewReferral> = {}) => {
        const made = referral({ now: at(iso), ...overrides });
        await test.store.delivery.insertReferral(made);
        return made.reference;
      };
      // The last minutes of a Sunday and the first of the Monday after fall in different weeks.
      const sunday = await arrive('2026-11-08T23:30:00Z', { priority: 'urgent' });
      await cases.setStatus(sunday, 'contacting', null, at('2026-11-09T02:30:00Z'));
      await cases.setStatus(sunday, 'closed', 'supported', at('2026-11-10T09:00:00Z'));
      await arrive('2026-11-09T00:10:00Z', { priority: 'high', nation: 'wales' }); // never contacted: overdue
      // Friday 10:00 with two working days is due on Tuesday 10:00: contacted at 11:00, late.
      const friday = await arrive('2026-11-13T10:00:00Z', { priority: 'standard' });
      await cases.setStatus(friday, 'contacting', null, at('2026-11-17T11:00:00Z'));
      await arrive('2026-11-16T09:00:00Z'); // stored before priorities were: unknown; overdue from Wednesday
      const withdrawn = await arrive('2026-11-16T10:00:00Z', { priority: 'high', nation: 'scotland' });
      await checkBack.withdraw(withdrawn, at('2026-11-16T11:00:00Z'), 'high');
      // Closed as declined (first contact then) and purged 30 days later: counted from its tombstone.
      const purged = await arrive('2026-11-02T09:00:00Z', { priority: 'standard' });
      await cases.setStatus(purged, 'closed', 'declined', at('2026-11-02T10:00:00Z'));
      expect(await retention.purge(purged, 'standard', DEFAULT_RETENTION_POLICY, at('2026-12-03T10:00:00Z'))).toBe(true);

      const counts = await retention.figureCounts({ now: at('2026-11-20T12:00:00Z'), contactTargetWorkingDays: 2 }, EVERY_WEEK);
      const arrivals = counts.arrivals.map((group) => [weekOf(group.firstAt), group.priority, group.nation, group.count]);
      expect(arrivals.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
        ['2026-11-02', 'standard', 'england', 1],
        ['2026-11-02', 'urgent', 'england', 1],
        ['2026-11-09', 'high', 'wales', 1],
        ['2026-11-09', 'standard', 'england', 1],
        ['2026-11-16', 'high', 'scotland', 1],
        ['2026-11-16', null, 'england', 1],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
      expect(counts).toMatchObject({ ended: { supported: 1, declined: 1, withdrawn: 1 }, contactedLate: 1, overdueNow: 2 });
      // In tenths of an hour: the purged one took 1 hour, the Sunday one 3, the Friday one 97.
      expect(counts.contacts.sort((a, b) => a.tenths - b.tenths)).toEqual([
        { tenths: 10, count: 1 },
        { tenths: 30, count: 1 },
        { tenths: 970, count: 1 },
      ]);

      // The tally follows later changes: a priority found, a case reopened; the backfill agrees.
      const unknown = (await cases.unprioritised(10))[0]!.reference;
      await cases.setPriority(unknown, 'urgent');
      await cases.setStatus(sunday, 'in-progress', null, at('2026-11-11T09:00:00Z'));
      const later = await retention.figureCounts({ now: at('2026-11-20T12:00:00Z'), contactTargetWorkingDays: 2 }, EVERY_WEEK);
      expect(later.arrivals.filter((group) => weekOf(group.firstAt) === '2026-11-16').map((group) => group.priority).sort()).toEqual(['high', 'urgent']);
      expect(later.ended).toEqual({ declined: 1, withdrawn: 1 });
      expect(later.contacts.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(3);
      const tallies = ['figure_arrivals', 'figure_outcomes', 'figure_contacts', 'figure_late'];
      const tallied = async () => Promise.all(tallies.map((table) => test.sql(`SELECT * FROM ${table} WHERE n > 0 ORDER BY 1, 2`)));
      const kept = JSON.stringify(await tallied());
      const migration = (kind === 'sqlite' ? MIGRATIONS : POSTGRES_MIGRATIONS)[8]!;
      for (const table of tallies) await test.sql(`DELETE FROM ${table}`);
      for (const statement of migration.split(';').filter((text) => /figure_backfill/.test(text))) await test.sql(statement);
      expect(JSON.stringify(await tallied())).toBe(kept);
      // Before the Tuesday deadline nothing is overdue.
      expect((await retention.figureCounts({ now: at('2026-11-10T12:00:00Z'), contactTargetWorkingDays: 2 }, EVERY_WEEK)).overdueNow).toBe(0);
      // A period counts the cases that arrived in its weeks, with their outcomes and first contacts.
      const week = await retention.figureCounts({ now: at('2026-11-20T12:00:00Z'), contactTargetWorkingDays: 2 }, { from: at('2026-11-09T00:00:00Z'), to: at('2026-11-16T00:00:00Z') });
      expect(week.arrivals.map((group) => [group.priority, group.nation, group.count]).sort()).toEqual([['high', 'wales', 1], ['standard', 'england', 1]]);
      expect(week).toMatchObject({ ended: {}, contacts: [{ tenths: 970, count: 1 }], contactedLate: 1 });
      expect(await retention.firstFigureWeek()).toBe(at('2026-11-02T00:00:00Z'));
    });
  });

  it('migrates once when two instances open a new database at the same moment, and again is a no-op', async () => {
    const test = await fresh(kind);
    const [a, b] = [test.openAnother(), test.openAnother()];
    await Promise.all([a.ready, b.ready]);
    await a.delivery.insertReferral(referral());
    expect(await b.delivery.countByState()).toMatchObject({ pending: 1 });
  });
});
