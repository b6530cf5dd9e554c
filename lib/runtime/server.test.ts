import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { demoSettings } from '@/testing/test-env';
import { embeddedSmtpPortFile } from './delivery-runtime';
import { serverRuntime } from './server';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

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
