/**
 * Migration 8, which stores what the queue sorts and filters by, on a database of each kind that
 * was at version 7: a closed case's referral is marked closed, a withdrawn one takes the priority
 * its tombstone recorded, and every other priority is left unknown (NULL) for the server to fill
 * with the data key, which SQL does not hold.
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

const QUEUE_KEYS_MIGRATION = 8;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** As version 7 stored them: one open referral, one closed, one withdrawn with its tombstone. */
const BEFORE = [
  `INSERT INTO referrals (id, reference, form_token, nation, payload, created_at) VALUES (1, 'AAAA-1111', 't1', 'wales', PAYLOAD, 10)`,
  `INSERT INTO referrals (id, reference, form_token, nation, payload, created_at) VALUES (2, 'BBBB-2222', 't2', 'wales', PAYLOAD, 11)`,
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (2, 'closed', 'supported', 12, 12)`,
  `INSERT INTO referrals (id, reference, form_token, nation, payload, created_at, withdrawn_at) VALUES (3, 'CCCC-3333', 't3', 'wales', PAYLOAD, 13, 14)`,
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (3, 'closed', 'withdrawn', 14, 14)`,
  `INSERT INTO case_tombstones (reference, nation, priority, received_at, closed_at, outcome, ended, ended_at)
     VALUES ('CCCC-3333', 'wales', 'urgent', 13, 14, 'withdrawn', 'withdrawn', 14)`,
];

const AFTER = [
  { reference: 'AAAA-1111', case_closed: 0, priority_rank: null },
  { reference: 'BBBB-2222', case_closed: 1, priority_rank: null },
  { reference: 'CCCC-3333', case_closed: 1, priority_rank: 1 },
];

const SELECT_KEYS = 'SELECT reference, case_closed, priority_rank FROM referrals ORDER BY id';

it('is the same step in both stores’ histories', () => {
  expect(MIGRATIONS[QUEUE_KEYS_MIGRATION - 1]).toContain('ADD COLUMN priority_rank');
  expect(POSTGRES_MIGRATIONS[QUEUE_KEYS_MIGRATION - 1]).toContain('ADD COLUMN priority_rank');
});

describe('the queue keys beside each referral (migration 8)', () => {
  it('marks closed cases and takes withdrawn priorities from their tombstones on SQLite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-keys-migration-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const db = new Database(path.join(dir, 'old.sqlite'));
    cleanups.push(() => {
      db.close();
    });
    db.pragma('foreign_keys = ON');
    for (const [version, migration] of MIGRATIONS.slice(0, QUEUE_KEYS_MIGRATION - 1).entries()) {
      db.exec(migration);
      db.pragma(`user_version = ${version + 1}`);
    }
    for (const statement of BEFORE) db.exec(statement.replace('PAYLOAD', `X'78'`));

    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare(SELECT_KEYS).all()).toEqual(AFTER);
  });

  it('marks closed cases and takes withdrawn priorities from their tombstones on PostgreSQL', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    cleanups.push(() => pool.end());
    await pool.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    for (const [version, migration] of POSTGRES_MIGRATIONS.slice(0, QUEUE_KEYS_MIGRATION - 1).entries()) {
      await pool.query(migration);
      await pool.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, 0)', [version + 1]);
    }
    for (const statement of BEFORE) await pool.query(statement.replace('PAYLOAD', `'\\x78'::bytea`));

    expect(await migratePostgres(pool)).toBe(POSTGRES_MIGRATIONS.length);
    expect((await pool.query(SELECT_KEYS)).rows).toEqual(AFTER);
  });
});
