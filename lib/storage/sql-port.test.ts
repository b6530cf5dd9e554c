/**
 * The SQL port on both engines: placeholders, the changed-row count, rollback on a throw, and
 * transactions that never interleave (the SQLite queue, and the `serialise` hook across
 * connections on either store); plus each dialect hook said out loud.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { advisoryLockKey, numberPlaceholders, postgresPort, sqlitePort, type SqlPort } from './sql-port';
import { openPostgres } from './postgres-database';
import { openDatabase } from './sqlite-database';
import { databaseFile } from './store';
import { openTestStore, STORE_KINDS, type StoreKind, type TestStore } from '@/testing/test-stores';

const opened: TestStore[] = [];
const ports: SqlPort[] = [];
afterEach(async () => {
  for (const port of ports.splice(0)) await port.close();
  for (const each of opened.splice(0)) await each.cleanup();
});

/** A migrated, empty store of `kind`, and a way to open more ports on the same data (another process). */
async function portsOn(kind: StoreKind): Promise<{ port: SqlPort; another(): SqlPort }> {
  const test = await openTestStore(kind);
  opened.push(test);
  const another = () => {
    const port = test.storage.kind === 'postgres' ? postgresPort(openPostgres(test.storage.url)) : sqlitePort(openDatabase(databaseFile(test.dataDir)));
    ports.push(port);
    return port;
  };
  const port = another();
  await port.run('CREATE TABLE counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL)');
  await port.run(`INSERT INTO counters (name, n) VALUES ('a', 0), ('b', 0), ('?', 0)`);
  return { port, another };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

it('numbers placeholders for PostgreSQL, leaving a ? inside a quoted literal or name alone', () => {
  expect(numberPlaceholders(`SELECT ? , '?', 'it''s ?', "odd?" FROM t WHERE a = ? AND b IN (?, ?)`)).toBe(
    `SELECT $1 , '?', 'it''s ?', "odd?" FROM t WHERE a = $2 AND b IN ($3, $4)`,
  );
});

it('keys the audit chain’s advisory lock as before ("audit" in ASCII)', () => {
  expect(advisoryLockKey('audit')).toBe(0x6175646974n.toString());
});

describe.each(STORE_KINDS)('the port on %s', (kind) => {
  it('binds ? placeholders in order, and run says how many rows it changed', async () => {
    const { port } = await portsOn(kind);
    expect(await port.get<{ n: number }>(`SELECT n FROM counters WHERE name = ? AND n = ?`, ['?', 0])).toEqual({ n: 0 });
    expect(await port.run(`UPDATE counters SET n = n + ? WHERE name IN (?, ?)`, [5, 'a', 'b'])).toBe(2);
    expect(await port.run(`UPDATE counters SET n = 1 WHERE name = ?`, ['none'])).toBe(0);
    expect(await port.all<{ name: string; n: number }>('SELECT name, n FROM counters WHERE n > ? ORDER BY name', [1])).toEqual([
      { name: 'a', n: 5 },
      { name: 'b', n: 5 },
    ]);
  });

  it('reads BIGINT columns and counts back as numbers, as both engines store them', async () => {
    const { port } = await portsOn(kind);
    await port.run(`CREATE TABLE times (at BIGINT NOT NULL)`);
    await port.run(`INSERT INTO times (at) VALUES (?)`, [Date.UTC(2026, 11, 7)]);
    expect(await port.get('SELECT at, COUNT(*) AS n FROM times GROUP BY at')).toEqual({ at: Date.UTC(2026, 11, 7), n: 1 });
  });

  it('rolls a transaction back when its work throws, and commits when it resolves', async () => {
    const { port } = await portsOn(kind);
    await expect(
      port.transaction(async (tx) => {
        await tx.run(`UPDATE counters SET n = 99 WHERE name = 'a'`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await port.get(`SELECT n FROM counters WHERE name = 'a'`)).toEqual({ n: 0 });
    expect(await port.transaction((tx) => tx.run(`UPDATE counters SET n = 7 WHERE name = 'a'`))).toBe(1);
    expect(await port.get(`SELECT n FROM counters WHERE name = 'a'`)).toEqual({ n: 7 });
  });

  it('never interleaves two transactions that serialise on one name, from separate connections', async () => {
    const { port, another } = await portsOn(kind);
    const second = another();
    // Read, wait, write: any interleaving of two of these loses an increment.
    const increment = (on: SqlPort) =>
      on.transaction(async (tx) => {
        await tx.serialise('counter-a');
        const { n } = (await tx.get<{ n: number }>(`SELECT n FROM counters WHERE name = 'a'`))!;
        await tick();
        await tx.run(`UPDATE counters SET n = ? WHERE name = 'a'`, [n + 1]);
      });
    await Promise.all(Array.from({ length: 10 }, (_, i) => increment(i % 2 === 0 ? port : second)));
    expect(await port.get(`SELECT n FROM counters WHERE name = 'a'`)).toEqual({ n: 10 });
  });

  it('names its row-lock clauses: empty on SQLite, whose transactions exclude every other writer', async () => {
    const { port } = await portsOn(kind);
    const { dialect } = port;
    expect([dialect.forUpdate(), dialect.forUpdate('h'), dialect.forShare, dialect.skipLocked]).toEqual(
      kind === 'sqlite' ? ['', '', '', ''] : [' FOR UPDATE', ' FOR UPDATE OF h', ' FOR SHARE', ' SKIP LOCKED'],
    );
    // Each clause is one the engine accepts where the repositories put it.
    await port.transaction((tx) => tx.all(`SELECT h.name FROM counters h WHERE h.n = 0 LIMIT 1${dialect.forUpdate('h')}${dialect.skipLocked}`));
    await port.transaction((tx) => tx.all(`SELECT name FROM counters${dialect.forShare}`));
  });
});

describe('the port on SQLite', () => {
  it('queues a statement behind a transaction in progress on the same file, even from another connection', async () => {
    const { port, another } = await portsOn('sqlite');
    const other = another();
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = port.transaction(async (tx) => {
      await tx.run(`UPDATE counters SET n = 1 WHERE name = 'a'`);
      order.push('transaction wrote');
      await held;
      order.push('transaction commits');
    });
    // Without the queue this write would wait on SQLite's lock and block the event loop, and the transaction could never commit.
    const write = other.run(`UPDATE counters SET n = n + 10 WHERE name = 'a'`).then(() => order.push('other wrote'));
    await tick();
    release();
    await Promise.all([transaction, write]);
    expect(order).toEqual(['transaction wrote', 'transaction commits', 'other wrote']);
    expect(await port.get(`SELECT n FROM counters WHERE name = 'a'`)).toEqual({ n: 11 });
  });

  it('truncates the WAL after an erase, so no deleted page lingers in it', async () => {
    const { port } = await portsOn('sqlite');
    const test = opened.at(-1)!;
    await port.run(`UPDATE counters SET n = 1`);
    await port.afterErase();
    const fs = await import('node:fs');
    expect(fs.statSync(`${databaseFile(test.dataDir)}-wal`).size).toBe(0);
  });
});
