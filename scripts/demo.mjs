/**
 * `npm run demo`: builds if needed, then starts the production server in demo mode on its
 * embedded defaults (a data/ directory beside the code) and prints the address to open.
 *
 * This is the one command that chooses demo mode: any other start with no APP_MODE is refused
 * (lib/env.ts), so a server put online by mistake never shows its mailbox. Loopback only: the
 * demo holds test referrals, and its configuration check refuses any other HOST.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';
import { startProduction } from '../server/serve.mjs';

buildIfNeeded({ APP_MODE: 'demo' });

const root = fileURLToPath(new URL('..', import.meta.url));

// The demo's own caseworker for the inbox (created once; refused outside demo mode, which the
// command says itself). What it prints is how to sign in.
const demoAccount = spawnSync(
  process.execPath,
  ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts', 'staff.ts'), 'demo-account'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, APP_MODE: 'demo' } },
);
const signInHelp = demoAccount.status === 0 ? demoAccount.stdout.trim() : '';

const { port, host } = await startProduction({ APP_MODE: 'demo' });

const address = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
console.log(`\nThe service is running. Open ${address} in your browser.\n${signInHelp ? `${signInHelp}\n` : ''}Press Ctrl+C to stop it.\n`);
