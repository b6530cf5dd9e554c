/**
 * Migration 7, which made one job queue of the two, on a database of each kind that was at
 * version 6 with work in both queues: every referral job keeps its id and state, every waiting
 * or finished digest moves across with its state, attempts and lease, and the old table is gone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migratePostgres } from './postgres-database';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { migrate } from './sqlite-database';
import { MIGRATIONS } from './sqlite-migrations';
import { createTestDatabase } from '@/testing/test-stores';

const QUEUE_MIGRATION = 7;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Work in both queues as version 6 stored it: one referral job sent, one digest sent, one waiting on a lease. */
const BEFORE = [
  `INSERT INTO referrals (id, reference, form_token, nation, payload, created_at) VALUES (5, 'AAAA-1111', 'token', 'wales', PAYLOAD, 10)`,
  `INSERT INTO delivery_jobs (referral_id, state, attempts, next_attempt_at, sent_at, created_at, updated_at)
     VALUES (5, 'sent', 1, 10, 11, 10, 11)`,
  `INSERT INTO manager_digests (day, state, attempts, next_attempt_at, sent_at, created_at, updated_at)
     VALUES ('2026-11-01', 'sent', 1, 20, 21, 20, 21)`,
  `INSERT INTO manager_digests (day, state, attempts, next_attempt_at, lease_token, lease_until, last_error, created_at, updated_at)
     VALUES ('2026-11-02', 'sending', 2, 30, 'lease', 40, 'smtp-451', 30, 31)`,
];

const AFTER = [
  { id: 1, kind: 'referral', referral_id: 5, job_key: null, state: 'sent', attempts: 1, lease_token: null, last_error: null, sent_at: 11 },
  { kind: 'digest', referral_id: null, job_key: '2026-11-01', state: 'sent', attempts: 1, lease_token: null, last_error: null, sent_at: 21 },
  { kind: 'digest', referral_id: null, job_key: '2026-11-02', state: 'sending', attempts: 2, lease_token: 'lease', last_error: 'smtp-451', sent_at: null },
];

const SELECT_JOBS = 'SELECT id, kind, referral_id, job_key, state, attempts, lease_token, last_error, sent_at FROM delivery_jobs ORDER BY id';

it('is the same step in both stores’ histories', () => {
  expect(MIGRATIONS[QUEUE_MIGRATION - 1]).toContain('DROP TABLE manager_digests');
  expect(POSTGRES_MIGRATIONS[QUEUE_MIGRATION - 1]).toContain('DROP TABLE manager_digests');
});

describe('one job queue from two (migration 7)', () => {
  it('moves every digest across on SQLite, keeping the referral jobs as they were', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-migration-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const db = new Database(path.join(dir, 'old.sqlite'));
    cleanups.push(() => {
      db.close();
    });
    db.pragma('foreign_keys = ON');
    for (const [version, migration] of MIGRATIONS.slice(0, QUEUE_MIGRATION - 1).entries()) {
      db.exec(migration);
      db.pragma(`user_version = ${version + 1}`);
    }
    for (const statement of BEFORE) db.exec(statement.replace('PAYLOAD', `X'78'`));

    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare(SELECT_JOBS).all()).toMatchObject(AFTER);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'manager_digests'`).all()).toEqual([]);
  });

  it('moves every digest across on PostgreSQL, keeping the referral jobs as they were', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    cleanups.push(() => pool.end());
    await pool.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    for (const [version, migration] of POSTGRES_MIGRATIONS.slice(0, QUEUE_MIGRATION - 1).entries()) {
      await pool.query(migration);
      await pool.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, 0)', [version + 1]);
    }
    for (const statement of BEFORE) await pool.query(statement.replace('PAYLOAD', `'\\x78'::bytea`));

    expect(await migratePostgres(pool)).toBe(POSTGRES_MIGRATIONS.length);
    const rows = (await pool.query(SELECT_JOBS)).rows.map((row: Record<string, unknown>) =>
      // BIGINT columns come back as text from a pool without the store's parser.
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value])),
    );
    expect(rows).toMatchObject(AFTER);
    expect((await pool.query(`SELECT to_regclass('manager_digests') AS missing`)).rows).toEqual([{ missing: null }]);
  });
});
