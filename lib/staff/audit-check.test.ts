/**
 * The audit chain checked a slice at a time, on each store: the full walk from the first row
 * (`audit-verify`) and the hourly run that moves the checkpoint on and logs a break by row and
 * reason code only. Rows are changed behind the store's back as someone editing the database
 * directly would, after dropping the trigger that refuses it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditFields } from '@/lib/staff/audit-chain';
import { advanceAuditCheckpoint, verifyAuditFrom, verifyAuditSinceCheckpoint } from '@/lib/staff/audit-check';
import type { AuditCheckpoint } from '@/lib/staff/repository';
import { captureLog } from '@/testing/test-log';
import { openTestStore, STORE_KINDS, type StoreKind, type TestStore } from '@/testing/test-stores';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

const opened: TestStore[] = [];
afterEach(async () => {
  for (const each of opened.splice(0)) await each.cleanup();
});

const audit = (n: number): AuditFields => ({ at: T0 + n, actor: `worker-${n}@support.example`, action: 'view', reference: `REF${n}`, detail: null });

/** A store with rows 1 to 7 in its log, and the store's audit slices counted by the row they start after. */
async function withSevenRows(kind: StoreKind) {
  const test = await openTestStore(kind);
  opened.push(test);
  const { staff } = test.store;
  for (let n = 1; n <= 7; n += 1) await staff.appendAudit(audit(n));
  const read: number[] = [];
  const counting = { ...staff, auditAfter: (afterId: number, limit: number) => (read.push(afterId), staff.auditAfter(afterId, limit)) };
  const changeRow = async (id: number) => {
    await test.sql(kind === 'sqlite' ? 'DROP TRIGGER audit_log_no_update' : 'DROP TRIGGER audit_log_no_update ON audit_log');
    await test.sql(`UPDATE audit_log SET detail = 'edited' WHERE id = ${id}`);
  };
  return { test, staff, counting, read, changeRow };
}

describe.each(STORE_KINDS)('the audit chain check on the %s store', (kind) => {
  it('walks the whole log from the first row a slice at a time, without moving the checkpoint', async () => {
    const { staff, counting, read } = await withSevenRows(kind);
    const verified: AuditCheckpoint[] = [];
    const verdict = await verifyAuditFrom(counting, undefined, async (checkpoint) => void verified.push(checkpoint), 3);
    const all = await staff.auditAfter(0, 100);
    expect(verdict).toEqual({ ok: true, count: 7, lastHash: all[6]!.hash });
    expect(read).toEqual([0, 3, 6]);
    expect(verified).toEqual([3, 6, 7].map((id) => ({ id, hash: all[id - 1]!.hash })));
    expect(await staff.auditCheckpoint()).toBeUndefined();
  });

  it('stops at a changed row in a later slice and names it', async () => {
    const { counting, read, changeRow } = await withSevenRows(kind);
    await changeRow(5);
    const verified: number[] = [];
    const verdict = await verifyAuditFrom(counting, undefined, async ({ id }) => void verified.push(id), 3);
    expect(verdict).toEqual({ ok: false, count: 5, brokenAt: 5, code: 'changed', reason: 'its contents were changed' });
    expect(read).toEqual([0, 3]);
    expect(verified).toEqual([3]);
  });

  it('hourly, moves the checkpoint on, and logs a break by row and reason code only, which the page still shows', async () => {
    const { test, staff, changeRow } = await withSevenRows(kind);
    const { log, lines } = captureLog();
    await advanceAuditCheckpoint(staff, T0, log);
    expect((await staff.auditCheckpoint())?.id).toBe(7);
    expect(lines).toEqual([]);

    for (let n = 8; n <= 9; n += 1) await staff.appendAudit(audit(n));
    await changeRow(9);
    await advanceAuditCheckpoint(staff, T0, log);
    expect(lines).toEqual([{ level: 'error', time: lines[0]?.time, event: 'audit.chain_broken', row: 9, errorCode: 'changed' }]);
    expect(JSON.stringify(lines)).not.toContain('edited');
    expect(JSON.stringify(lines)).not.toContain('support.example');
    expect((await staff.auditCheckpoint())?.id).toBe(7);
    // The audit log page's own check finds the same break.
    expect(await verifyAuditSinceCheckpoint(test.store.staff, T0)).toMatchObject({ ok: false, brokenAt: 9 });
  });
});
