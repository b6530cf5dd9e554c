/**
 * A case's whole life on a real SQLite file with a fake clock: a closed case is listed for
 * managers on its reminder date and deleted on its deletion date; activity pushes the date out;
 * a held case survives, and lifting the hold needs a second manager; an open case is flagged,
 * never deleted. Each deletion leaves a tombstone and an audit row.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { openStorage } from '@/lib/runtime/open-storage';
import { parseEnv } from '@/lib/env';
import { encryptNote } from '@/lib/runtime/case-view';
import { completeAnswers } from '@/testing/test-answers';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { sqlitePort } from '@/lib/storage/sql-port';
import { createCaseRepository } from '@/lib/storage/case-repository';
import { createCheckBackRepository } from '@/lib/storage/check-back-repository';
import { demoSettings } from '@/testing/test-env';
import { captureLog } from '@/testing/test-log';
import { databaseFile } from '@/lib/storage/store';
import { caseLifecycleDeps, loadRetentionOverview, purgeDueCases } from './case-lifecycle';
import { createLegalHolds, decryptHoldReason, readReviewDate } from '@/lib/retention/legal-hold';
import { DAY_MS } from '@/lib/cases/case-state';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const T0 = Date.parse('2026-11-02T09:00:00Z'); // a Monday
const DAY = DAY_MS;

async function setUp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-lifecycle-'));
  const env = parseEnv({ ...demoSettings, DATA_DIR: dataDir });
  const storage = await openStorage(env);
  const lifecycle = caseLifecycleDeps(env, storage);
  const db = openDatabase(databaseFile(dataDir));
  cleanups.push(() => {
    db.close();
    void storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const clock = { now: T0 };
  const { log, lines } = captureLog();
  const deps = { ...lifecycle, log };
  const { staff, retention } = lifecycle;
  const managers = [];
  for (const email of ['ana@service.test', 'ben@service.test']) {
    const added = await staff.addStaff({ email, role: 'manager', enrolmentTokenHash: email, enrolmentExpiresAt: T0, now: T0 });
    if (added.outcome !== 'created') throw new Error('no manager');
    managers.push(added.member);
  }
  const accept = async (answers: object, at = T0) =>
    (
      await acceptReferralWith(
        { repository: storage.store.delivery, dataKey: storage.dataKey, now: () => at, log },
        { formToken: randomBytes(16).toString('hex'), nation: 'wales', payload: answers as Record<string, unknown> },
      )
    ).reference;
  const holds = createLegalHolds({ retention, audit: (fields) => staff.appendAudit(fields), dataKey: storage.dataKey, now: () => clock.now });
  return {
    env,
    deps,
    lines,
    clock,
    accept,
    holds,
    managers: managers as [(typeof managers)[0], (typeof managers)[0]],
    cases: createCaseRepository(sqlitePort(db)),
    checkBack: createCheckBackRepository(sqlitePort(db)),
    retention,
    staff,
    dataKey: storage.dataKey,
    purgeAt: (at: number) => purgeDueCases(deps, at),
    overviewAt: (at: number) => loadRetentionOverview(deps, at),
  };
}

describe('retention by outcome (fake clock)', () => {
  it('lists a closed case for managers from its reminder date, and deletes it on its deletion date', async () => {
    const { accept, cases, purgeAt, overviewAt, retention, staff, lines } = await setUp();
    const declined = await accept(completeAnswers({ inDanger: 'yes' }));
    await cases.setStatus(declined, 'contacting', null, T0 + DAY);
    await cases.setStatus(declined, 'closed', 'declined', T0 + 2 * DAY); // 30 days by default, reminder 14 before

    const closedAt = T0 + 2 * DAY;
    expect((await overviewAt(closedAt + 15 * DAY)).dueForDeletion).toEqual({ cases: [], total: 0 });
    expect((await overviewAt(closedAt + 16 * DAY)).dueForDeletion).toEqual({ cases: [{ reference: declined, at: closedAt + 30 * DAY }], total: 1 });
    expect(await purgeAt(closedAt + 30 * DAY - 1)).toEqual([]);
    expect(await purgeAt(closedAt + 30 * DAY)).toEqual([declined]);

    expect(await retention.listCases()).toEqual([]);
    expect(await retention.tombstones()).toEqual([
      {
        reference: declined,
        nation: 'wales',
        priority: 'urgent',
        receivedAt: T0,
        firstContactedAt: T0 + DAY,
        closedAt,
        outcome: 'declined',
        ended: 'purged',
        endedAt: closedAt + 30 * DAY,
      },
    ]);
    expect((await staff.recentAudit({ reference: declined, limit: 5 }))[0]).toMatchObject({
      actor: 'schedule',
      action: 'purged',
      detail: 'declined',
      at: closedAt + 30 * DAY,
    });
    // The log counts; it never names a case that no longer exists.
    expect(lines.filter((line) => line.event === 'retention.purged')).toEqual([expect.objectContaining({ count: 1 })]);
    expect(lines.some((line) => line.event === 'retention.purged' && 'reference' in line)).toBe(false);
  });

  it('counts each outcome’s own days, and a note or the person’s message pushes the date out', async () => {
    const { accept, cases, checkBack, purgeAt, managers, dataKey } = await setUp();
    const supported = await accept(completeAnswers());
    const declined = await accept(completeAnswers());
    await cases.setStatus(supported, 'closed', 'supported', T0); // 90 days
    await cases.setStatus(declined, 'closed', 'declined', T0); // 30 days
    await checkBack.setPin(declined, 'hash', T0);
    await checkBack.addMessage(declined, 'person', null, Buffer.from('sealed'), T0 + 20 * DAY);
    await cases.addNote(supported, managers[0].id, encryptNote(dataKey, supported, 'called back'), T0 + 10 * DAY);

    expect(await purgeAt(T0 + 30 * DAY)).toEqual([]); // the message moved it to day 50
    expect(await purgeAt(T0 + 50 * DAY)).toEqual([declined]);
    expect(await purgeAt(T0 + 90 * DAY)).toEqual([]); // the note moved it to day 100
    expect(await purgeAt(T0 + 100 * DAY)).toEqual([supported]);
  });

  it('never deletes an open case, however old, and flags it for a manager when idle', async () => {
    const { accept, cases, purgeAt, overviewAt, retention } = await setUp();
    const waiting = await accept(completeAnswers());
    await cases.setStatus(waiting, 'waiting', null, T0 + DAY);
    expect((await overviewAt(T0 + 30 * DAY)).idle).toEqual([]);
    expect((await overviewAt(T0 + 31 * DAY)).idle).toEqual([{ reference: waiting, at: T0 + DAY }]);
    expect(await purgeAt(T0 + 3650 * DAY)).toEqual([]);
    expect((await retention.listCases()).map((c) => c.reference)).toEqual([waiting]);
    // A new referral nobody contacted is overdue as well as idle.
    const untouched = await accept(completeAnswers(), T0 + 40 * DAY);
    expect((await overviewAt(T0 + 45 * DAY)).overdueContacts).toEqual([{ reference: untouched, at: T0 + 40 * DAY }]);
  });
});

describe('legal hold (fake clock)', () => {
  it('keeps a held case past its date; lifting needs a second manager, and then the case follows its dates', async () => {
    const { accept, cases, purgeAt, overviewAt, holds, managers: [ana, ben], retention, staff, dataKey, clock } = await setUp();
    const reference = await accept(completeAnswers());
    await cases.setStatus(reference, 'closed', 'declined', T0);
    const reviewAt = T0 + 60 * DAY;

    const caseworker = { id: 99, email: 'cw@service.test', role: 'caseworker' as const };
    expect(await holds.set(caseworker, reference, { reason: 'Court order', reviewAt })).toEqual({ ok: false, error: 'not-a-manager' });
    expect(await holds.set(ana, reference, { reason: '   ', reviewAt })).toEqual({ ok: false, error: 'reason-empty' });
    expect(await holds.set(ana, reference, { reason: 'x'.repeat(501), reviewAt })).toEqual({ ok: false, error: 'reason-too-long' });
    expect(await holds.set(ana, reference, { reason: 'Court order', reviewAt: T0 })).toEqual({ ok: false, error: 'review-past' });
    expect(await holds.set(ana, reference, { reason: 'Court order', reviewAt: T0 + 400 * DAY })).toEqual({ ok: false, error: 'review-too-far' });
    expect(await holds.set(ana, reference, { reason: 'Court order 2026/114', reviewAt })).toEqual({ ok: true });
    expect(await holds.set(ben, reference, { reason: 'again', reviewAt })).toEqual({ ok: false, error: 'held-already' });
    const hold = await retention.findHold(reference);
    expect(hold && decryptHoldReason(dataKey, hold)).toBe('Court order 2026/114');
    expect(hold!.encryptedReason.includes('Court order')).toBe(false);

    expect(await purgeAt(T0 + 400 * DAY)).toEqual([]);
    expect((await overviewAt(T0 + 40 * DAY)).holdsDueForReview).toEqual([]);
    expect((await overviewAt(T0 + 46 * DAY)).holdsDueForReview).toEqual([{ reference, at: reviewAt }]);
    expect((await overviewAt(T0 + 46 * DAY)).dueForDeletion).toEqual({ cases: [], total: 0 }); // held: not "to be deleted"

    clock.now = T0 + 61 * DAY;
    expect(await holds.approveLift(ben, reference)).toEqual({ ok: false, error: 'lift-not-requested' });
    expect(await holds.requestLift(ana, reference)).toEqual({ ok: true });
    expect(await holds.requestLift(ben, reference)).toEqual({ ok: false, error: 'lift-requested-already' });
    expect(await holds.approveLift(ana, reference)).toEqual({ ok: false, error: 'lift-same-manager' });
    expect(await purgeAt(clock.now)).toEqual([]); // still held until approved
    expect(await holds.approveLift(ben, reference)).toEqual({ ok: true });
    expect(await purgeAt(clock.now)).toEqual([reference]);

    const trail = (await staff.recentAudit({ reference, limit: 10 })).reverse().map((row) => [row.actor, row.action, row.detail]);
    expect(trail).toEqual([
      ['ana@service.test', 'hold', '2027-01-01'],
      ['ana@service.test', 'hold-lift-requested', null],
      ['ben@service.test', 'hold-lifted', null],
      ['schedule', 'purged', 'declined'],
    ]);
    expect(trail.flat().join(' ')).not.toContain('Court order');
  });

  it('reads a review date as typed, GOV.UK style, and refuses what is not one', () => {
    expect(readReviewDate('1', '1', '2027', T0)).toEqual({ at: Date.UTC(2027, 0, 1) });
    expect(readReviewDate('', ' ', '', T0)).toEqual({ error: 'review-missing' });
    expect(readReviewDate('31', '2', '2027', T0)).toEqual({ error: 'review-invalid' });
    expect(readReviewDate('x', '2', '2027', T0)).toEqual({ error: 'review-invalid' });
    expect(readReviewDate('1', '1', '2026', T0)).toEqual({ error: 'review-past' });
    expect(readReviewDate('1', '1', '2028', T0)).toEqual({ error: 'review-too-far' });
  });
});
