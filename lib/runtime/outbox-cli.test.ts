/** The outbox CLI on a real data directory, draining to a real SMTP server on loopback. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { referralV1Problems } from '@/e2e/support/referral-v1-schema';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { parseEnv } from '@/lib/env';
import { demoSettings } from '@/testing/test-env';
import { referralSchema } from '@/lib/referral/schema';
import { canaryAnswers } from '@/testing/test-answers';
import { captureLog } from '@/testing/test-log';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { openStorage } from './open-storage';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { sqlitePort } from '@/lib/storage/sql-port';
import { createCaseRepository } from '@/lib/storage/case-repository';
import { databaseFile } from '@/lib/storage/store';
import { createTestDatabase, STORE_KINDS, type StoreKind } from '@/testing/test-stores';
import { runOutboxCli } from './outbox-cli';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh data directory and a capturing relay on loopback, and the settings that use them. */
async function dataDirWithRelay(settings: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-cli-'));
  const smtp = await startSmtpCapture();
  cleanups.push(async () => {
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return { smtp, env: parseEnv({ ...demoSettings, DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ...settings }) };
}

/** The setting that puts the store on `kind`: nothing for SQLite, a fresh database for PostgreSQL. */
async function storeSettings(kind: StoreKind): Promise<Record<string, string>> {
  if (kind === 'sqlite') return {};
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  return { DATABASE_URL: database.url };
}

describe.each(STORE_KINDS)('npm run outbox on %s', (kind) => {
  it('drains waiting referrals, reports status, and refuses unknown commands', async () => {
    const { smtp, env } = await dataDirWithRelay(await storeSettings(kind));

    const storage = await openStorage(env);
    const references = [];
    for (let i = 0; i < 3; i += 1) {
      const { reference } = await acceptReferralWith(
        { repository: storage.store.delivery, dataKey: storage.dataKey, log: captureLog().log },
        { formToken: randomBytes(16).toString('hex'), nation: 'wales', payload: { i } },
      );
      references.push(reference);
    }
    await storage.close();

    const lines: string[] = [];
    expect(await runOutboxCli(['status'], env, (line) => lines.push(line))).toBe(0);
    expect(lines[0]).toBe('pending 3, sending 0, sent 0, dead 0');
    expect(lines.slice(1).map((line) => line.slice(0, 9)).sort()).toEqual([...references].sort());

    lines.length = 0;
    expect(await runOutboxCli(['drain'], env, (line) => lines.push(line))).toBe(0);
    expect(lines).toContain('Handled 3 job(s).');
    expect(lines).toContain('pending 0, sending 0, sent 3, dead 0');
    expect(smtp.messages).toHaveLength(3);

    expect(await runOutboxCli(['retry', references[0]!], env, () => {})).toBe(1); // sent: nothing to retry
    expect(await runOutboxCli(['explode'], env, () => {})).toBe(2);
    expect(await runOutboxCli(['purge'], env, () => {})).toBe(0);
  });

  it('sends today’s managers’ digest on demand, once', async () => {
    const { smtp, env } = await dataDirWithRelay(await storeSettings(kind));
    const opened = await openStorage(env);
    const lifecycle = opened.store;
    const added = await lifecycle.staff.addStaff({ email: 'lee@service.test', role: 'manager', enrolmentTokenHash: 'x', enrolmentExpiresAt: 0, now: 0 });
    if (added.outcome === 'created') await lifecycle.staff.completeEnrolment(added.member.id, { passwordHash: 'x', recoveryCodeHashes: [], now: 0 });
    const run = async () => {
      const lines: string[] = [];
      return { code: await runOutboxCli(['digest'], env, (line) => lines.push(line)), lines };
    };
    const today = new Date().toISOString().slice(0, 10);
    expect(await run()).toEqual({ code: 0, lines: ['Sent 1 digest(s).', `${today}  sent     attempts 1  -`] });
    expect((await run()).lines[0]).toBe('No digest was due: today’s has been sent already, or is waiting to retry.');
    expect(smtp.messages.map((message) => message.envelope.to)).toEqual([['lee@service.test']]);
  });

  it('shows the managers’ digests in status, apart from the referrals', async () => {
    const { smtp, env } = await dataDirWithRelay(await storeSettings(kind));
    expect(await runOutboxCli(['digest'], env, () => {})).toBe(1); // no manager yet: dead-lettered
    const lines: string[] = [];
    expect(await runOutboxCli(['status'], env, (line) => lines.push(line))).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(lines).toEqual(['pending 0, sending 0, sent 0, dead 0', 'digests: pending 0, sending 0, sent 0, dead 1', `${today}  dead     attempts 1  no-managers`]);
    expect(smtp.messages).toHaveLength(0);
  });
});

describe('npm run outbox', () => {
  it('says how to drain in embedded mode when the site is not running', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-cli-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const lines: string[] = [];
    expect(await runOutboxCli(['drain'], parseEnv({ ...demoSettings, DATA_DIR: dataDir }), (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toMatch(/start the site/);
  });

  it('shows a stored referral, as the full email’s text or as referral.v1 JSON, until it is purged', async () => {
    const { smtp, env } = await dataDirWithRelay({ REFERRAL_EMAIL: 'notice' });
    const { answers, canaries } = canaryAnswers(`cnry${randomBytes(4).toString('hex')}`);
    // Stored as the server stores it: validated, with answers that do not apply emptied.
    const payload = JSON.parse(JSON.stringify(referralSchema().parse(answers))) as Record<string, unknown>;
    const storage = await openStorage(env);
    const { reference } = await acceptReferralWith(
      { repository: storage.store.delivery, dataKey: storage.dataKey, log: captureLog().log },
      { formToken: randomBytes(16).toString('hex'), nation: 'england', payload },
    );
    await storage.close();
    const run = async (...args: string[]) => {
      const lines: string[] = [];
      const code = await runOutboxCli(args, env, (line) => lines.push(line));
      return { code, output: lines.join('\n') };
    };

    const shown = await run('show', reference);
    expect(shown.code).toBe(0);
    expect(shown.output).toMatch(new RegExp(`^Referral ${reference}\n\n== Triage ==`));
    const { phone, ...applicable } = canaries; // contact is by email, so the phone number was not kept
    expect(Object.values(applicable).filter((value) => !shown.output.includes(value)), shown.output).toEqual([]);
    expect(shown.output).not.toContain(phone);
    expect(shown.output).not.toContain('attached'); // a terminal has no attachment to point to

    // Typed as a person might read it out; the option may come first.
    const json = await run('show', '--json', reference.toLowerCase().replace('-', ' '));
    expect(json.code).toBe(0);
    const document = JSON.parse(json.output) as Record<string, unknown>;
    expect(referralV1Problems(document)).toBeUndefined();
    expect(document).toMatchObject({ format: 'referral.v1', reference, priority: 'high' });
    expect(json.output).toContain(applicable.description);

    expect(await run('show', reference, '--yaml')).toMatchObject({ code: 2, output: expect.stringMatching(/^Usage: npm run outbox -- .*show <reference> \[--json\]/) });
    expect(await run('show')).toMatchObject({ code: 2, output: expect.stringMatching(/^Give a reference like KQ7M-X4PD/) });
    expect(await run('show', 'not-a-ref')).toMatchObject({ code: 2 });
    expect(await run('show', 'KQ7M-X4PD')).toEqual({
      code: 1,
      output: 'No referral has the reference KQ7M-X4PD. Check it was typed correctly. Closed cases are deleted on their retention dates, so it may have been deleted.',
    });

    // Delivered (as a notice); an open case is never purged, however old.
    expect(await run('drain')).toMatchObject({ code: 0 });
    expect(smtp.messages).toHaveLength(1);
    expect(await run('purge')).toEqual({ code: 0, output: 'Deleted 0 closed case(s) past their retention date, leaving a tombstone for each.' });
    // Closed as supported 91 days ago (90 is the default): the operator's purge deletes it, audited as theirs.
    const db = openDatabase(databaseFile(env.dataDir));
    await createCaseRepository(sqlitePort(db)).setStatus(reference, 'closed', 'supported', Date.now() - 91 * 24 * 60 * 60 * 1000);
    db.close();
    expect(await run('purge')).toEqual({ code: 0, output: `Deleted 1 closed case(s) past their retention date, leaving a tombstone for each: ${reference}.` });
    expect(await run('show', reference)).toMatchObject({ code: 1, output: expect.stringMatching(/^No referral has the reference/) });
    const opened = await openStorage(env);
    const lifecycle = opened.store;
    expect((await lifecycle.retention.tombstones()).map((t) => [t.reference, t.ended, t.outcome])).toEqual([[reference, 'purged', 'supported']]);
    expect((await lifecycle.staff.recentAudit({ limit: 1 }))[0]).toMatchObject({ actor: 'operator', action: 'purged', reference, detail: 'supported' });
  });
});
