/**
 * TEST ONLY. Starts `delivery-test-server.ts` as a real child process (real start hook, real
 * SQLite file, real outbox, real SMTP) and talks to it over loopback HTTP, so reliability tests
 * can submit referrals, kill it with SIGKILL and start it again on the same data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = path.join(root, 'e2e', 'support', 'delivery-test-server.ts');

/** Outbox settings that make retries and lease expiry happen in seconds instead of minutes. */
export const FAST_OUTBOX = {
  OUTBOX_POLL_MS: '50',
  OUTBOX_LEASE_MS: '1500',
  OUTBOX_BACKOFF_BASE_MS: '200',
  OUTBOX_BACKOFF_MAX_MS: '1000',
  OUTBOX_MAX_ATTEMPTS: '1000',
  OUTBOX_PERMANENT_MAX_ATTEMPTS: '3',
};

export type DeliveryProcess = {
  child: ChildProcess;
  port: number;
  output: () => string;
  submit(input: { formToken: string; nation?: string; payload: Record<string, unknown> }): Promise<string>;
  status(): Promise<Record<'pending' | 'sending' | 'sent' | 'dead', number>>;
  /** SIGTERM, resolving with the exit code. */
  stop(): Promise<number | null>;
  kill9(): Promise<void>;
};

/** Runs the child to completion (for start-up refusals): resolves with its exit code and output. */
export function runDeliveryProcessToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawnChild(env);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

function spawnChild(env: Record<string, string>): ChildProcess {
  const cleanEnv = Object.fromEntries([
    ...Object.entries(process.env).filter(([key]) => !/^(SMTP_|ROUTE_|DATA_|PGP_|OUTBOX_|MAIL_|APP_MODE|EMBEDDED_)/.test(key)),
    // Demo mode unless the test says otherwise: a server with no APP_MODE refuses to start.
    ['APP_MODE', 'demo'],
  ]);
  return spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], {
    cwd: root,
    env: { ...cleanEnv, ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts the child and resolves once it listens. */
export async function startDeliveryProcess(env: Record<string, string>): Promise<DeliveryProcess> {
  const child = spawnChild(env);
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Did not start in time:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"event":"harness\.listening","port":(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`Exited with ${code} before listening:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    output: () => output,
    async submit(input) {
      const response = await fetch(`${base}/referrals`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ nation: 'england', ...input }),
      });
      if (!response.ok) throw new Error(`Submission refused: ${response.status}`);
      return ((await response.json()) as { reference: string }).reference;
    },
    async status() {
      return (await fetch(`${base}/status`)).json() as never;
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `check` until it returns true, or fails after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
