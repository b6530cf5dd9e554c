/**
 * TEST ONLY. Starts another real production server (`npm start`'s, server/serve.mjs, on the
 * build the shared Playwright server uses) with its own port, its own temporary data directory
 * and its own embedded SMTP server, so a test can give it settings the shared server must not have (a
 * rate limit of one, a trusted proxy hop) and read everything it ever wrote to stdout and stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Playwright runs from the repository root (where playwright.config.ts is); specs are compiled to
// CommonJS, where import.meta is not available.
const root = process.cwd();

export type SeparateServer = {
  baseURL: string;
  dataDir: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  stop(): Promise<void>;
};

/**
 * How to start it: `npm start`'s server, which listens on loopback; or Next.js's own `next start`
 * on `hostname`, for a test that compares the two or reproduces a mistake: `0.0.0.0` is what
 * `next start` does by default, which a test of the demo's mailbox must reproduce (server/serve.mjs
 * refuses a demo there).
 */
export type StartedAs = { command?: 'npm start' } | { command: 'next start'; hostname?: string };

export async function startSeparateServer(
  port: number,
  env: Record<string, string>,
  startedAs: StartedAs = {},
): Promise<SeparateServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `get-help-separate-${port}-`));
  // Only what the server needs from this environment: nothing of the shared server's settings
  // (DATA_DIR, SMTP, limits) may leak into this one.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => ['PATH', 'HOME', 'TMPDIR', 'LANG'].includes(key)),
  );
  const [program, ...args] =
    startedAs.command === 'next start'
      ? [path.join(root, 'node_modules', '.bin', 'next'), 'start', '--port', String(port), '--hostname', startedAs.hostname ?? '127.0.0.1']
      : [process.execPath, path.join(root, 'server', 'serve.mjs'), 'start'];
  const child: ChildProcess = spawn(program!, args, {
    cwd: root,
    // Demo mode unless the test says otherwise, as `npm run demo` sets it.
    env: { ...inherited, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', APP_MODE: 'demo', DATA_DIR: dataDir, EMBEDDED_SMTP_PORT: '0', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server on ${port} exited before it answered:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The server on ${port} did not answer in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    baseURL,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      // Its database and mailbox hold test referrals: leave nothing behind in /tmp.
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
