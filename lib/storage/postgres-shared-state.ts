/**
 * The shared state (`lib/security/shared-state.ts`) on PostgreSQL, so that every instance
 * counts the same requests, failures and used ids.
 *
 * - A rate-limit hit is one upsert of the client's window row (its allowed requests' times),
 *   which adds one only if there is room: two instances counting the same client at once queue
 *   on the row's lock, so the limit is never overshot.
 * - A failure is one atomic upsert (`INSERT … ON CONFLICT … DO UPDATE`), with the restart rule
 *   in SQL.
 * - A used id is one insert that succeeds only the first time (or after it expired).
 * - A held token is taken by one DELETE … RETURNING, so two instances taking it at once get it
 *   once between them.
 * Rows past their expiry (a hit's is its own window's end, stored with it, since one instance
 * cannot know every window the others use) are swept by whichever instance comes by, at most
 * once a minute each.
 */
import 'server-only';
import type { FailureCount, SharedState } from '@/lib/security/shared-state';
import type { PostgresDatabase } from '@/lib/storage/postgres-database';

const SWEEP_EVERY_MS = 60_000;

export function createPostgresSharedState(db: PostgresDatabase): SharedState {
  let lastSweep = 0;

  /** Deletes what can no longer matter; never blocks the request that triggered it. */
  function sweepIfDue(now: number): void {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    void Promise.all([
      db.query('DELETE FROM rate_limit_windows WHERE expires_at <= $1', [now]),
      db.query('DELETE FROM failure_counts WHERE forget_at <= $1', [now]),
      db.query('DELETE FROM used_once WHERE expires_at <= $1', [now]),
      db.query('DELETE FROM held_tokens WHERE expires_at <= $1', [now]),
    ]).catch(() => undefined);
  }

  return {
    async hit(key, limit, windowMs, now) {
      sweepIfDue(now);
      // One statement. ON CONFLICT DO UPDATE locks the client's row and works on its newest
      // version, committed or not when this statement began, so two instances counting one
      // client at once queue on the row and the limit is never overshot; its WHERE refuses
      // when the window is full, and a refused request is not counted (as in memory). The
      // outer SELECT reads the oldest hit still in the window, for the wait a refusal gives.
      const { rows } = await db.query<{ allowed: boolean; oldest: number | null }>(
        `WITH counted AS (
           INSERT INTO rate_limit_windows AS w (key, hits, expires_at)
           VALUES ($1, ARRAY[$2::bigint], $2::bigint + $3::bigint)
           ON CONFLICT (key) DO UPDATE SET
             hits = ARRAY(SELECT h FROM unnest(w.hits) AS h WHERE h > $2::bigint - $3::bigint ORDER BY h) || $2::bigint,
             expires_at = $2::bigint + $3::bigint
           WHERE (SELECT count(*) FROM unnest(w.hits) AS h WHERE h > $2::bigint - $3::bigint) < $4::integer
           RETURNING 1
         )
         SELECT EXISTS (SELECT 1 FROM counted) AS allowed,
           (SELECT min(h) FROM rate_limit_windows AS w, unnest(w.hits) AS h WHERE w.key = $1 AND h > $2::bigint - $3::bigint) AS oldest`,
        [key, now, windowMs, limit],
      );
      const row = rows[0];
      if (row?.allowed) return { allowed: true, retryAfterSeconds: 0 };
      // A row committed after this statement began is not seen by the outer SELECT: then the
      // wait is the whole window, which is never too short.
      const oldest = row?.oldest ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    },
    async failureCount(key) {
      const { rows } = await db.query<{ failures: number; last_failure_at: number }>(
        'SELECT failures, last_failure_at FROM failure_counts WHERE key = $1',
        [key],
      );
      const row = rows[0];
      return row && ({ failures: row.failures, lastFailureAt: row.last_failure_at } satisfies FailureCount);
    },
    async recordFailure(key, now, rule) {
      sweepIfDue(now);
      // The CASE is `restartsCount` (shared-state.ts) in SQL: a null lock threshold never restarts.
      await db.query(
        `INSERT INTO failure_counts AS f (key, failures, last_failure_at, forget_at) VALUES ($1, 1, $2::bigint, $2::bigint + $3::bigint)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE
             WHEN $2::bigint - f.last_failure_at > $3::bigint THEN 1
             WHEN f.failures >= $4::integer AND f.last_failure_at + $5::bigint <= $2::bigint THEN 1
             ELSE f.failures + 1 END,
           last_failure_at = $2::bigint,
           forget_at = $2::bigint + $3::bigint`,
        [key, now, rule.forgetAfterMs, rule.restartAfterLock?.failures ?? null, rule.restartAfterLock?.lockMs ?? null],
      );
    },
    async clearFailures(key) {
      await db.query('DELETE FROM failure_counts WHERE key = $1', [key]);
    },
    async useOnce(id, expiresAt, now) {
      sweepIfDue(now);
      const { rowCount } = await db.query(
        `INSERT INTO used_once AS u (id, expires_at) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE u.expires_at <= $3`,
        [id, expiresAt, now],
      );
      return rowCount === 1;
    },
    async wasUsed(id, now) {
      const { rowCount } = await db.query('SELECT 1 FROM used_once WHERE id = $1 AND expires_at > $2', [id, now]);
      return rowCount === 1;
    },
    async holdToken(tokenHash, value, expiresAt, now) {
      sweepIfDue(now);
      await db.query('INSERT INTO held_tokens (token_hash, value, expires_at) VALUES ($1, $2, $3)', [tokenHash, value, expiresAt]);
    },
    async peekToken(tokenHash, now) {
      const { rows } = await db.query<{ value: string }>('SELECT value FROM held_tokens WHERE token_hash = $1 AND expires_at > $2', [tokenHash, now]);
      return rows[0]?.value;
    },
    async takeToken(tokenHash, now) {
      const { rows } = await db.query<{ value: string; expires_at: number }>(
        'DELETE FROM held_tokens WHERE token_hash = $1 RETURNING value, expires_at',
        [tokenHash],
      );
      const row = rows[0];
      return row && row.expires_at > now ? row.value : undefined;
    },
    async dropToken(tokenHash) {
      await db.query('DELETE FROM held_tokens WHERE token_hash = $1', [tokenHash]);
    },
  };
}
