/**
 * `npm run demo`: builds if needed, then starts the production server on its embedded defaults
 * (demo mode, a data/ directory beside the code) and prints the address to open.
 *
 * The server is started directly, not through npx, so that stopping this script stops it too.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '3000';
// Loopback only by default: a demo holds test referrals and must not be reachable from the network.
const host = process.env.HOST ?? '127.0.0.1';

buildIfNeeded();

// The demo's own caseworker for the inbox (created once; refused outside demo mode, which the
// command says itself). What it prints is how to sign in.
const demoAccount = spawnSync(
  process.execPath,
  ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts', 'staff.ts'), 'demo-account'],
  { cwd: root, encoding: 'utf8', env: process.env },
);
const signInHelp = demoAccount.status === 0 ? demoAccount.stdout.trim() : '';

const server = spawn(
  path.join(root, 'node_modules', '.bin', 'next'),
  ['start', '--port', port, '--hostname', host],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const address = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
for (let attempt = 0; attempt < 300; attempt += 1) {
  try {
    const response = await fetch(`http://${host}:${port}/`);
    if (response.ok) {
      console.log(`\nThe service is running. Open ${address} in your browser.\n${signInHelp ? `${signInHelp}\n` : ''}Press Ctrl+C to stop it.\n`);
      break;
    }
  } catch {
    // Not listening yet.
  }
  await sleep(200);
}
