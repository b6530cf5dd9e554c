/**
 * Migration 9, which gives each closed case the moment its retention counts from, on a database
 * of each kind that was at version 8: the later of its close (its last change, if closing was
 * never recorded) and its newest note or message from the person, as `scheduleFor` counts; a
 * support worker's message does not move it, and an open case has none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, type CaseOutcome } from '@/lib/cases/case-state';
import { DEFAULT_RETENTION_POLICY, retentionDaysFor, scheduleFor } from '@/lib/cases/retention-rules';
import { migratePostgres } from './postgres-database';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { migrate } from './sqlite-database';
import { MIGRATIONS } from './sqlite-migrations';
import { createTestDatabase } from '@/testing/test-stores';

const RETAIN_FROM_MIGRATION = 9;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const referral = (id: number, closed: boolean) =>
  `INSERT INTO referrals (id, reference, form_token, nation, payload, created_at, case_closed)
     VALUES (${id}, 'REF-${id}', 't${id}', 'wales', PAYLOAD, ${id}, ${closed ? 1 : 0})`;
const note = (referralId: number, at: number) =>
  `INSERT INTO case_notes (referral_id, staff_id, body, created_at) VALUES (${referralId}, 1, PAYLOAD, ${at})`;
const message = (referralId: number, author: 'person' | 'support-worker', at: number) =>
  `INSERT INTO case_messages (referral_id, author, staff_id, body, created_at)
     VALUES (${referralId}, '${author}', ${author === 'person' ? 'NULL' : 1}, PAYLOAD, ${at})`;

/** As version 8 stored them: four closed cases, each with later or earlier activity, and one open case. */
const BEFORE = [
  `INSERT INTO staff (id, email, role, created_at) VALUES (1, 'sam@support.example', 'caseworker', 1)`,
  // A note after closing moves the clock on; one before it does not.
  referral(1, true),
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (1, 'closed', 'supported', 100, 100)`,
  note(1, 50),
  note(1, 150),
  // The person wrote after closing, later than the support worker did.
  referral(2, true),
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (2, 'closed', 'declined', 200, 200)`,
  message(2, 'support-worker', 240),
  message(2, 'person', 260),
  // Only the support worker wrote after closing: that is not the person's activity.
  referral(3, true),
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (3, 'closed', 'referred-on', 300, 300)`,
  message(3, 'person', 250),
  message(3, 'support-worker', 390),
  // Closed before closing was recorded: it counts from its last change.
  referral(4, true),
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (4, 'closed', NULL, 400, NULL)`,
  note(4, 380),
  // Open, with a recent note: no retention clock.
  referral(5, false),
  `INSERT INTO cases (referral_id, status, outcome, updated_at, closed_at) VALUES (5, 'in-progress', NULL, 500, NULL)`,
  note(5, 550),
];

const AFTER = [
  { referral_id: 1, retain_from: 150 },
  { referral_id: 2, retain_from: 260 },
  { referral_id: 3, retain_from: 300 },
  { referral_id: 4, retain_from: 400 },
  { referral_id: 5, retain_from: null },
];

/** What `scheduleFor` counts each closed case's deletion from, given the activity above. */
const SCHEDULE_FROM = (
  [
    [1, 'supported', 100, 100, 150],
    [2, 'declined', 200, 200, 260],
    [3, 'referred-on', 300, 300, 250],
    [4, null, null, 400, 380],
  ] as const
).map(([id, outcome, closedAt, updatedAt, lastActivityAt]) => {
  const facts = { status: 'closed', outcome: outcome as CaseOutcome | null, receivedAt: id, closedAt, lastActivityAt, updatedAt, held: false } as const;
  const schedule = scheduleFor(facts, DEFAULT_RETENTION_POLICY, 0);
  if (schedule.state !== 'closed') throw new Error('a closed case');
  return { referral_id: id, retain_from: schedule.deleteAt - retentionDaysFor(facts.outcome, DEFAULT_RETENTION_POLICY) * DAY_MS };
});

const SELECT_RETAIN_FROM = 'SELECT referral_id, retain_from FROM cases ORDER BY referral_id';

it('is the same step in both stores’ histories', () => {
  expect(MIGRATIONS[RETAIN_FROM_MIGRATION - 1]).toContain('ADD COLUMN retain_from');
  expect(POSTGRES_MIGRATIONS[RETAIN_FROM_MIGRATION - 1]).toContain('ADD COLUMN retain_from');
});

it('expects what scheduleFor counts from', () => {
  expect(SCHEDULE_FROM).toEqual(AFTER.slice(0, 4));
});

describe('each closed case’s retention clock (migration 9)', () => {
  it('is set from its close and the person’s activity on SQLite, and left empty for an open case', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-from-migration-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const db = new Database(path.join(dir, 'old.sqlite'));
    cleanups.push(() => {
      db.close();
    });
    db.pragma('foreign_keys = ON');
    for (const [version, migration] of MIGRATIONS.slice(0, RETAIN_FROM_MIGRATION - 1).entries()) {
      db.exec(migration);
      db.pragma(`user_version = ${version + 1}`);
    }
    for (const statement of BEFORE) db.exec(statement.replaceAll('PAYLOAD', `X'78'`));

    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare(SELECT_RETAIN_FROM).all()).toEqual(AFTER);
  });

  it('is set from its close and the person’s activity on PostgreSQL, and left empty for an open case', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    cleanups.push(() => pool.end());
    await pool.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    for (const [version, migration] of POSTGRES_MIGRATIONS.slice(0, RETAIN_FROM_MIGRATION - 1).entries()) {
      await pool.query(migration);
      await pool.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, 0)', [version + 1]);
    }
    for (const statement of BEFORE) await pool.query(statement.replaceAll('PAYLOAD', `'\\x78'::bytea`));

    expect(await migratePostgres(pool)).toBe(POSTGRES_MIGRATIONS.length);
    const rows = (await pool.query<{ referral_id: number; retain_from: string | null }>(SELECT_RETAIN_FROM)).rows;
    // BIGINT columns come back as text from a pool without the store's parser.
    expect(rows.map((row) => ({ referral_id: Number(row.referral_id), retain_from: row.retain_from === null ? null : Number(row.retain_from) }))).toEqual(AFTER);
  });
});
