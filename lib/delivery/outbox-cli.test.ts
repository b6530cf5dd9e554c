/** The outbox CLI on a real data directory, draining to a real SMTP server on loopback. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { referralV1Problems } from '@/e2e/support/referral-v1-schema';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { parseEnv } from '@/lib/env';
import { demoSettings } from '@/lib/test-env';
import { referralSchema } from '@/lib/referral/schema';
import { canaryAnswers } from '@/lib/referral/test-answers';
import { captureLog } from '@/lib/test-log';
import { acceptReferralWith } from './accept';
import { openDeliveryStorage } from './delivery-runtime';
import { runOutboxCli } from './outbox-cli';
import { purgeExpiredReferrals } from './retention';

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

describe('npm run outbox', () => {
  it('drains waiting referrals, reports status, and refuses unknown commands', async () => {
    const { smtp, env } = await dataDirWithRelay();

    const storage = await openDeliveryStorage(env);
    const references = [];
    for (let i = 0; i < 3; i += 1) {
      const { reference } = await acceptReferralWith(
        { ...storage, log: captureLog().log },
        { formToken: randomBytes(16).toString('hex'), nation: 'wales', payload: { i } },
      );
      references.push(reference);
    }
    storage.repository.close();

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
    const storage = await openDeliveryStorage(env);
    const { reference } = await acceptReferralWith(
      { ...storage, log: captureLog().log },
      { formToken: randomBytes(16).toString('hex'), nation: 'england', payload },
    );
    storage.repository.close();
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
      output: 'No referral has the reference KQ7M-X4PD. Check it was typed correctly. Referrals are deleted 30 days after delivery (RETENTION_DAYS), so it may have been deleted.',
    });

    // Delivered (as a notice), then purged when its retention period is over: gone for good.
    expect(await run('drain')).toMatchObject({ code: 0 });
    expect(smtp.messages).toHaveLength(1);
    const later = await openDeliveryStorage(env);
    expect(await purgeExpiredReferrals(later.repository, 30, Date.now() + 31 * 24 * 60 * 60 * 1000, captureLog().log)).toEqual([reference]);
    later.repository.close();
    expect(await run('show', reference)).toMatchObject({ code: 1, output: expect.stringMatching(/^No referral has the reference/) });
  });
});
