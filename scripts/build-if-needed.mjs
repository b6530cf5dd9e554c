/**
 * Builds the production app when there is no build yet or the sources changed since the last
 * one, so `npm run demo` and the end-to-end tests never serve a stale site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = [
  'app',
  'pages',
  'components',
  'lib',
  'public',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
];

function newestChange(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  );
}

/** True when `.next` is missing or older than any source file. */
export function buildIsStale() {
  const built = fs.statSync(buildId, { throwIfNoEntry: false });
  if (!built) return true;
  return sources.some((source) => newestChange(path.join(root, source)) > built.mtimeMs);
}

/**
 * Runs `next build` if the build is stale; exits the process if the build fails. `settings` are
 * the server's own (at least APP_MODE): the guidance pages are built to static files with the
 * shell's settings, and the server refuses to start on a build made with other ones.
 */
export function buildIfNeeded(settings = {}) {
  if (!buildIsStale()) return;
  console.log('Building the site (about 20 seconds)...');
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...settings, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error('The build failed: see the messages above.');
    process.exit(result.status ?? 1);
  }
}
