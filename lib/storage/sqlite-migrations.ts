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
  // 2: the caseworker inbox: staff and their second factors, server-side sessions, the
  // hash-chained audit log, each referral's case state and its notes (encrypted like the
  // referral). Case rows and notes go with their referral (ON DELETE CASCADE) when retention
  // purges it; audit rows name only the reference and are never changed or removed.
  `
  CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('caseworker', 'manager')),
    password_hash TEXT,
    totp_secret BLOB,
    totp_last_step INTEGER,
    webauthn_challenge TEXT,
    enrolment_token_hash TEXT UNIQUE,
    enrolment_expires_at INTEGER,
    enrolled_at INTEGER,
    disabled_at INTEGER,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE staff_recovery_codes (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at INTEGER
  ) STRICT;

  CREATE TABLE staff_passkeys (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE,
    public_key BLOB NOT NULL,
    counter INTEGER NOT NULL,
    transports TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('password', 'full')),
    challenge TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    reference TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
  ) STRICT;
  CREATE INDEX audit_log_reference ON audit_log (reference);
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

  CREATE TABLE cases (
    referral_id INTEGER PRIMARY KEY REFERENCES referrals(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('new', 'contacting', 'in-progress', 'waiting', 'closed')),
    outcome TEXT,
    assignee_id INTEGER REFERENCES staff(id),
    first_contacted_at INTEGER,
    updated_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    body BLOB NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX case_notes_referral ON case_notes (referral_id);
  `,
  // 3: the person's check-back. A PIN (argon2id hash only) they may choose after sending; the
  // messages between them and their support worker, encrypted like the notes; and when they
  // withdrew the referral, which leaves the referral row as a content-free tombstone (its
  // payload emptied, its notes, messages and PIN deleted).
  `
  ALTER TABLE referrals ADD COLUMN withdrawn_at INTEGER;

  CREATE TABLE check_back_pins (
    referral_id INTEGER PRIMARY KEY REFERENCES referrals(id) ON DELETE CASCADE,
    pin_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE case_messages (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('support-worker', 'person')),
    staff_id INTEGER REFERENCES staff(id),
    body BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
  ) STRICT;
  CREATE INDEX case_messages_referral ON case_messages (referral_id);
  `,
  // 4: a case's whole life. When a case was closed (its retention clock starts there, and
  // reopening clears it; cases closed before this migration start from their last change).
  // Legal holds: one per case, set by a manager with a reason (encrypted like the notes) and a
  // review date; lifting needs a request and a different manager's approval, so the request is
  // kept here until approved. Tombstones: what is left of a case once it has ended (purged by
  // retention, or withdrawn by the person), with no content, contact detail or evidence, so the
  // service's figures still count it; keyed by reference, not by the referral row, which goes.
  // Manager digests: one row per UTC day, leased and retried like a delivery job; the email is
  // composed at send time from counts, so nothing of a case is stored in the queue.
  `
  ALTER TABLE cases ADD COLUMN closed_at INTEGER;
  UPDATE cases SET closed_at = updated_at WHERE status = 'closed';

  CREATE TABLE legal_holds (
    referral_id INTEGER PRIMARY KEY REFERENCES referrals(id) ON DELETE CASCADE,
    reason BLOB NOT NULL,
    review_at INTEGER NOT NULL,
    set_by INTEGER NOT NULL REFERENCES staff(id),
    set_at INTEGER NOT NULL,
    lift_requested_by INTEGER REFERENCES staff(id),
    lift_requested_at INTEGER
  ) STRICT;

  CREATE TABLE case_tombstones (
    reference TEXT PRIMARY KEY,
    nation TEXT NOT NULL,
    priority TEXT CHECK (priority IN ('urgent', 'high', 'standard')),
    received_at INTEGER NOT NULL,
    first_contacted_at INTEGER,
    closed_at INTEGER,
    outcome TEXT,
    ended TEXT NOT NULL CHECK (ended IN ('purged', 'withdrawn')),
    ended_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE manager_digests (
    day TEXT PRIMARY KEY,
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
  `,
  // 5: what guards against abuse, shared by every instance on one database: the rate limits'
  // sliding windows (one row per allowed request, swept after its window), failed sign-ins and
  // PINs per keyed hash (swept when forgotten), single-use ids (the form's step tokens, swept
  // when expired) and held tokens (the check-back's pages, by hash). A single instance on SQLite keeps all of this in memory instead (see
  // lib/security/shared-state.ts); the tables are here so both stores have one schema history.
  `
  CREATE TABLE rate_limit_hits (
    key TEXT NOT NULL,
    at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX rate_limit_hits_key ON rate_limit_hits (key, at);
  CREATE INDEX rate_limit_hits_at ON rate_limit_hits (at);

  CREATE TABLE failure_counts (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL,
    forget_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX failure_counts_forget ON failure_counts (forget_at);

  CREATE TABLE used_once (
    id TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX used_once_expires ON used_once (expires_at);

  CREATE TABLE held_tokens (
    token_hash TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX held_tokens_expires ON held_tokens (expires_at);
  `,  // 6: the rate limits' sliding windows as one row per client and window, which holds the times
  // of its allowed requests (`hits`) and says when it can be swept (`expires_at`: its newest hit
  // plus its window). On PostgreSQL this makes a hit one statement, an upsert that locks the row;
  // and sweeping by each row's own expiry replaces sweeping by the longest window one process had
  // seen, which let an instance whose first hit was a 10-second window delete every client's
  // 10-minute counts. SQLite keeps the windows in memory; the table (with `hits` as a JSON array)
  // keeps one schema history. The old rows are dropped: they are at most one window of counts.
  `
  DROP TABLE rate_limit_hits;
  CREATE TABLE rate_limit_windows (
    key TEXT PRIMARY KEY,
    hits TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX rate_limit_windows_expires ON rate_limit_windows (expires_at);
  `,
  // 7: one queue for every email the service sends. A job has a kind: a referral's (its
  // referral_id) or the managers' digest (its day, as `job_key`, unique per kind so each day's
  // is queued once). The digests waiting in manager_digests move across with their state,
  // attempts and lease, and that table goes. SQLite cannot drop a NOT NULL in place, so the jobs
  // table is rebuilt under its own name, keeping every row's id.
  `
  CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    referral_id INTEGER UNIQUE REFERENCES referrals(id) ON DELETE CASCADE,
    job_key TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_token TEXT,
    lease_until INTEGER,
    last_error TEXT,
    sent_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (kind, job_key),
    CHECK (kind <> 'referral' OR referral_id IS NOT NULL)
  ) STRICT;
  INSERT INTO jobs (id, kind, referral_id, state, attempts, next_attempt_at, lease_token, lease_until, last_error, sent_at, created_at, updated_at)
    SELECT id, 'referral', referral_id, state, attempts, next_attempt_at, lease_token, lease_until, last_error, sent_at, created_at, updated_at
    FROM delivery_jobs;
  INSERT INTO jobs (kind, job_key, state, attempts, next_attempt_at, lease_token, lease_until, last_error, sent_at, created_at, updated_at)
    SELECT 'digest', day, state, attempts, next_attempt_at, lease_token, lease_until, last_error, sent_at, created_at, updated_at
    FROM manager_digests ORDER BY day;
  DROP TABLE delivery_jobs;
  DROP TABLE manager_digests;
  ALTER TABLE jobs RENAME TO delivery_jobs;
  CREATE INDEX delivery_jobs_due ON delivery_jobs (state, next_attempt_at);
  CREATE INDEX delivery_jobs_sent ON delivery_jobs (state, sent_at);
  `,
  // 8: what the queue sorts and filters by, stored beside each referral so SQL can answer it
  // without decrypting anything. `priority_rank` is the triage its email carried, as a sort key
  // (0: the payload cannot be read, shown first for a person to look; 1 urgent; 2 high; 3
  // standard); NULL means not yet known: referrals stored before this migration, which the server
  // fills at start by decrypting each once, in slices (SQL holds no data key). A withdrawn one
  // keeps the priority its tombstone recorded. `case_closed` mirrors whether the case row says
  // closed, so the open queue is one index range instead of a walk past every closed case. Cases
  // by close date: the retention page reads only those whose deletion can be near. The audit
  // log's checkpoint: the last row whose chain was verified, and its hash, so each view of the
  // log checks only the rows written since (a row before it changed still fails the full
  // check, `npm run staff -- audit-verify`); and the log's filters, by actor and action.
  `
  ALTER TABLE referrals ADD COLUMN priority_rank INTEGER CHECK (priority_rank BETWEEN 0 AND 3);
  ALTER TABLE referrals ADD COLUMN case_closed INTEGER NOT NULL DEFAULT 0 CHECK (case_closed IN (0, 1));
  UPDATE referrals SET case_closed = 1 WHERE id IN (SELECT referral_id FROM cases WHERE status = 'closed');
  UPDATE referrals SET priority_rank = COALESCE(
    (SELECT CASE t.priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2 WHEN 'standard' THEN 3 ELSE 0 END
     FROM case_tombstones t WHERE t.reference = referrals.reference), 3)
  WHERE withdrawn_at IS NOT NULL;
  CREATE INDEX referrals_queue ON referrals (case_closed, priority_rank, created_at, id);
  CREATE INDEX referrals_queue_all ON referrals (priority_rank, created_at, id);
  CREATE INDEX cases_status ON cases (status);
  CREATE INDEX cases_closed_at ON cases (closed_at);

  CREATE TABLE audit_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    verified_id INTEGER NOT NULL,
    verified_hash TEXT NOT NULL,
    verified_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX audit_log_actor ON audit_log (actor, id);
  CREATE INDEX audit_log_action ON audit_log (action, id);
  `,
  // 9: a closed case keeps the moment its retention counts from (its close, or the newest note
  // or message from the person if later: see scheduleFor), so the retention page and the sweep
  // find what is due through an index. The figures' running tally (lib/storage/figure-tally.ts),
  // counted here from every tombstone and stored case, as the tally counts them, each by the
  // week the case arrived in: weeks from Monday 00:00 UTC (3 days before a multiple of a week from the epoch), weekdays from the
  // epoch's Thursday, contact times in tenths of an hour rounded up.
  `
  ALTER TABLE cases ADD COLUMN retain_from INTEGER;
  UPDATE cases SET retain_from = (SELECT MAX(activity.at) FROM (
      SELECT COALESCE(cases.closed_at, cases.updated_at) AS at
      UNION ALL SELECT n.created_at FROM case_notes n WHERE n.referral_id = cases.referral_id
      UNION ALL SELECT m.created_at FROM case_messages m WHERE m.referral_id = cases.referral_id AND m.author = 'person'
    ) AS activity)
  WHERE status = 'closed';
  CREATE INDEX cases_retain_from ON cases (status, outcome, retain_from);
  CREATE TABLE figure_arrivals (
    week_start INTEGER NOT NULL,
    priority_rank INTEGER NOT NULL,
    nation TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (week_start, priority_rank, nation)
  ) STRICT;
  CREATE TABLE figure_outcomes (
    week_start INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (week_start, outcome)
  ) STRICT;
  CREATE TABLE figure_contacts (
    week_start INTEGER NOT NULL,
    tenths INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (week_start, tenths)
  ) STRICT;
  CREATE TABLE figure_late (
    week_start INTEGER NOT NULL,
    arrival_weekday INTEGER NOT NULL,
    days INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (week_start, arrival_weekday, days)
  ) STRICT;
  CREATE VIEW figure_backfill AS
    SELECT timed.*,
      CASE WHEN timed.tenths <= 100 THEN timed.tenths WHEN timed.tenths <= 1000 THEN ((timed.tenths + 9) / 10) * 10
        ELSE ((timed.tenths + 99) / 100) * 100 END AS contact_tenths,
      CASE WHEN timed.days > 60 THEN 60 ELSE timed.days END AS contact_days
    FROM (
      SELECT ((cases.received_at + 259200000) / 604800000) * 604800000 - 259200000 AS week_start,
        CASE WHEN cases.first_contacted_at <= cases.received_at THEN 0
          ELSE (cases.first_contacted_at - cases.received_at + 359999) / 360000 END AS tenths,
        CASE WHEN cases.first_contacted_at <= cases.received_at THEN 0
          ELSE (cases.first_contacted_at - cases.received_at + 86399999) / 86400000 END AS days,
        cases.*
      FROM (
        SELECT t.nation, CASE t.priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2 WHEN 'standard' THEN 3 ELSE 0 END AS priority_rank,
          t.received_at, t.first_contacted_at, t.outcome
        FROM case_tombstones t
        UNION ALL
        SELECT r.nation, COALESCE(r.priority_rank, 0), r.created_at, c.first_contacted_at, CASE WHEN c.status = 'closed' THEN c.outcome END
        FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id
        WHERE r.withdrawn_at IS NULL OR NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.reference = r.reference)
      ) AS cases
    ) AS timed;
  INSERT INTO figure_arrivals (week_start, priority_rank, nation, n)
    SELECT f.week_start, f.priority_rank, f.nation, COUNT(*) FROM figure_backfill f GROUP BY f.week_start, f.priority_rank, f.nation;
  INSERT INTO figure_outcomes (week_start, outcome, n)
    SELECT f.week_start, f.outcome, COUNT(*) FROM figure_backfill f WHERE f.outcome IS NOT NULL GROUP BY f.week_start, f.outcome;
  INSERT INTO figure_contacts (week_start, tenths, n)
    SELECT f.week_start, f.contact_tenths, COUNT(*) FROM figure_backfill f WHERE f.first_contacted_at IS NOT NULL
    GROUP BY f.week_start, f.contact_tenths;
  INSERT INTO figure_late (week_start, arrival_weekday, days, n)
    SELECT f.week_start, (f.received_at / 86400000 + 4) % 7, f.contact_days, COUNT(*) FROM figure_backfill f WHERE f.first_contacted_at IS NOT NULL
    GROUP BY f.week_start, (f.received_at / 86400000 + 4) % 7, f.contact_days;
  DROP VIEW figure_backfill;
  `,
];
