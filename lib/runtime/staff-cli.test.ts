/**
 * `npm run staff` on a real data directory and SQLite file (and, for what does not depend on the
 * file, on a real PostgreSQL database too), and the audit log's hash chain.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '@/lib/storage/store';
import { createTestDatabase, STORE_KINDS } from '@/testing/test-stores';
import { parseEnv } from '@/lib/env';
import { demoSettings } from '@/testing/test-env';
import { hashSecret } from '@/lib/crypto/secrets';
import { openStorage } from './open-storage';
import { ENROLMENT_LINK_MS, runStaffCli } from './staff-cli';

const directories: string[] = [];
const databases: { drop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
  for (const database of databases.splice(0)) await database.drop();
});

function freshEnv(settings: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-cli-'));
  directories.push(dataDir);
  return parseEnv({ ...demoSettings, DATA_DIR: dataDir, ...settings });
}

async function run(env: ReturnType<typeof freshEnv>, ...args: string[]) {
  const lines: string[] = [];
  const code = await runStaffCli(args, env, (line) => lines.push(line), () => 1_000_000);
  return { code, lines, output: lines.join('\n') };
}

const tokenOf = (output: string) => /\/inbox\/enrol\/([A-Za-z0-9_-]{43})$/m.exec(output)![1]!;

describe.each(STORE_KINDS)('npm run staff on %s', (kind) => {
    it('disables and resets accounts, and the audit log records each change and verifies', async () => {
      const database = kind === 'postgres' ? await createTestDatabase() : undefined;
      if (database) databases.push(database);
      const env = freshEnv(database ? { DATABASE_URL: database.url } : {});
      const first = tokenOf((await run(env, 'add', 'ali@support.example', '--role', 'manager')).output);
      const disabled = await run(env, 'disable', 'ali@support.example');
      expect(disabled.output).toBe('ali@support.example is disabled and signed out everywhere.');
      expect((await run(env, 'list')).output).toBe('ali@support.example  manager     disabled');
      expect((await run(env, 'disable', 'nobody@support.example')).code).toBe(1);

      const second = tokenOf((await run(env, 'reset', 'ali@support.example')).output);
      expect(second).not.toBe(first);
      const storage = await openStorage(env);
      try {
        expect(await storage.store.staff.findByEnrolmentToken(hashSecret(first), 1_000_001)).toBeUndefined();
        expect((await storage.store.staff.findByEnrolmentToken(hashSecret(second), 1_000_001))?.email).toBe('ali@support.example');
        expect((await storage.store.staff.allAudit()).map((entry) => [entry.actor, entry.action, entry.detail])).toEqual([
          ['operator', 'staff-added', 'ali@support.example manager'],
          ['operator', 'staff-disabled', 'ali@support.example'],
          ['operator', 'enrolment-reset', 'ali@support.example'],
        ]);
      } finally {
        await storage.close();
      }
      expect((await run(env, 'audit-verify')).output).toMatch(/^The audit log verifies: 3 row\(s\), last hash [0-9a-f]{64}\.$/);
      expect(fs.existsSync(databaseFile(env.dataDir))).toBe(kind === 'sqlite');
    });
});

describe('npm run staff', () => {
  it('adds an account with a one-time enrolment link whose token is stored only as a hash', async () => {
    const env = freshEnv();
    const added = await run(env, 'add', 'Sam@Support.example', '--role', 'caseworker');
    expect(added.code).toBe(0);
    expect(added.output).toMatch(/^http:\/\/localhost:3000\/inbox\/enrol\/[A-Za-z0-9_-]{43}$/m);
    const token = tokenOf(added.output);

    const storage = await openStorage(env);
    try {
      const found = await storage.store.staff.findByEnrolmentToken(hashSecret(token), 1_000_000 + ENROLMENT_LINK_MS - 1);
      expect(found?.email).toBe('sam@support.example');
      expect(await storage.store.staff.findByEnrolmentToken(hashSecret(token), 1_000_000 + ENROLMENT_LINK_MS)).toBeUndefined();
    } finally {
      await storage.close();
    }
    const raw = fs.readFileSync(databaseFile(env.dataDir));
    expect(raw.includes(Buffer.from(token))).toBe(false);

    expect((await run(env, 'add', 'sam@support.example', '--role', 'manager')).code).toBe(1);
    expect((await run(env, 'list')).output).toBe('sam@support.example  caseworker  waiting for enrolment');
  });

  it('refuses a bad email, a missing or unknown role, and unknown commands, with the usage', async () => {
    const env = freshEnv();
    expect((await run(env, 'add', 'not-an-email', '--role', 'caseworker')).output).toMatch(/^Enter an email address/);
    expect((await run(env, 'add', 'a@b.example')).code).toBe(2);
    expect((await run(env, 'add', 'a@b.example', '--role', 'admin')).output).toBe('Give a role: --role caseworker or --role manager.');
    expect((await run(env, 'promote', 'a@b.example')).output).toMatch(/^Usage: npm run staff --/);
    expect((await run(env, 'list', 'extra')).code).toBe(2);
  });

  it('the database refuses to change or delete audit rows, and audit-verify finds an edit made behind its back', async () => {
    const env = freshEnv();
    await run(env, 'add', 'one@support.example', '--role', 'caseworker');
    await run(env, 'add', 'two@support.example', '--role', 'caseworker');
    await run(env, 'disable', 'one@support.example');

    const db = new Database(databaseFile(env.dataDir));
    try {
      expect(() => db.prepare("UPDATE audit_log SET actor = 'someone' WHERE id = 2").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
      // Someone with the file drops the guard and edits a row.
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET detail = 'two@support.example manager' WHERE id = 2").run();
    } finally {
      db.close();
    }
    const verdict = await run(env, 'audit-verify');
    expect(verdict.code).toBe(1);
    expect(verdict.output).toBe('The audit log does not verify: row 2 fails because its contents were changed.');
  });

  it('audit-verify finds a row removed from the middle of the chain', async () => {
    const env = freshEnv();
    for (const name of ['a', 'b', 'c']) await run(env, 'add', `${name}@support.example`, '--role', 'caseworker');
    const db = new Database(databaseFile(env.dataDir));
    try {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    } finally {
      db.close();
    }
    expect((await run(env, 'audit-verify')).output).toBe('The audit log does not verify: row 3 fails because row 2 is missing.');
  });
});

describe('npm run staff -- demo-account', () => {
  it('creates the demo caseworker once in demo mode, and is refused in production', async () => {
    const env = freshEnv();
    expect((await run(env, 'demo-account')).output).toMatch(/^Created the demo caseworker: sign in at http:\/\/localhost:3000\/inbox\/sign-in as demo\.caseworker@support-service\.example/);
    expect((await run(env, 'demo-account')).output).toMatch(/^Kept the demo caseworker/);
    expect((await run(env, 'list')).output).toBe('demo.caseworker@support-service.example  manager     active');
    const production = { ...env, mode: 'production' as const };
    expect(await run(production, 'demo-account')).toEqual({ code: 2, lines: ['The demo account exists only in demo mode (APP_MODE=demo).'], output: 'The demo account exists only in demo mode (APP_MODE=demo).' });
  });
});
