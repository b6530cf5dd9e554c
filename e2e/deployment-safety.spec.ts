/**
 * Safe to deploy by mistake, seen as an attacker or an operator meets it, against real
 * `npm start` processes (and a bare `next start`, where the mistake is starting it that way):
 *
 * - H1: a server started with no APP_MODE refuses to start and says why; `npm start` listens on
 *   loopback only; a demo refuses a public HOST; and a demo put on every interface anyway (the
 *   old `next start` default) shows its mailbox to this machine only: a client on another host
 *   (a network namespace made for the run) gets 404, whatever Host and X-Forwarded-For it claims.
 * - M1: a request naming a Host that is not the site's (DNS rebinding) gets 421 before anything
 *   else runs.
 * - M3: production started from the example settings refuses, naming every variable at fault.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createOtherHost } from './support/other-host';
import { rawRequest } from './support/raw-request';
import { startSeparateServer } from './support/separate-server';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const basePort = Number(process.env.E2E_PORT ?? 3100) + 5;
const sharedPort = Number(process.env.E2E_PORT ?? 3100);
const root = process.cwd();

/** Runs a command to its end (or `timeoutMs`), with only the environment given. */
function runToExit(command: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => ['PATH', 'HOME', 'TMPDIR', 'LANG'].includes(key)));
  const child = spawn(command, args, {
    cwd: root,
    env: { ...inherited, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  return new Promise((resolve) => {
    child.on('exit', (code: number | null) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** `npm start`, as an operator runs it. */
const serve = path.join(root, 'server', 'serve.mjs');

test('a server started with no APP_MODE refuses to start, and says how to choose', async () => {
  const dataDir = path.join(os.tmpdir(), `get-help-no-mode-${basePort}`);
  const { code, output } = await runToExit(process.execPath, [serve, 'start'], {
    PORT: String(basePort),
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
  });
  expect(code).not.toBe(0);
  expect(output).toContain('"event":"startup.config_invalid"');
  expect(output).toContain('APP_MODE: must be demo or production: npm run demo sets demo');
});

test('a server whose shell settings differ from the build the guidance pages were made with refuses to start, naming them', async () => {
  // The pages are static files, built with the demo's settings: a support service named
  // differently here would put one name in their footer and another in the form's.
  const dataDir = path.join(os.tmpdir(), `get-help-rebuild-${basePort}`);
  const { code, output } = await runToExit(process.execPath, [serve, 'start'], {
    PORT: String(basePort),
    NODE_ENV: 'production',
    APP_MODE: 'demo',
    DATA_DIR: dataDir,
    EMBEDDED_SMTP_PORT: '0',
    SUPPORT_SERVICE_NAME: 'Another Support Service',
  });
  expect(code).not.toBe(0);
  expect(output).toContain('"event":"startup.guidance_built_with_other_settings"');
  expect(output).toContain('SUPPORT_SERVICE_NAME: differs from the value the guidance pages were built with');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('production started from the example settings refuses, naming each variable copied from the demo', async () => {
  const { code, output } = await runToExit(process.execPath, [serve, 'start'], {
    PORT: String(basePort),
    NODE_ENV: 'production',
    APP_MODE: 'production',
    DATA_DIR: path.join(os.tmpdir(), `get-help-copied-${basePort}`),
    PUBLIC_BASE_URL: 'http://localhost:3000',
    SUPPORT_SERVICE_NAME: 'Example Support Service (demo)',
    SUPPORT_SERVICE_EMAIL: 'referrals@support-service.example',
    SUPPORT_SERVICE_PHONE: '020 7946 0123',
    SUPPORT_SERVICE_HOURS: 'Monday to Friday, 9am to 5pm',
    SECURITY_CONTACT: 'mailto:security@support-service.example',
    SMTP_URL: 'smtps://relay.north-support.org.uk',
    MAIL_FROM: 'no-reply@north-support.org.uk',
    DATA_KEY: 'dGhpcyBpcyBub3QgYSByZWFsIGtleSwgc28gcmVmdXNl',
  });
  expect(code).not.toBe(0);
  for (const variable of [
    'PUBLIC_BASE_URL',
    'SUPPORT_SERVICE_NAME',
    'SUPPORT_SERVICE_EMAIL',
    'SUPPORT_SERVICE_PHONE',
    'SUPPORT_SERVICE_HOURS',
    'SECURITY_CONTACT',
    'TRUSTED_PROXY_HOPS',
    'DELIVERY_ENCRYPTION',
  ]) {
    expect(output, variable).toContain(`"${variable}: `);
  }
});

test('npm start listens on loopback only, and a demo refuses a public HOST', async () => {
  const port = basePort + 1;
  const otherHost = createOtherHost(port);
  try {
    const child = spawn(process.execPath, [serve, 'start'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        APP_MODE: 'demo',
        PORT: String(port),
        DATA_DIR: path.join(os.tmpdir(), `get-help-start-${port}`),
        EMBEDDED_SMTP_PORT: '0',
      },
      stdio: 'ignore',
    });
    try {
      await expect.poll(() => rawRequest(`http://127.0.0.1:${port}/`).then((answer) => answer.status, () => 0), { timeout: 60_000 }).toBe(200);
      // Another host reaching this machine at its address on their shared network finds nothing.
      await expect(otherHost.send(`http://${otherHost.hostAddress}:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      child.kill('SIGTERM');
    }

    const refused = await runToExit(process.execPath, [serve, 'start'], {
      APP_MODE: 'demo',
      HOST: '0.0.0.0',
      PORT: String(port),
      DATA_DIR: path.join(os.tmpdir(), `get-help-start-${port}`),
    });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('HOST: demo mode listens on loopback only');
  } finally {
    otherHost.remove();
  }
});

test('a demo on every interface shows its mailbox to this machine only: another host gets 404', async () => {
  const port = basePort + 2;
  const otherHost = createOtherHost(port);
  const siteAtHostAddress = `http://${otherHost.hostAddress}:${port}`;
  try {
    const server = await startSeparateServer(port, { TRUSTED_PROXY_HOPS: '0' }, { command: 'next start', hostname: '0.0.0.0' });
    try {
      // This machine: the mailbox is there (so the 404s below are about who asks, not a missing page).
      const local = await rawRequest(`http://127.0.0.1:${port}/mailbox`);
      expect(local.status).toBe(200);
      const mailboxContent = 'The emails the support service would receive';
      expect(local.text).toContain(mailboxContent);

      // Another host, even one that claims to be this machine in every header it can write.
      const claims: Record<string, string>[] = [{ Host: `localhost:${port}` }, { Host: `127.0.0.1:${port}`, 'X-Forwarded-For': '127.0.0.1' }];
      for (const headers of claims) {
        const fromElsewhere = await otherHost.send(`${siteAtHostAddress}/mailbox`, { headers });
        expect(fromElsewhere.status, JSON.stringify(headers)).toBe(404);
        expect(fromElsewhere.body).not.toContain(mailboxContent);
        expect(fromElsewhere.body).toContain('Page not found');
      }
      // The banner's link to it is not shown to them either.
      const home = await otherHost.send(`${siteAtHostAddress}/`, { headers: { Host: `localhost:${port}` } });
      expect(home.status).toBe(200);
      expect(home.body).not.toContain('href="/mailbox"');
      // And under its own address, the demo does not answer at all.
      const byAddress = await otherHost.send(`${siteAtHostAddress}/mailbox`);
      expect(byAddress.status).toBe(421);
    } finally {
      await server.stop();
    }
  } finally {
    otherHost.remove();
  }
});

test('a request naming another Host gets 421 before anything runs, with the numbers to call (DNS rebinding)', async () => {
  const base = `http://127.0.0.1:${sharedPort}`;
  // The control: the same requests under the site's own name are answered.
  expect((await rawRequest(`${base}/mailbox`, { headers: { Host: `localhost:${sharedPort}` } })).status).toBe(200);

  for (const [path, method] of [
    ['/mailbox', 'GET'],
    ['/', 'GET'],
    ['/report/questions', 'POST'],
  ] as const) {
    const answer = await rawRequest(`${base}${path}`, {
      method,
      headers: { Host: `attacker.example:${sharedPort}`, Origin: `http://attacker.example:${sharedPort}`, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(answer.status, `${method} ${path}`).toBe(421);
    expect(answer.text).toContain('This is not the address of this site');
    expect(answer.text).toContain('0345 6000 459');
    expect(answer.text).not.toContain('The emails the support service would receive');
  }
});
