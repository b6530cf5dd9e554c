import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backUpWhile, shellCount, sqliteShell } from '@/testing/sqlite-shell';
import { MIGRATIONS } from './sqlite-migrations';
import { StorageSettingsError, checkPragmas, migrate, openDatabase } from './sqlite-database';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The permission bits of the database file, its -wal and its -shm. */
const modes = (file: string) => ['', '-wal', '-shm'].map((suffix) => fs.statSync(`${file}${suffix}`).mode & 0o777);

describe('openDatabase', () => {
  it('opens a file with every durability setting in force', () => {
    const db = openDatabase(path.join(dir, 'test.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    expect(checkPragmas(db)).toEqual([]);
    db.close();
  });

  it('keeps the database file and its -wal and -shm files owner-only', () => {
    const file = path.join(dir, 'referrals.sqlite');
    // Opening a fresh file migrates it: a write through the WAL, so both companions exist.
    const first = openDatabase(file);
    expect(modes(file)).toEqual([0o600, 0o600, 0o600]);
    first.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    // The last close removed the companions; SQLite makes them again, with the file's mode.
    const again = openDatabase(file);
    again
      .prepare('INSERT INTO referrals (reference, form_token, nation, payload, created_at) VALUES (?, ?, ?, ?, ?)')
      .run('ACDE-FGHJ', 'form-token', 'england', Buffer.alloc(1), 0);
    expect(modes(file)).toEqual([0o600, 0o600, 0o600]);
    again.close();
  });

  it('tightens a database and companions an earlier version left readable by others', () => {
    const file = path.join(dir, 'referrals.sqlite');
    const earlier = new Database(file);
    earlier.pragma('journal_mode = WAL');
    earlier.exec('CREATE TABLE t (x)');
    // Left open, as after a crash, so the companions stay on disk.
    for (const suffix of ['', '-wal', '-shm']) fs.chmodSync(`${file}${suffix}`, 0o644);
    const db = openDatabase(file);
    expect(modes(file)).toEqual([0o600, 0o600, 0o600]);
    db.close();
    earlier.close();
  });

  it('refuses a database where WAL cannot be used', () => {
    // An in-memory database reports journal_mode=memory: exactly the silent refusal to catch.
    expect(() => openDatabase(':memory:')).toThrow(StorageSettingsError);
  });

  it('names each setting that is not as required', () => {
    const db = openDatabase(path.join(dir, 'test.sqlite'));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = OFF');
    db.pragma('secure_delete = OFF');
    db.pragma('busy_timeout = 0');
    const problems = checkPragmas(db).join('\n');
    expect(problems).toMatch(/synchronous is 1, expected 2/);
    expect(problems).toMatch(/foreign_keys/);
    expect(problems).toMatch(/secure_delete/);
    expect(problems).toMatch(/busy_timeout/);
    db.close();
  });
});

describe('another program reading the database beside the service', () => {
  it('cannot delete the live WAL under it, so a backup taken while it writes misses nothing', async () => {
    const file = path.join(dir, 'referrals.sqlite');
    // Two connections in one process: every open after the first used to drop the process's lock.
    const connections = [openDatabase(file), openDatabase(file)];
    let written = 0;
    const write = () => {
      written += 1;
      connections[written % 2]!
        .prepare('INSERT INTO referrals (reference, form_token, nation, payload, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(`REF-${written}`, `form-token-${written}`, 'england', Buffer.alloc(64), written);
    };

    const rounds: { committedBefore: number; inBackup: number; walStillThere: boolean }[] = [];
    for (let round = 0; round < 3; round += 1) {
      write();
      const committedBefore = written;
      const backupFile = path.join(dir, `backup-${round}.sqlite`);
      // The service keeps writing while the backup runs in its own process.
      await backUpWhile(file, backupFile, write);
      // Rows committed while it ran may be in it too: only those committed before it started must be.
      const inBackup = await shellCount(backupFile, 'referrals');
      rounds.push({ committedBefore, inBackup: Math.min(inBackup, committedBefore), walStillThere: fs.existsSync(`${file}-wal`) });
    }
    // Every commit made before each backup started is in it, and the live WAL is never removed.
    expect(rounds).toEqual(rounds.map(({ committedBefore }) => ({ committedBefore, inBackup: committedBefore, walStillThere: true })));

    // Another process sees every row the service wrote while it still runs, and after it closes.
    write();
    expect(await shellCount(file, 'referrals')).toBe(written);
    for (const db of connections) db.close();
    expect(await sqliteShell(file, 'PRAGMA integrity_check')).toBe('ok');
    expect(await shellCount(file, 'referrals')).toBe(written);
  });
});

describe('migrations', () => {
  it('creates the schema once and records the version', () => {
    const file = path.join(dir, 'test.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file); // a second start applies nothing again
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual([
      'audit_checkpoint',
      'audit_log',
      'case_messages',
      'case_notes',
      'case_tombstones',
      'cases',
      'check_back_pins',
      'delivery_jobs',
      'failure_counts',
      'figure_arrivals',
      'figure_contacts',
      'figure_late',
      'figure_outcomes',
      'held_tokens',
      'legal_holds',
      'rate_limit_windows',
      'referrals',
      'staff',
      'staff_passkeys',
      'staff_recovery_codes',
      'staff_sessions',
      'used_once',
    ]);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('enforces the job-to-referral foreign key', () => {
    const db = openDatabase(path.join(dir, 'test.sqlite'));
    expect(() =>
      db
        .prepare(
          "INSERT INTO delivery_jobs (kind, referral_id, state, next_attempt_at, created_at, updated_at) VALUES ('referral', 999, 'pending', 0, 0, 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a database from a newer version of the code', () => {
    const file = path.join(dir, 'test.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer than this code knows/);
  });
});
