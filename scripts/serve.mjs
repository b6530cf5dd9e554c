/**
 * `npm start` and `npm run dev`: Next.js bound to loopback unless HOST says otherwise. Next
 * itself listens on every interface by default, which put a demo's mailbox (every referral, no
 * password) on the network the moment someone ran `npm start` on a server. The mode is the
 * server's to check (lib/env.ts refuses a demo on a non-loopback HOST, and any start with no
 * APP_MODE), so this only chooses the address and passes it on.
 *
 * Also used by scripts/demo.mjs. The server is started directly, not through npx, so that
 * stopping this script stops it too.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the server listens: PORT and HOST, defaulting to 3000 on 127.0.0.1. */
export function listenAddress(env = process.env) {
  return { port: env.PORT || '3000', host: env.HOST || '127.0.0.1' };
}

/**
 * Starts `next <command>` on the listen address with `extraEnv` over the environment, and ends
 * this process when it ends. Returns the child and the address.
 */
export function startNext(command, extraEnv = {}) {
  const { port, host } = listenAddress({ ...process.env, ...extraEnv });
  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), [command, '--port', port, '--hostname', host], {
    cwd: root,
    stdio: 'inherit',
    // HOST goes to the server too, so that its configuration check sees where it listens.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv, HOST: host, PORT: port },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return { server, port, host };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command !== 'start' && command !== 'dev') {
    console.error('Usage: node scripts/serve.mjs start|dev');
    process.exit(2);
  }
  startNext(command);
}
