/**
 * The queue and the case on each real store (a SQLite file, and a PostgreSQL database), with
 * referrals accepted the way the form's server action accepts them: urgent first then oldest,
 * filters and counts, overdue, and notes and referral content stored only encrypted, and
 * readable on the case.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { parseEnv } from '@/lib/env';
import { demoSettings } from '@/testing/test-env';
import { canaryAnswers, completeAnswers } from '@/testing/test-answers';
import { captureLog } from '@/testing/test-log';
import { openTestStore, STORE_KINDS, type StoreKind, type TestStore } from '@/testing/test-stores';
import { encryptNote, loadCase } from '@/lib/runtime/case-view';
import { loadQueue, QUEUE_PAGE_SIZE, type QueueFilter } from './queue';
import { encryptPayload } from '@/lib/crypto/payload-cipher';

const opened: TestStore[] = [];
afterEach(async () => {
  for (const each of opened.splice(0)) await each.cleanup();
});

const DAY = 24 * 60 * 60 * 1000;
const monday = Date.parse('2026-11-23T09:00:00Z');

async function setUp(kind: StoreKind) {
  const test = await openTestStore(kind);
  opened.push(test);
  const { cases, checkBack, delivery, staff } = test.store;
  const clock = { now: monday };
  const dataKey = randomBytes(32);
  const runtime = { cases, checkBack, dataKey, env: parseEnv(demoSettings), now: () => clock.now };
  const accept = async (payload: object, at: number) =>
    (
      await acceptReferralWith(
        { repository: delivery, dataKey, now: () => at, log: captureLog().log },
        { formToken: randomBytes(16).toString('hex'), nation: 'england', payload: payload as Record<string, unknown> },
      )
    ).reference;
  return { test, clock, runtime, accept, staff };
}

describe.each(STORE_KINDS)('on %s', (kind) => {
  describe('the queue', () => {
    it('puts urgent first, then high, then standard, oldest first within each, and marks overdue', async () => {
      const { runtime, accept, clock } = await setUp(kind);
      const standard = { ...completeAnswers(), inDanger: 'no', whatHappened: ['shared'], demands: [], otherAbuse: [], otherPersonAccess: ['no'] };
      const oldStandard = await accept(standard, monday);
      const high = await accept({ ...standard, whatHappened: ['threatened'] }, monday + 1000);
      const urgent = await accept({ ...standard, inDanger: 'yes' }, monday + 2000);
      const newStandard = await accept(standard, monday + 3000);
      clock.now = monday + 2 * DAY + 1500; // Wednesday: the first two are past their 2 working days
      const { items: queue, counts } = await loadQueue(runtime, { status: 'all', assignee: 'anyone', page: 1 }, 0);
      expect(queue.map((item) => [item.reference, item.priority, item.overdue])).toEqual([
        [urgent, 'urgent', false],
        [high, 'high', true],
        [oldStandard, 'standard', true],
        [newStandard, 'standard', false],
      ]);
      expect(counts).toMatchObject({ new: 4, closed: 0, overdue: 2, urgent: 1 });
    });

    it('filters by status and assignee, and counts each status', async () => {
      const { runtime, accept, staff } = await setUp(kind);
      const added = await staff.addStaff({ email: 'sam@support.example', role: 'caseworker', enrolmentTokenHash: 'x', enrolmentExpiresAt: 0, now: 0 });
      if (added.outcome !== 'created') throw new Error();
      const [first, second, third] = [await accept(completeAnswers(), monday), await accept(completeAnswers(), monday + 1), await accept(completeAnswers(), monday + 2)];
      await runtime.cases.assign(first!, added.member.id, monday);
      await runtime.cases.setStatus(second!, 'closed', 'supported', monday);
      const load = (filter: Omit<QueueFilter, 'page'>) => loadQueue(runtime, { ...filter, page: 1 }, added.member.id);
      const references = async (filter: Omit<QueueFilter, 'page'>) => (await load(filter)).items.map((item) => item.reference);
      expect(await references({ status: 'open', assignee: 'mine' })).toEqual([first]);
      expect(await references({ status: 'open', assignee: 'unassigned' })).toEqual([third]);
      expect(await references({ status: 'closed', assignee: 'anyone' })).toEqual([second]);
      expect(await references({ status: 'all', assignee: 'anyone' })).toHaveLength(3);
      expect((await load({ status: 'all', assignee: 'anyone' })).counts).toMatchObject({ new: 2, closed: 1 });
      expect((await runtime.cases.findCase(second!))).toMatchObject({ status: 'closed', outcome: 'supported', firstContactedAt: monday });
    });
  });

  it('triages once, with the data key, a referral stored before priorities were', async () => {
    const { runtime, test } = await setUp(kind);
    const urgent = { ...completeAnswers(), inDanger: 'yes' };
    await test.store.delivery.insertReferral({
      reference: 'AAAA-2222',
      formToken: randomBytes(16).toString('hex'),
      nation: 'england',
      encryptedPayload: encryptPayload(runtime.dataKey, 'AAAA-2222', urgent),
      now: monday,
    });
    expect(await runtime.cases.unprioritised(10)).toHaveLength(1);
    const { items } = await loadQueue(runtime, { status: 'open', assignee: 'anyone', page: 1 }, 0);
    expect(items.map((item) => [item.reference, item.priority])).toEqual([['AAAA-2222', 'urgent']]);
    expect(await runtime.cases.unprioritised(10)).toEqual([]);
  });

  it('pages the queue, and a page past the last shows the last', async () => {
    const { runtime, accept } = await setUp(kind);
    for (let n = 0; n < QUEUE_PAGE_SIZE + 1; n += 1) await accept(completeAnswers(), monday + n);
    const first = await loadQueue(runtime, { status: 'open', assignee: 'anyone', page: 1 }, 0);
    expect([first.items.length, first.matching, first.page, first.pages]).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE + 1, 1, 2]);
    const beyond = await loadQueue(runtime, { status: 'open', assignee: 'anyone', page: 9 }, 0);
    expect([beyond.items.length, beyond.page]).toEqual([1, 2]);
    expect(beyond.items[0]!.receivedAt).toBe(monday + QUEUE_PAGE_SIZE);
  });

  describe('the case', () => {
    it('stores notes and the referral only encrypted, and shows them on the case', async () => {
      const { runtime, accept, staff, test } = await setUp(kind);
      const { answers, canaries } = canaryAnswers('Qzv-canary-5510');
      const reference = await accept(answers, monday);
      const added = await staff.addStaff({ email: 'sam@support.example', role: 'caseworker', enrolmentTokenHash: 'x', enrolmentExpiresAt: 0, now: 0 });
      if (added.outcome !== 'created') throw new Error();
      const note = 'Spoke to them safely. Qzv-note-canary-8123';
      expect(await runtime.cases.addNote(reference, added.member.id, encryptNote(runtime.dataKey, reference, note), monday)).toBe(true);
      expect(await runtime.cases.addNote('AAAA-AAAA', added.member.id, encryptNote(runtime.dataKey, 'AAAA-AAAA', note), monday)).toBe(false);

      const view = await loadCase(runtime, reference);
      if (!view || view.withdrawn) throw new Error('the case should be there');
      expect(view.notes.map((each) => [each.authorEmail, each.text])).toEqual([['sam@support.example', note]]);
      expect(view.safeContact.rows.flatMap((row) => row.lines)).toContain(canaries.preferredName);

      const stored = await test.storedText();
      expect(stored.includes('Qzv-note-canary-8123')).toBe(false);
      expect(stored.includes('Qzv-canary-5510')).toBe(false);
    });
  });
});
