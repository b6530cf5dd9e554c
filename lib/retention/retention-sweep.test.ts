/**
 * The sweep on a real SQLite store and a real mailbox directory: each purged case's demo-mailbox
 * copy goes straight after its own purge, so a failure later in the sweep (here the audit log
 * refusing a row) cannot strand a copy of a case that is already gone.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLog } from '@/testing/test-log';
import { openTestStore, type TestStore } from '@/testing/test-stores';
import { applyRetention } from './retention-sweep';
import { DAY_MS } from '@/lib/cases/case-state';
import { DEFAULT_RETENTION_POLICY } from '@/lib/cases/retention-rules';

const T0 = Date.parse('2026-11-02T09:00:00Z');

const opened: TestStore[] = [];
afterEach(async () => {
  for (const each of opened.splice(0)) await each.cleanup();
});

describe('applyRetention', () => {
  it('deletes a purged case’s mailbox copy even when writing its audit row then fails', async () => {
    const test = await openTestStore('sqlite');
    opened.push(test);
    const { store } = test;
    const mailboxDir = fs.mkdtempSync(path.join(test.dataDir, 'mailbox-'));
    const references = ['AAAA-1111', 'BBBB-2222'];
    for (const [index, reference] of references.entries()) {
      await store.delivery.insertReferral({
        reference,
        formToken: `form-${reference}`,
        nation: 'wales',
        encryptedPayload: Buffer.from(`sealed ${reference}`),
        now: T0,
      });
      await store.cases.setStatus(reference, 'closed', 'declined', T0);
      // A copy as the embedded SMTP server names and writes them.
      fs.writeFileSync(path.join(mailboxDir, `${T0 + index}-${randomBytes(6).toString('hex')}.eml`), `Subject: Referral ${reference}\r\n\r\nbody\r\n`);
    }

    const staff = {
      appendAudit: async () => {
        throw new Error('audit log unavailable');
      },
    };
    const deps = { retention: store.retention, staff, dataKey: randomBytes(32), policy: DEFAULT_RETENTION_POLICY, mailboxDir, log: captureLog().log };
    await expect(applyRetention(deps, T0 + 30 * DAY_MS)).rejects.toThrow('audit log unavailable');

    // The first case was purged before the audit failed: its copy went with it; the second's is untouched.
    expect((await store.retention.listCases()).map((c) => c.reference)).toEqual(['BBBB-2222']);
    const left = fs.readdirSync(mailboxDir).map((name) => fs.readFileSync(path.join(mailboxDir, name), 'latin1'));
    expect(left.filter((text) => text.includes('AAAA-1111'))).toEqual([]);
    expect(left.filter((text) => text.includes('BBBB-2222'))).toHaveLength(1);
  });
});
