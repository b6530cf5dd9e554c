/**
 * The database schema, as an ordered list of migrations. Each runs once, in its own
 * transaction, and the database's `user_version` records how far it has got. Never edit a
 * migration that has shipped: add the next one.
 */

export const MIGRATIONS: readonly string[] = [
  // 1: referrals and their delivery jobs (the transactional outbox).
  `
  CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    form_token TEXT NOT NULL UNIQUE,
    nation TEXT NOT NULL,
    payload BLOB NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE delivery_jobs (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL UNIQUE REFERENCES referrals(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_token TEXT,
    lease_until INTEGER,
    last_error TEXT,
    sent_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;

  CREATE INDEX delivery_jobs_due ON delivery_jobs (state, next_attempt_at);
  CREATE INDEX delivery_jobs_sent ON delivery_jobs (state, sent_at);
  `,
];
