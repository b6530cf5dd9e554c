/**
 * The stores the contract suite runs against, each opened fresh for one test: a SQLite file in a
 * temporary directory, and a PostgreSQL database created for the test on the run's server
 * (scripts/vitest-postgres.ts) and dropped after. Both are real: no mocks of either database.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { StorageEnv } from '@/lib/env';
import { databaseFile, openStore, type Store } from '@/lib/storage/store';

export const STORE_KINDS = ['sqlite', 'postgres'] as const satisfies readonly StorageEnv['kind'][];
export type StoreKind = (typeof STORE_KINDS)[number];

export type TestStore = {
  kind: StoreKind;
  /** What `openStore` needs to open another connection to the same data (a second instance). */
  storage: StorageEnv;
  dataDir: string;
  store: Store;
  /** Opens one more store on the same data: another process's or instance's connection. */
  openAnother(): Store;
  /**
   * Everything the database would give back, as text: SQLite's files byte for byte (the main
   * file, the WAL and the shared memory), or every row of every PostgreSQL table.
   */
  storedText(): Promise<string>;
  /** Runs SQL as the database's owner, around the repositories (to tamper, or to inspect). */
  sql(text: string, values?: unknown[]): Promise<unknown[]>;
  cleanup(): Promise<void>;
};

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client(inject('testPostgresUrl'));
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty PostgreSQL database on the run's server, for one test (a store, or app processes
 * started with `DATABASE_URL`); `drop()` ends its sessions and deletes it.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${randomBytes(8).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(inject('testPostgresUrl'));
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh, empty, migrated store of `kind`. */
export async function openTestStore(kind: StoreKind): Promise<TestStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `store-${kind}-`));
  const opened: Store[] = [];
  let storage: StorageEnv;
  let dropDatabase = async () => undefined as void;
  let sql: TestStore['sql'];
  let storedText: TestStore['storedText'];

  if (kind === 'postgres') {
    const database = await createTestDatabase();
    storage = { kind: 'postgres', url: database.url };
    const owner = new pg.Pool({ connectionString: database.url, max: 2 });
    sql = async (text, values) => (await owner.query(text, values)).rows;
    storedText = async () => {
      const tables = (await owner.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      )).rows;
      const parts: string[] = [];
      for (const { name: table } of tables) {
        // Each row as text, bytea columns decoded to the characters they hold.
        const rows = (await owner.query(`SELECT * FROM "${table}"`)).rows as Record<string, unknown>[];
        for (const row of rows) {
          for (const value of Object.values(row)) parts.push(Buffer.isBuffer(value) ? value.toString('latin1') : String(value));
        }
      }
      return parts.join(' ');
    };
    dropDatabase = async () => {
      await owner.end();
      await database.drop();
    };
  } else {
    storage = { kind: 'sqlite' };
    const file = databaseFile(dataDir);
    sql = async (text, values) => {
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(file);
      try {
        const statement = db.prepare(text);
        return statement.reader ? statement.all(...(values ?? [])) : (statement.run(...(values ?? [])), []);
      } finally {
        db.close();
      }
    };
    storedText = async () =>
      Buffer.concat(
        ['', '-wal', '-shm']
          .map((suffix) => `${file}${suffix}`)
          .filter((each) => fs.existsSync(each))
          .map((each) => fs.readFileSync(each)),
      ).toString('latin1');
  }

  const openAnother = () => {
    const store = openStore(storage, dataDir);
    opened.push(store);
    return store;
  };
  const store = openAnother();
  await store.ready;
  return {
    kind,
    storage,
    dataDir,
    store,
    openAnother,
    storedText,
    sql,
    async cleanup() {
      for (const each of opened.splice(0)) await each.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
