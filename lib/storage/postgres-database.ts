/**
 * Opening the PostgreSQL store: one connection pool per process, the schema migrated under an
 * advisory lock (so two instances starting together apply each migration once), and helpers
 * for single statements and transactions.
 *
 * The pool is made at once and the migrations run in the background: every query waits for
 * them, so a repository can be built synchronously (as the SQLite ones are) and a server that
 * wants to fail fast awaits `ready` at start. A migration that fails makes every query fail with
 * its error, never run against a half-made schema.
 */
import 'server-only';
import pg from 'pg';
import { log } from '@/lib/log';
import { POSTGRES_MIGRATIONS } from '@/lib/storage/postgres-migrations';

/** Raised when the database's schema is not one this code can use. */
export class PostgresSchemaError extends Error {
  override name = 'PostgresSchemaError';
}

/** Anything that runs a query: the store itself, or one connection inside a transaction. */
export type Queryable = {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
};

export type PostgresDatabase = Queryable & {
  /** Resolves when the schema is migrated; rejects with the reason it could not be. */
  ready: Promise<void>;
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/**
 * The advisory lock key that serialises migrations across instances: any fixed 64-bit number
 * no other lock in this database uses ("migrate" in ASCII).
 */
const MIGRATION_LOCK = 0x6d696772617465n;

const INT8_OID = 20;

/**
 * BIGINT columns hold milliseconds since the epoch and row ids, all far below 2^53: read them
 * as numbers, as SQLite gives them, rather than pg's default strings. A value that would not
 * fit exactly is refused rather than rounded.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID && format !== 'binary') {
      return (value: string) => {
        const parsed = Number(value);
        if (!Number.isSafeInteger(parsed)) throw new RangeError('A BIGINT column holds a value beyond 2^53');
        return parsed;
      };
    }
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** Applies the migrations not yet applied, each in its own transaction, under the lock. */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
      );
      const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      const current = rows[0]?.version ?? 0;
      if (current > POSTGRES_MIGRATIONS.length) {
        throw new PostgresSchemaError(
          `The database schema (version ${current}) is newer than this code knows (${POSTGRES_MIGRATIONS.length})`,
        );
      }
      for (let version = current; version < POSTGRES_MIGRATIONS.length; version += 1) {
        await client.query('BEGIN');
        try {
          await client.query(POSTGRES_MIGRATIONS[version]!);
          await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [version + 1, Date.now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
    }
  } finally {
    client.release();
  }
  return POSTGRES_MIGRATIONS.length;
}

export type PostgresOptions = {
  /** Connections this process may hold at once. */
  maxConnections?: number;
};

/** Said once per failed idle connection, by its code only: never the URL, which carries the password. */
function logIdleError(error: Error): void {
  log.error('storage.postgres_connection_lost', { errorCode: (error as { code?: string }).code ?? error.name });
}

/** Opens a pool on `url` (a `postgres://` URL) and migrates the schema in the background. */
export function openPostgres(url: string, { maxConnections = 10 }: PostgresOptions = {}): PostgresDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    types,
    application_name: 'get-help-with-intimate-image-abuse',
    // A connection that cannot be made in this time fails the request rather than hanging it.
    connectionTimeoutMillis: 10_000,
  });
  // Without a listener, an idle connection's error (a restarted server) would end the process;
  // the pool drops that connection and makes a new one when next needed.
  pool.on('error', logIdleError);

  const ready = migratePostgres(pool).then(() => undefined);
  // Observed here so that a failure is not an unhandled rejection; every query rethrows it.
  ready.catch(() => undefined);

  let closing: Promise<void> | undefined;
  return {
    ready,
    async query(text, values) {
      await ready;
      return pool.query(text, values);
    },
    async transaction(work) {
      await ready;
      const client = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: destroyed, not reused.
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close() {
      // Once: the delivery repository and the store may both be closed by their owners.
      closing ??= ready.catch(() => undefined).then(() => pool.end());
      return closing;
    },
  };
}
