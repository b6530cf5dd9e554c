import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { databaseFile } from '@/lib/storage/store';
import { backUpWhile, shellCount } from '@/testing/sqlite-shell';
import { demoSettings } from '@/testing/test-env';
import { acceptReferral } from './accept-referral';
import { embeddedSmtpPortFile } from './delivery-runtime';
import { SERVER_RUNTIME, type RuntimeHolder } from './running';
import { serverRuntime } from './server';

const dirs: string[] = [];
afterEach(() => {
  // Each test starts a runtime of its own.
  delete (globalThis as RuntimeHolder)[SERVER_RUNTIME];
  dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

describe('the server runtime in the demo', () => {
  it('says at start that encryption is off, and removes its SMTP port file when it stops (L3, L8)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-'));
    dirs.push(dataDir);
    const warn = vi.spyOn(log, 'warn');
    try {
      const runtime = await serverRuntime(parseEnv({ ...demoSettings, DATA_DIR: dataDir, EMBEDDED_SMTP_PORT: '0' }));
      expect(warn.mock.calls.map(([event]) => event)).toContain('delivery.encryption_off');
      const portFile = embeddedSmtpPortFile(dataDir);
      expect(Number(fs.readFileSync(portFile, 'utf8'))).toBe(runtime.embeddedSmtp?.port);
      await runtime.stop();
      // Otherwise `outbox drain` would later send to whoever listens on that port.
      expect(fs.existsSync(portFile)).toBe(false);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the server runtime beside another program reading its SQLite file', () => {
  // The whole process, not just its store: anything in it that opened and closed the database
  // file (a second store opened the old way, a size check reading it) would drop its lock.
  it('loses no referral accepted while an operator backs the database up with sqlite3', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-'));
    dirs.push(dataDir);
    const runtime = await serverRuntime(parseEnv({ ...demoSettings, DATA_DIR: dataDir, EMBEDDED_SMTP_PORT: '0' }));
    const file = databaseFile(dataDir);
    let accepted = 0;
    const accept = async () => {
      accepted += 1;
      await acceptReferral({ formToken: randomBytes(16).toString('hex'), nation: 'scotland', payload: { accepted } });
    };

    await accept();
    const acceptedBefore = accepted;
    await backUpWhile(file, path.join(dataDir, 'backup.sqlite'), accept);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(await shellCount(path.join(dataDir, 'backup.sqlite'), 'referrals')).toBeGreaterThanOrEqual(acceptedBefore);

    await accept();
    expect(await shellCount(file, 'referrals')).toBe(accepted);
    await runtime.stop();
    expect(await shellCount(file, 'referrals')).toBe(accepted);
  });
});
