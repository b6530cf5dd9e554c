/**
 * The store several app instances share in the two-instance scenario, and how the scenario reads
 * what it holds: the settings each instance starts with, and the references stored and the
 * outbox's jobs by state, counted in the store itself rather than taken from the instances.
 *
 * `postgres` is what a service on several servers runs: a throwaway real PostgreSQL
 * (scripts/test-postgres.mjs), named by `DATABASE_URL` to every instance, and a data directory of
 * each instance's own, as on separate hosts, with one `DATA_KEY` between them (every instance
 * must read what any other stored). `sqlite` is one data directory, and so one SQLite file,
 * shared by instances on one machine (SQLite's write-ahead log allows that between processes on
 * one host, never across hosts): the baseline, with every per-process part still per process.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { outboxStates, storedReferences } from './server';

export type SharedStore = {
  name: string;
  /** The settings instance `index` starts with, to use this store. */
  instanceEnv(index: number): Record<string, string>;
  /** Every stored referral's reference, one per row. */
  storedReferences(): Promise<string[]>;
  /** The outbox's jobs, counted by state. */
  jobStates(): Promise<Record<string, number>>;
  /** The reference of the referral stored for a form token, if one is. */
  referenceForFormToken(formToken: string): Promise<string | undefined>;
  close(): Promise<void>;
};

export async function sqliteStore(): Promise<SharedStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-two-instances-'));
  return {
    name: 'sqlite',
    instanceEnv: () => ({ DATA_DIR: dataDir }),
    storedReferences: async () => storedReferences(dataDir),
    jobStates: async () => outboxStates(dataDir),
    async referenceForFormToken(formToken) {
      const db = new Database(path.join(dataDir, 'referrals.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT reference FROM referrals WHERE form_token = ?').get(formToken) as { reference: string } | undefined)?.reference;
      } finally {
        db.close();
      }
    },
    close: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

export async function postgresStore(): Promise<SharedStore> {
  // Imported when needed, as an ES module: the bench runs as CommonJS, which cannot require a
  // module with top-level await (test-postgres.mjs has one when run on its own).
  const { startTestPostgres } = await import('../scripts/test-postgres.mjs');
  const database = await startTestPostgres();
  const dataKey = randomBytes(32).toString('base64');
  const dataDirs: string[] = [];
  const client = new pg.Client(database.url);
  await client.connect();
  return {
    name: 'postgres',
    instanceEnv(index) {
      dataDirs[index] ??= fs.mkdtempSync(path.join(os.tmpdir(), `bench-two-instances-${index}-`));
      return { DATABASE_URL: database.url, DATA_DIR: dataDirs[index], DATA_KEY: dataKey };
    },
    async storedReferences() {
      const { rows } = await client.query<{ reference: string }>('SELECT reference FROM referrals');
      return rows.map((row) => row.reference);
    },
    async jobStates() {
      const { rows } = await client.query<{ state: string; n: string }>("SELECT state, count(*) AS n FROM delivery_jobs WHERE kind = 'referral' GROUP BY state");
      return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
    },
    async referenceForFormToken(formToken) {
      const { rows } = await client.query<{ reference: string }>('SELECT reference FROM referrals WHERE form_token = $1', [formToken]);
      return rows[0]?.reference;
    },
    async close() {
      await client.end();
      await database.stop();
      for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The store named by `name` (BENCH_TWO_INSTANCE_STORE): `postgres` or `sqlite`. */
export function sharedStore(name: string): Promise<SharedStore> {
  if (name === 'postgres') return postgresStore();
  if (name === 'sqlite') return sqliteStore();
  throw new Error(`${name} is not a shared store: postgres or sqlite`);
}
