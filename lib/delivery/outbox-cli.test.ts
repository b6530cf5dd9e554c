/** The outbox CLI on a real data directory, draining to a real SMTP server on loopback. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { parseEnv } from '@/lib/env';
import { captureLog } from '@/lib/test-log';
import { acceptReferralWith } from './accept';
import { openDeliveryStorage } from './delivery-runtime';
import { runOutboxCli } from './outbox-cli';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('npm run outbox', () => {
  it('drains waiting referrals, reports status, and refuses unknown commands', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-cli-'));
    const smtp = await startSmtpCapture();
    cleanups.push(async () => {
      await smtp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const env = parseEnv({ DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });

    const storage = openDeliveryStorage(env);
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
    expect(await runOutboxCli(['drain'], parseEnv({ DATA_DIR: dataDir }), (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toMatch(/start the site/);
  });
});
