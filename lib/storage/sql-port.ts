/**
 * The one SQL layer both stores share: a small port (`all`, `get`, `run`, `transaction`, with `?`
 * placeholders) and its two adapters, so each repository is written once (`*-repository.ts` in
 * this folder) and runs on SQLite and PostgreSQL alike.
 *
 * What truly differs between the engines is named here, as the `dialect` hooks, and nowhere else:
 * - Transactions. SQLite has one writer at a time: a transaction is `BEGIN IMMEDIATE … COMMIT`,
 *   and every statement and transaction on one file in this process waits its turn in one queue,
 *   so two never interleave (and better-sqlite3's synchronous calls never block the event loop
 *   waiting for a lock this same process holds). PostgreSQL runs transactions side by side, each
 *   on a pooled connection.
 * - Row locks. On SQLite the IMMEDIATE transaction already excludes every other writer, so
 *   `FOR UPDATE`, `FOR SHARE` and `SKIP LOCKED` are empty; on PostgreSQL they are the clauses.
 * - `serialise(name)`: one named critical section across every instance (the audit chain): the
 *   transaction itself on SQLite, a transaction-scoped advisory lock on PostgreSQL.
 * - `afterErase()`: after content was deleted, make sure no copy lingers in the store's own
 *   files: SQLite checkpoints and truncates its WAL; PostgreSQL has nothing to do (see README).
 * BIGINT columns are read back as numbers on PostgreSQL by `postgres-database.ts`'s type parser.
 * The rest both engines accept as written (SQLite 3.35 and later): `ON CONFLICT … DO NOTHING`,
 * `RETURNING`, and `CAST(? AS BIGINT)` where PostgreSQL cannot infer a placeholder's type.
 */
import 'server-only';
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import type { PostgresDatabase, Queryable } from '@/lib/storage/postgres-database';
import type { SqliteDatabase } from '@/lib/storage/sqlite-database';

export type SqlValue = string | number | bigint | Buffer | null;

/** The engine differences a repository may use, each a named hook. */
export type Dialect = {
  name: 'sqlite' | 'postgres';
  /** Appended to a SELECT inside a transaction: lock the rows read until it ends. `of` names the table. */
  forUpdate(of?: string): string;
  /** Appended to a SELECT inside a transaction: no one may change or delete the rows read until it ends. */
  forShare: string;
  /** Appended to a queue's SELECT … FOR UPDATE: pass over rows another transaction holds. */
  skipLocked: string;
};

/** The port: statements with `?` placeholders, and transactions. */
export type SqlPort = {
  dialect: Dialect;
  all<Row>(sql: string, values?: readonly SqlValue[]): Promise<Row[]>;
  get<Row>(sql: string, values?: readonly SqlValue[]): Promise<Row | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, values?: readonly SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. Nested calls join it. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** After content was deleted (and committed): leave no copy in the store's own files. */
  afterErase(): Promise<void>;
  close(): Promise<void>;
};

/** The port inside a transaction, with the one hook that only means something there. */
export type SqlTransaction = SqlPort & {
  /** Waits until no other transaction, on any instance, is inside the section `name`; held until this one ends. */
  serialise(name: string): Promise<void>;
};

/** `?` placeholders numbered `$1`, `$2`… for PostgreSQL; a `?` inside a quoted literal is left alone. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

// ---- SQLite ---------------------------------------------------------------------------------

type Queue = { tail: Promise<unknown>; connections: number };

const QUEUES = Symbol.for('get-help-with-intimate-image-abuse.sqlite-queues');

/**
 * One queue per database file in this process: every connection to it takes its turn. Kept on
 * `globalThis` because Next.js loads the start hook and the routes as separate module graphs in
 * one process, and a connection from each must still queue behind the other's transaction.
 */
const queues: Map<string, Queue> = ((globalThis as { [QUEUES]?: Map<string, Queue> })[QUEUES] ??= new Map());

/** The file's queue, shared with this process's other connections to it (an in-memory database has its own). */
function joinQueue(db: SqliteDatabase): { queue: Queue; leave(): void } {
  const key = path.resolve(db.name);
  const queue = (!db.memory && queues.get(key)) || { tail: Promise.resolve(), connections: 0 };
  if (!db.memory) queues.set(key, queue);
  queue.connections += 1;
  let left = false;
  return {
    queue,
    leave() {
      // Once: a store and its delivery repository may both close the one connection.
      if (left) return;
      left = true;
      queue.connections -= 1;
      if (queue.connections === 0 && queues.get(key) === queue) queues.delete(key);
    },
  };
}

const SQLITE_DIALECT: Dialect = { name: 'sqlite', forUpdate: () => '', forShare: '', skipLocked: '' };

/** The port over an open, migrated better-sqlite3 database (see `openDatabase`). */
export function sqlitePort(db: SqliteDatabase): SqlPort {
  const { queue, leave } = joinQueue(db);
  const statements = new Map<string, Statement<unknown[]>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare<unknown[]>(sql)));
    return statement;
  };
  const direct = {
    all: async <Row>(sql: string, values: readonly SqlValue[] = []) => prepare(sql).all(...(values as unknown[])) as Row[],
    get: async <Row>(sql: string, values: readonly SqlValue[] = []) => prepare(sql).get(...(values as unknown[])) as Row | undefined,
    run: async (sql: string, values: readonly SqlValue[] = []) => prepare(sql).run(...(values as unknown[])).changes,
  };
  /** Runs `work` when every earlier statement or transaction on this file has finished. */
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.tail.then(work);
    queue.tail = result.catch(() => undefined);
    return result;
  };
  const tx: SqlTransaction = {
    dialect: SQLITE_DIALECT,
    ...direct,
    transaction: (work) => work(tx),
    serialise: async () => undefined, // The IMMEDIATE transaction already excludes every other writer.
    afterErase: async () => undefined, // Checkpointing inside a transaction cannot truncate the WAL.
    close: async () => undefined,
  };
  return {
    dialect: SQLITE_DIALECT,
    all: (sql, values) => inTurn(() => direct.all(sql, values)),
    get: (sql, values) => inTurn(() => direct.get(sql, values)),
    run: (sql, values) => inTurn(() => direct.run(sql, values)),
    transaction: (work) =>
      inTurn(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    afterErase: () =>
      inTurn(async () => {
        db.pragma('wal_checkpoint(TRUNCATE)');
      }),
    close: () =>
      inTurn(async () => {
        db.close();
        leave();
      }),
  };
}

// ---- PostgreSQL -----------------------------------------------------------------------------

const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  forUpdate: (of) => (of ? ` FOR UPDATE OF ${of}` : ' FOR UPDATE'),
  forShare: ' FOR SHARE',
  skipLocked: ' SKIP LOCKED',
};

/** A 63-bit advisory lock key for a section's name: stable across instances and versions. */
export function advisoryLockKey(name: string): string {
  let key = 0n;
  for (const byte of Buffer.from(name, 'utf8')) key = ((key << 8n) | BigInt(byte)) & 0x7fffffffffffffffn;
  return key.toString();
}

function postgresStatements(client: Queryable) {
  const query = async <Row>(sql: string, values: readonly SqlValue[] = []) =>
    client.query<Row & object>(numberPlaceholders(sql), values as unknown[]);
  return {
    all: async <Row>(sql: string, values?: readonly SqlValue[]) => (await query<Row>(sql, values)).rows as Row[],
    get: async <Row>(sql: string, values?: readonly SqlValue[]) => (await query<Row>(sql, values)).rows[0] as Row | undefined,
    run: async (sql: string, values?: readonly SqlValue[]) => (await query(sql, values)).rowCount ?? 0,
  };
}

/** The port over an open PostgreSQL pool (see `openPostgres`). */
export function postgresPort(db: PostgresDatabase): SqlPort {
  const port: SqlPort = {
    dialect: POSTGRES_DIALECT,
    ...postgresStatements(db),
    transaction: (work) =>
      db.transaction((client) => {
        const tx: SqlTransaction = {
          ...port,
          ...postgresStatements(client),
          transaction: (inner) => inner(tx),
          async serialise(name) {
            await client.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey(name)]);
          },
        };
        return work(tx);
      }),
    afterErase: async () => undefined,
    close: () => db.close(),
  };
  return port;
}
