/**
 * Opening the SQLite database: owner-only file modes, the durability settings every connection
 * must have, a check that they really took effect (a file system or build can silently refuse
 * WAL, and then a crash can lose an acknowledged referral), and the schema migrations.
 */
import 'server-only';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '@/lib/storage/sqlite-migrations';

export type SqliteDatabase = Database.Database;

/** How long a writer waits for another connection's lock before giving up. */
export const BUSY_TIMEOUT_MS = 5_000;

/** Raised when the database does not run with the settings nothing-lost depends on. */
export class StorageSettingsError extends Error {
  override name = 'StorageSettingsError';
}

/** The required settings, as `PRAGMA` reads them back. */
const REQUIRED: Record<string, string | number> = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a commit reaches the disk before it is acknowledged.
  foreign_keys: 1,
  secure_delete: 1, // Deleted referrals are overwritten, not left in free pages.
};

/** Read and write for the service's own user only: the files hold referrals. */
const DATABASE_FILE_MODE = 0o600;

/** The files SQLite keeps beside the database in WAL mode. */
const COMPANION_SUFFIXES = ['-wal', '-shm'] as const;

/**
 * Makes the database file owner-only before SQLite opens it, creating it if it is missing.
 *
 * SQLite creates its -wal and -shm files with the database file's own mode, whenever it creates
 * them (on first write, and again after the last connection closed and removed them). So the
 * main file's mode is the one to get right, and there is no window in which a companion is
 * wider. A process umask set around the open would not do: the companions appear later, and the
 * umask is shared by everything else the process is writing at that moment.
 *
 * An existing file is narrowed by path and never opened here. SQLite's locks are POSIX advisory
 * locks, which belong to the process and are all dropped when ANY descriptor of the file closes:
 * opening and closing it beside a live connection left the process holding no lock, so another
 * program reading the database (a backup, a sqlite3 look) took itself for the last connection
 * and deleted the live -wal and -shm, and the commits in them.
 */
function restrictToOwner(file: string): void {
  try {
    // 'wx' creates the file only if it is missing: a file nobody can hold a lock on yet.
    fs.closeSync(fs.openSync(file, 'wx', DATABASE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  fs.chmodSync(file, DATABASE_FILE_MODE);
}

/** Tightens companions an earlier version left wider: SQLite reuses existing ones as they are. */
function restrictCompanionsToOwner(file: string): void {
  for (const suffix of COMPANION_SUFFIXES) {
    if (fs.existsSync(`${file}${suffix}`)) fs.chmodSync(`${file}${suffix}`, DATABASE_FILE_MODE);
  }
}

/** Lists every setting that is not as required; empty when the connection is safe. */
export function checkPragmas(db: SqliteDatabase): string[] {
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(REQUIRED)) {
    const actual = db.pragma(name, { simple: true });
    if (String(actual).toLowerCase() !== String(expected)) {
      problems.push(`${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
  const busy = Number(db.pragma('busy_timeout', { simple: true }));
  if (!(busy > 0)) problems.push(`busy_timeout is ${busy}, expected more than 0`);
  return problems;
}

/** Applies the migrations not yet applied, each in its own transaction. */
export function migrate(db: SqliteDatabase): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new StorageSettingsError(
      `The database schema (version ${current}) is newer than this code knows (${MIGRATIONS.length})`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return MIGRATIONS.length;
}

/**
 * Opens (creating if needed) the database file, owner-only, applies the durability settings,
 * refuses it if any did not take, and migrates it. `readonly` is not offered: even the CLI's
 * status needs the WAL to be checkpointed safely.
 */
export function openDatabase(file: string): SqliteDatabase {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) restrictToOwner(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    if (onDisk) restrictCompanionsToOwner(file);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const problems = checkPragmas(db);
    if (problems.length > 0) {
      throw new StorageSettingsError(`Unsafe database settings: ${problems.join('; ')}`);
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
