/**
 * What every `RetentionRepository` must do, as one suite any store can run: call
 * `describeRetentionRepositoryContract` from a test file with a factory that opens a fresh,
 * empty store (both stores run it in `lib/storage/retention-repository.test.ts`). The other
 * repositories come with it because a case is made through them, as in the service.
 */
import { describe, expect, it } from 'vitest';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { DeliveryRepository } from '@/lib/delivery/repository';
import type { CaseRepository } from '@/lib/cases/case-repository';
import type { RetentionRepository } from '@/lib/retention/repository';
import { DAY_MS } from '@/lib/cases/case-state';
import type { RetentionPolicy } from '@/lib/cases/retention-rules';
import type { StaffRepository } from '@/lib/staff/repository';

export type RetentionStores = {
  retention: RetentionRepository;
  delivery: DeliveryRepository;
  cases: CaseRepository;
  checkBack: CheckBackRepository;
  staff: StaffRepository;
  close(): Promise<void> | void;
};

const DAY = DAY_MS;
const T0 = Date.parse('2026-11-02T09:00:00Z');
/** Short periods, so a case closed in a test is due within days: 5 after closing, 1 once withdrawn. */
const POLICY: RetentionPolicy = {
  daysByOutcome: { supported: 5, 'referred-on': 5, 'could-not-contact': 5, declined: 5, withdrawn: 1 },
  reminderDays: 1,
  idleDays: 30,
};

export function describeRetentionRepositoryContract(name: string, open: () => Promise<RetentionStores>): void {
  async function withStores(run: (stores: RetentionStores & { managers: [number, number] }) => Promise<void>) {
    const stores = await open();
    try {
      const added = await Promise.all(
        ['a@service.test', 'b@service.test'].map((email) =>
          stores.staff.addStaff({ email, role: 'manager', enrolmentTokenHash: `token-${email}`, enrolmentExpiresAt: T0 + DAY, now: T0 }),
        ),
      );
      const managers = added.map((result) => (result.outcome === 'created' ? result.member.id : -1)) as [number, number];
      await run({ ...stores, managers });
    } finally {
      await stores.close();
    }
  }

  async function accept(delivery: DeliveryRepository, reference: string, at = T0) {
    const result = await delivery.insertReferral({
      reference,
      formToken: `form-${reference}`,
      nation: 'scotland',
      encryptedPayload: Buffer.from(`sealed ${reference}`),
      now: at,
    });
    expect(result).toEqual({ outcome: 'created', reference });
  }

  describe(`RetentionRepository contract: ${name}`, () => {
    it('lists a new case as open, with no dates of its own yet', () =>
      withStores(async ({ retention, delivery }) => {
        await accept(delivery, 'AAAA-1111');
        const listed = await retention.listCases();
        expect(listed).toEqual([
          {
            reference: 'AAAA-1111',
            nation: 'scotland',
            receivedAt: T0,
            encryptedPayload: Buffer.from('sealed AAAA-1111'),
            status: 'new',
            outcome: null,
            firstContactedAt: null,
            closedAt: null,
            lastActivityAt: null,
            updatedAt: null,
            withdrawnAt: null,
            held: false,
          },
        ]);
        // One case alone, for its page, is the same as in the list.
        expect(await retention.findCase('AAAA-1111')).toEqual(listed[0]);
        expect(await retention.findCase('NONE-0000')).toBeUndefined();
      }));

    it('records when a case closed, clears it when reopened, and takes notes and the person’s messages as activity', () =>
      withStores(async ({ retention, delivery, cases, checkBack, managers }) => {
        await accept(delivery, 'AAAA-1111');
        await cases.setStatus('AAAA-1111', 'contacting', null, T0 + DAY);
        await cases.setStatus('AAAA-1111', 'closed', 'supported', T0 + 2 * DAY);
        let [found] = await retention.listCases();
        expect(found).toMatchObject({ status: 'closed', outcome: 'supported', firstContactedAt: T0 + DAY, closedAt: T0 + 2 * DAY });

        await checkBack.addMessage('AAAA-1111', 'support-worker', managers[0], Buffer.from('x'), T0 + 3 * DAY);
        [found] = await retention.listCases();
        expect(found!.lastActivityAt).toBeNull(); // the service's own message is not the person's activity
        await checkBack.addMessage('AAAA-1111', 'person', null, Buffer.from('x'), T0 + 4 * DAY);
        await cases.addNote('AAAA-1111', managers[0], Buffer.from('x'), T0 + 5 * DAY);
        [found] = await retention.listCases();
        expect(found!.lastActivityAt).toBe(T0 + 5 * DAY);
        expect(await retention.findCase('AAAA-1111')).toEqual(found);

        await cases.setStatus('AAAA-1111', 'in-progress', null, T0 + 6 * DAY);
        [found] = await retention.listCases();
        expect(found).toMatchObject({ status: 'in-progress', closedAt: null });
      }));

    it('holds a case once, and lifts it only with a second manager’s approval', () =>
      withStores(async ({ retention, delivery, managers: [first, second] }) => {
        await accept(delivery, 'AAAA-1111');
        expect(await retention.setHold('NONE-0000', { encryptedReason: Buffer.from('r'), reviewAt: T0, staffId: first, now: T0 })).toBe('not-found');
        const hold = { encryptedReason: Buffer.from('sealed reason'), reviewAt: T0 + 30 * DAY, staffId: first, now: T0 };
        expect(await retention.setHold('AAAA-1111', hold)).toBe('set');
        expect(await retention.setHold('AAAA-1111', hold)).toBe('held-already');
        expect((await retention.listCases())[0]!.held).toBe(true);
        expect(await retention.findHold('AAAA-1111')).toEqual({
          reference: 'AAAA-1111',
          encryptedReason: Buffer.from('sealed reason'),
          reviewAt: T0 + 30 * DAY,
          setBy: { id: first, email: 'a@service.test' },
          setAt: T0,
          liftRequestedBy: null,
          liftRequestedAt: null,
        });

        expect(await retention.approveLift('AAAA-1111', second)).toBe('no-request');
        expect(await retention.requestLift('AAAA-1111', first, T0 + DAY)).toBe('requested');
        expect(await retention.requestLift('AAAA-1111', second, T0 + DAY)).toBe('requested-already');
        expect(await retention.approveLift('AAAA-1111', first)).toBe('same-manager');
        expect((await retention.listHolds()).map((h) => h.liftRequestedBy)).toEqual([{ id: first, email: 'a@service.test' }]);
        expect(await retention.approveLift('AAAA-1111', second)).toBe('lifted');
        expect(await retention.findHold('AAAA-1111')).toBeUndefined();
        expect(await retention.approveLift('AAAA-1111', second)).toBe('not-held');
        expect(await retention.requestLift('AAAA-1111', first, T0)).toBe('not-held');
      }));

    it('purges everything of a case but a tombstone, and never a held one', () =>
      withStores(async ({ retention, delivery, cases, checkBack, managers }) => {
        await accept(delivery, 'AAAA-1111');
        await accept(delivery, 'BBBB-2222', T0 + DAY);
        await cases.setStatus('AAAA-1111', 'contacting', null, T0 + DAY);
        await cases.setStatus('AAAA-1111', 'closed', 'referred-on', T0 + 2 * DAY);
        await cases.addNote('AAAA-1111', managers[0], Buffer.from('x'), T0 + 2 * DAY);
        await checkBack.setPin('AAAA-1111', 'hash', T0);
        await retention.setHold('BBBB-2222', { encryptedReason: Buffer.from('r'), reviewAt: T0, staffId: managers[0], now: T0 });

        expect(await retention.purge('BBBB-2222', 'high', POLICY, T0 + 9 * DAY)).toBe(false);
        expect(await retention.purge('NONE-0000', 'high', POLICY, T0 + 9 * DAY)).toBe(false);
        expect(await retention.purge('AAAA-1111', 'urgent', POLICY, T0 + 9 * DAY)).toBe(true);
        expect(await retention.purge('AAAA-1111', 'urgent', POLICY, T0 + 9 * DAY)).toBe(false);

        expect((await retention.listCases()).map((c) => c.reference)).toEqual(['BBBB-2222']);
        expect(await delivery.findReferral('AAAA-1111')).toBeUndefined();
        expect(await cases.notes('AAAA-1111')).toEqual([]);
        expect(await checkBack.pinHash('AAAA-1111')).toBeUndefined();
        expect((await delivery.listJobs()).map((job) => job.reference)).toEqual(['BBBB-2222']);
        expect(await retention.tombstones()).toEqual([
          {
            reference: 'AAAA-1111',
            nation: 'scotland',
            priority: 'urgent',
            receivedAt: T0,
            firstContactedAt: T0 + DAY,
            closedAt: T0 + 2 * DAY,
            outcome: 'referred-on',
            ended: 'purged',
            endedAt: T0 + 9 * DAY,
          },
        ]);
      }));

    it('purges a listed case only if it is still closed, past its date and not held when the purge runs', () =>
      withStores(async ({ retention, delivery, cases, checkBack, managers }) => {
        const closeAll = async () => {
          for (const reference of ['AAAA-1111', 'BBBB-2222', 'CCCC-3333', 'DDDD-4444']) {
            await cases.setStatus(reference, 'contacting', null, T0);
            await cases.setStatus(reference, 'closed', 'supported', T0 + DAY);
          }
        };
        for (const reference of ['AAAA-1111', 'BBBB-2222', 'CCCC-3333', 'DDDD-4444']) await accept(delivery, reference);
        await closeAll();
        const sweepAt = T0 + 7 * DAY;
        // What a sweep would have listed: all four closed and due.
        const listed = await retention.listCases();
        expect(listed.map((c) => c.status)).toEqual(['closed', 'closed', 'closed', 'closed']);

        // Between that list and each purge, on any instance: reopened, a note, a message from the
        // person (the newest activity moves the date past the sweep), a hold.
        await cases.setStatus('AAAA-1111', 'contacting', null, T0 + 6 * DAY);
        await cases.addNote('BBBB-2222', managers[0], Buffer.from('n'), T0 + 6 * DAY);
        await checkBack.addMessage('CCCC-3333', 'person', null, Buffer.from('m'), T0 + 6 * DAY);
        await retention.setHold('DDDD-4444', { encryptedReason: Buffer.from('r'), reviewAt: T0, staffId: managers[0], now: T0 + 6 * DAY });

        for (const { reference } of listed) expect(await retention.purge(reference, 'high', POLICY, sweepAt)).toBe(false);
        expect((await retention.listCases()).map((c) => c.reference)).toEqual(['AAAA-1111', 'BBBB-2222', 'CCCC-3333', 'DDDD-4444']);
        expect(await retention.tombstones()).toEqual([]);
        // Not yet due is not due either, and once its new date has passed the note's case goes.
        expect(await retention.purge('BBBB-2222', 'high', POLICY, T0 + 11 * DAY - 1)).toBe(false);
        expect(await retention.purge('BBBB-2222', 'high', POLICY, T0 + 11 * DAY)).toBe(true);
      }));

    it('leaves a withdrawn tombstone at withdrawal, which purging the emptied row keeps', () =>
      withStores(async ({ retention, delivery, checkBack, managers }) => {
        await accept(delivery, 'AAAA-1111');
        await retention.setHold('AAAA-1111', { encryptedReason: Buffer.from('r'), reviewAt: T0, staffId: managers[0], now: T0 });
        expect(await checkBack.withdraw('AAAA-1111', T0 + DAY, 'high')).toBe(true);
        // The person's withdrawal is not stopped by a hold: it deletes the hold's reason too.
        expect(await retention.findHold('AAAA-1111')).toBeUndefined();
        const withdrawn = {
          reference: 'AAAA-1111',
          nation: 'scotland',
          priority: 'high',
          receivedAt: T0,
          firstContactedAt: null,
          closedAt: T0 + DAY,
          outcome: 'withdrawn',
          ended: 'withdrawn',
          endedAt: T0 + DAY,
        };
        expect(await retention.tombstones()).toEqual([withdrawn]);
        expect((await retention.listCases())[0]).toMatchObject({ status: 'closed', outcome: 'withdrawn', withdrawnAt: T0 + DAY, closedAt: T0 + DAY });
        expect(await retention.purge('AAAA-1111', null, POLICY, T0 + 2 * DAY)).toBe(true);
        expect(await retention.listCases()).toEqual([]);
        expect(await retention.tombstones()).toEqual([withdrawn]);
      }));

  });
}
