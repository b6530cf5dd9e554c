/**
 * The production server as the benchmark runs it: `npm start`'s own server (server/serve.mjs)
 * on loopback, started directly (not through npm, so the PID is the server's own and SIGKILL
 * reaches it), with a data directory and settings of its own, and helpers to read what it stored.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';

const root = path.resolve(__dirname, '..');
// The Node.js flags `npm start` gives the server (package.json; server/serve.mjs says why).
const startFlags = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .filter((word) => word.startsWith('--'));

export type BenchServer = {
  child: ChildProcess;
  baseUrl: string;
  /** SIGTERM, resolving when it has exited. */
  stop(): Promise<void>;
  /** SIGKILL, resolving when it has exited. */
  kill9(): Promise<void>;
};

const running = new Set<ChildProcess>();
// Stopping the bench (Ctrl+C) stops the servers it started, rather than leaving them listening.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    process.exit(130);
  });
}

/**
 * Starts the server on 127.0.0.1:`port` with `env` over the current environment; `onLog`, if
 * given, receives the server's log output (its JSON lines on stdout) as it comes.
 */
export async function startServer(port: number, env: Record<string, string>, onLog?: (chunk: string) => void): Promise<BenchServer> {
  // As `npm start` runs it, then any flags for this run: a CPU profile (`--cpu-prof
  // --cpu-prof-dir=<dir>`, which NODE_OPTIONS refuses), or another heap size (the last one counts).
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...startFlags, ...nodeArgs, path.join(root, 'server', 'serve.mjs'), 'start'], {
    cwd: root,
    // The bench measures the demo's own build and settings unless a phase says otherwise.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', APP_MODE: 'demo', ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', onLog ? 'pipe' : 'ignore', 'pipe'],
  });
  if (onLog) child.stdout!.on('data', (chunk: Buffer) => onLog(chunk.toString()));
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited before listening:\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start within 60 s:\n${stderr}`);
    }
    await sleep(200);
  }
  return {
    child,
    baseUrl,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
      await exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The references stored in a data directory's database, read-only. */
export function storedReferences(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, 'referrals.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT reference FROM referrals').all() as { reference: string }[]).map((row) => row.reference);
  } finally {
    db.close();
  }
}

/** The outbox's referral jobs by state (not the managers' digests), read-only. */
export function outboxStates(dataDir: string): Record<string, number> {
  const db = new Database(path.join(dataDir, 'referrals.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT state, count(*) AS n FROM delivery_jobs WHERE kind = 'referral' GROUP BY state").all() as { state: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.state, row.n]));
  } finally {
    db.close();
  }
}
