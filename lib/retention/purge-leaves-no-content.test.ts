/**
 * After a purge or a withdrawal, nothing of what the person or the service wrote is left
 * anywhere: not in any table, not in the WAL after a checkpoint, not in any file of the data
 * directory, not in the demo mailbox. Real parts throughout: the outbox delivers each referral
 * over SMTP to the embedded server, which keeps plain-text .eml copies in the data directory.
 *
 * Every free-text answer, the contact details and the evidence carry a canary; so do the notes,
 * both sides' messages and a legal hold's reason. A live case kept beside them, with its own
 * canary, shows that the search does find what is there. The figures still count every case.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckBack } from '@/lib/check-back/check-back';
import { encryptMessage } from '@/lib/check-back/messages';
import { createPinLockout } from '@/lib/check-back/pin-lockout';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { createConfiguredOutbox } from '@/lib/runtime/delivery-runtime';
import { caseLifecycleDeps } from '@/lib/runtime/case-lifecycle';
import { openStorage } from '@/lib/runtime/open-storage';
import { databaseFile } from '@/lib/storage/store';
import { parseEnv } from '@/lib/env';
import { encryptNote } from '@/lib/runtime/case-view';
import { startEmbeddedSmtpServer } from '@/lib/mailbox/embedded-smtp-server';
import { mailboxDirectory } from '@/lib/mailbox/mailbox';
import { referralSchema } from '@/lib/referral/schema';
import { canaryAnswers } from '@/testing/test-answers';
import { hashPassword, verifyPassword } from '@/lib/crypto/password';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { sqlitePort } from '@/lib/storage/sql-port';
import { createCaseRepository } from '@/lib/storage/case-repository';
import { createCheckBackRepository } from '@/lib/storage/check-back-repository';
import { demoSettings } from '@/testing/test-env';
import { captureLog } from '@/testing/test-log';
import { loadFigures, purgeDueCases } from '../runtime/case-lifecycle';
import { createLegalHolds } from '@/lib/retention/legal-hold';
import { DAY_MS } from '@/lib/cases/case-state';

const PIN = '418273';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every file under `dir`, as bytes. */
function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ file, bytes: fs.readFileSync(file) }));
}

describe('purge and withdrawal leave no content', () => {
  it('in any table, the WAL, the data directory or the demo mailbox, and the figures still count the cases', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-canary-'));
    const env = parseEnv({ ...demoSettings, DATA_DIR: dataDir, EMBEDDED_SMTP_PORT: '0' });
    const smtp = await startEmbeddedSmtpServer({ port: 0, mailboxDir: mailboxDirectory(dataDir) });
    const storage = await openStorage(env);
    const { outbox, transport } = createConfiguredOutbox(env, storage.store.delivery, storage.dataKey, `smtp://127.0.0.1:${smtp.port}`);
    const lifecycle = caseLifecycleDeps(env, storage, mailboxDirectory(dataDir));
    const db = openDatabase(databaseFile(dataDir));
    cleanups.push(async () => {
      db.close();
      transport.close();
      await storage.close();
      await smtp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const { staff, retention } = lifecycle;
    const cases = createCaseRepository(sqlitePort(db));
    const checkBack = createCheckBackRepository(sqlitePort(db));
    const { dataKey } = storage;
    const t0 = Date.now() - 400 * DAY_MS;
    const [ana, ben] = await Promise.all(
      ['ana@service.test', 'ben@service.test'].map(async (email) => {
        const added = await staff.addStaff({ email, role: 'manager', enrolmentTokenHash: email, enrolmentExpiresAt: t0, now: t0 });
        if (added.outcome !== 'created') throw new Error('no manager');
        return added.member;
      }),
    );
    const holds = createLegalHolds({ retention, audit: (fields) => staff.appendAudit(fields), dataKey, now: () => t0 + DAY_MS });

    /** A referral full of canaries, as the server stores it; notes, messages and a PIN when `extras`. */
    async function referralWithCanaries(label: string, extras: boolean) {
      const marker = `cnry${label}${randomBytes(4).toString('hex')}`;
      const { answers, canaries } = canaryAnswers(marker);
      const payload = JSON.parse(JSON.stringify(referralSchema().parse(answers))) as Record<string, unknown>;
      const { reference } = await acceptReferralWith(
        { repository: storage.store.delivery, dataKey: storage.dataKey, now: () => t0, log: captureLog().log },
        { formToken: randomBytes(16).toString('hex'), nation: 'scotland', payload },
      );
      // A real PIN's hash (the person signs in with it to withdraw), itself looked for afterwards.
      const pinHash = await hashPassword(PIN);
      if (extras) {
        await cases.addNote(reference, ana!.id, encryptNote(dataKey, reference, `note ${marker}`), t0 + 1);
        await checkBack.setPin(reference, pinHash, t0 + 1);
        await checkBack.addMessage(reference, 'support-worker', ana!.id, encryptMessage(dataKey, reference, `worker ${marker}`), t0 + 2);
        await checkBack.addMessage(reference, 'person', null, encryptMessage(dataKey, reference, `person ${marker}`), t0 + 3);
      }
      // The words a person may have typed, and the marker itself wherever else it went.
      return { reference, marker, needles: [marker, ...Object.values(canaries), ...(extras ? [pinHash] : [])] };
    }

    const purged = await referralWithCanaries('purged', true);
    const withdrawnAfterSending = await referralWithCanaries('withdrawn', true);
    const kept = await referralWithCanaries('kept', true);
    expect(await outbox.drain()).toBe(3); // each email now has a plain-text copy in the mailbox
    // Withdrawn before its email went: the email is never sent, and its row must still go.
    const withdrawnUnsent = await referralWithCanaries('unsent', false);

    expect(await holds.set(ana!, purged.reference, { reason: `hold ${purged.marker}`, reviewAt: t0 + 30 * DAY_MS })).toEqual({ ok: true });
    await cases.setStatus(purged.reference, 'contacting', null, t0 + DAY_MS);
    await cases.setStatus(purged.reference, 'closed', 'supported', t0 + 2 * DAY_MS);
    expect(await checkBack.withdraw(withdrawnUnsent.reference, t0 + 2 * DAY_MS, 'standard')).toBe(true);

    const sealedPayload = (await retention.listCases()).find((c) => c.reference === purged.reference)!.encryptedPayload;
    const everything = () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      const text = (value: unknown) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value));
      const rows = tables.flatMap(({ name }) => (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((row) => row.map(text).join('|')));
      return Buffer.concat([Buffer.from(rows.join('\n'), 'latin1'), ...filesUnder(dataDir).map(({ bytes }) => bytes)]);
    };
    const found = (bytes: Buffer, needles: string[]) => needles.filter((needle) => bytes.includes(needle));

    // Before: the search finds the delivered copies and the stored ciphertext (so it can fail).
    const before = everything();
    expect(found(before, purged.needles)).not.toEqual([]);
    expect(before.includes(sealedPayload.subarray(16, 64))).toBe(true);

    // The person withdraws the one whose email went, as on the check-back pages: at once, before
    // any purge, nothing of it is left, the demo mailbox's plain-text copy included.
    const service = createCheckBack({
      checkBack,
      cases,
      dataKey,
      lockout: createPinLockout(),
      audit: (action, reference) => staff.appendAudit({ at: t0 + 2 * DAY_MS, actor: 'person', action, reference, detail: null }),
      hashPin: hashPassword,
      verifyPin: verifyPassword,
      now: () => t0 + 2 * DAY_MS,
      mailboxDir: mailboxDirectory(dataDir),
    });
    const signedIn = await service.signIn(withdrawnAfterSending.reference, PIN, 'test');
    if (signedIn.outcome !== 'signed-in') throw new Error('the person should be signed in');
    const confirm = await service.askToWithdraw(signedIn.session);
    expect(await service.withdraw(confirm?.session)).toEqual({ reference: withdrawnAfterSending.reference });
    expect(found(everything(), withdrawnAfterSending.needles)).toEqual([]);
    expect(found(everything(), kept.needles)).not.toEqual([]);

    // The hold keeps the closed case past its date, until a second manager approves lifting it.
    const dueAt = t0 + 2 * DAY_MS + 90 * DAY_MS;
    // The withdrawn ones (30 days after withdrawal) go; the held one stays.
    expect((await purgeDueCases(lifecycle, dueAt)).sort()).toEqual([withdrawnAfterSending.reference, withdrawnUnsent.reference].sort());
    expect((await retention.listCases()).map((c) => c.reference).sort()).toEqual([purged.reference, kept.reference].sort());
    expect(await holds.requestLift(ana!, purged.reference)).toEqual({ ok: true });
    expect(await holds.approveLift(ben!, purged.reference)).toEqual({ ok: true });
    expect(await purgeDueCases(lifecycle, dueAt)).toEqual([purged.reference]);

    const after = everything();
    for (const gone of [purged, withdrawnAfterSending, withdrawnUnsent]) expect(found(after, gone.needles), gone.reference).toEqual([]);
    expect(after.includes(sealedPayload.subarray(16, 64))).toBe(false);
    // The live case is untouched: its copy is still in the mailbox.
    expect(found(after, kept.needles)).not.toEqual([]);

    // The figures still count all four; three ended (supported, and two withdrawn).
    const { figures } = await loadFigures({ ...lifecycle, cases: storage.store.cases }, dueAt, 'all');
    expect(figures.byNation.totals.scotland.count).toBe(4);
    expect(figures.outcomes.totals.supported.count).toBe(1);
    expect(figures.outcomes.totals.withdrawn.count).toBe(2);
    expect(figures.byPriority.grandTotal.count).toBe(4);
    expect((await retention.tombstones()).map((t) => [t.reference, t.ended]).sort()).toEqual(
      [
        [purged.reference, 'purged'],
        [withdrawnAfterSending.reference, 'withdrawn'],
        [withdrawnUnsent.reference, 'withdrawn'],
      ].sort(),
    );
  });
});
