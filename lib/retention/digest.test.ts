/**
 * The managers' daily digest over real SMTP on loopback: once a day from its hour, to enrolled
 * managers only, counts and a link but no case reference or content, retried after a refusal.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { caseLifecycleDeps } from '@/lib/runtime/case-lifecycle';
import { openStorage } from '@/lib/runtime/open-storage';
import { createSmtpTransport } from '@/lib/delivery/smtp-transport';
import { parseEnv } from '@/lib/env';
import { canaryAnswers } from '@/testing/test-answers';
import { demoSettings } from '@/testing/test-env';
import { captureLog } from '@/testing/test-log';
import { sendManagerDigest } from '@/lib/runtime/case-lifecycle';
import { DAY_MS } from '@/lib/cases/case-state';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const T0 = Date.parse('2026-11-02T09:00:00Z');

async function setUp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'digest-'));
  const smtp = await startSmtpCapture();
  const env = parseEnv({ ...demoSettings, DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MANAGER_DIGEST_HOUR_UTC: '7', OUTBOX_BACKOFF_BASE_MS: '60000' });
  const storage = await openStorage(env);
  const lifecycle = caseLifecycleDeps(env, storage);
  const transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`);
  cleanups.push(async () => {
    transport.close();
    await storage.close();
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const { staff } = lifecycle;
  const addManager = async (email: string, enrolled: boolean) => {
    const added = await staff.addStaff({ email, role: 'manager', enrolmentTokenHash: email, enrolmentExpiresAt: T0, now: T0 });
    if (added.outcome !== 'created') throw new Error('not added');
    if (enrolled) await staff.completeEnrolment(added.member.id, { passwordHash: 'x', recoveryCodeHashes: [], now: T0 });
  };
  await addManager('ana@service.test', true);
  await addManager('not-yet@service.test', false);
  const added = await staff.addStaff({ email: 'cw@service.test', role: 'caseworker', enrolmentTokenHash: 'cw', enrolmentExpiresAt: T0, now: T0 });
  if (added.outcome === 'created') await staff.completeEnrolment(added.member.id, { passwordHash: 'x', recoveryCodeHashes: [], now: T0 });
  const { answers, canaries } = canaryAnswers(`dgst${randomBytes(3).toString('hex')}`);
  const { reference } = await acceptReferralWith(
    { repository: storage.store.delivery, dataKey: storage.dataKey, now: () => T0 - 10 * DAY_MS, log: captureLog().log },
    { formToken: randomBytes(16).toString('hex'), nation: 'england', payload: answers as unknown as Record<string, unknown> },
  );
  const deps = { ...lifecycle, log: captureLog().log };
  return { smtp, deps, transport, reference, canaries, jobs: lifecycle.delivery };
}

describe('the managers’ daily digest', () => {
  it('goes once a day from its hour, to enrolled managers only, with counts and no case in it', async () => {
    const { smtp, deps, transport, reference, canaries, jobs } = await setUp();
    const beforeHour = Date.parse('2026-11-02T06:59:00Z');
    expect(await sendManagerDigest(deps, transport, beforeHour)).toBe(0);
    expect(await sendManagerDigest(deps, transport, T0)).toBe(1);
    expect(await sendManagerDigest(deps, transport, T0 + 3_600_000)).toBe(0); // once a day
    expect(smtp.messages).toHaveLength(1);

    expect(smtp.messages[0]!.envelope.to).toEqual(['ana@service.test']);
    const mail = await smtp.parse(0);
    expect(mail.subject).toBe('Daily summary 2026-11-02: 1 thing needs a manager');
    expect(mail.text).toContain('Open cases unchanged for 30 days or more: 0');
    expect(mail.text).toContain('New referrals not contacted within 2 working days: 1');
    expect(mail.text).toContain('Cases to be deleted within 14 days: 0');
    expect(mail.text).toContain('Legal holds due for review: 0');
    expect(mail.text).toContain('http://localhost:3000/inbox/retention');
    const raw = smtp.messages[0]!.raw.toString('latin1');
    expect(raw).not.toContain(reference);
    for (const canary of Object.values(canaries)) expect(raw).not.toContain(canary);
    expect(await jobs.listDigests()).toEqual([{ day: '2026-11-02', state: 'sent', attempts: 1, lastError: null, sentAt: T0 }]);

    expect(await sendManagerDigest(deps, transport, T0 + DAY_MS)).toBe(1);
    expect(smtp.messages).toHaveLength(2);
  });

  it('retries a refused digest later, and still sends it once', async () => {
    const { smtp, deps, transport, jobs } = await setUp();
    smtp.refuseWith = 451;
    expect(await sendManagerDigest(deps, transport, T0)).toBe(0);
    expect(await jobs.listDigests()).toEqual([{ day: '2026-11-02', state: 'pending', attempts: 1, lastError: 'smtp-451', sentAt: null }]);
    smtp.refuseWith = undefined;
    expect(await sendManagerDigest(deps, transport, T0 + 1_000)).toBe(0); // not due yet: backoff
    expect(await sendManagerDigest(deps, transport, T0 + 60_000)).toBe(1);
    expect(smtp.messages).toHaveLength(1);
  });
});
