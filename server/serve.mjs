/**
 * `npm start` and `npm run dev`: the service on loopback unless HOST says otherwise. Next itself
 * listens on every interface by default, which put a demo's mailbox (every referral, no password)
 * on the network the moment someone ran `npm start` on a server. The mode is the server's to
 * check (lib/env.ts refuses a demo on a non-loopback HOST, and any start with no APP_MODE), so
 * this only chooses the address and passes it on.
 *
 * `start` runs the production server in this process: Node's HTTP server, which answers the
 * built static guidance pages itself (server/built-pages.ts says why and when) and hands
 * every other request to Next.js, exactly as `next start` would. `dev` runs `next dev`, which
 * renders every page per request.
 *
 * Also used by scripts/demo.mjs, the benchmark and the end-to-end tests' separate servers.
 *
 * `npm start` and `npm run demo` run it with a 1 GB old generation (`--max-old-space-size=1024`
 * in package.json; the benchmark reads `start`'s to start it the same way). Node sizes that to
 * the machine (4 GB on one with 24 GB), and V8 then lets garbage reach up to four times the live
 * heap before a full collection: this server, whose live heap is about 130 MB, reached 620 MB while staff pages
 * rendered beside public ones, nearly all of it garbage (BENCHMARKS.md, "The inbox at scale").
 * Below 2 GB V8 collects sooner (1.3 to 2 times; 1.6 at 1 GB), and 1 GB still leaves the live
 * heap eight times its size: a process that ever needs more has a fault to find, not memory to
 * take from the machine it shares.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the server listens: PORT and HOST, defaulting to 3000 on 127.0.0.1. */
function listenAddress(env = process.env) {
  return { port: env.PORT || '3000', host: env.HOST || '127.0.0.1' };
}

/**
 * Starts the production server on the listen address with `extraEnv` over the environment.
 * Resolves with the address once it listens; a configuration the start-up checks refuse ends
 * the process with their log line, as `next start` does.
 */
export async function startProduction(extraEnv = {}) {
  const { port, host } = listenAddress({ ...process.env, ...extraEnv });
  // HOST goes to the server's own settings too, so that its configuration check sees where it listens.
  Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...extraEnv, HOST: host, PORT: port });
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root, hostname: host, port: Number(port) });
  // Runs the start-up checks (instrumentation.ts), which end the process on a bad configuration.
  await app.prepare();
  const handle = app.getRequestHandler();

  // TypeScript shared with the app, loaded for this module only (tsx's scoped loader).
  const { tsImport } = await import('tsx/esm/api');
  const { builtPageAnswerer } = await tsImport('./built-pages.ts', import.meta.url);
  const { parseShellEnv } = await tsImport('../lib/shell-env.ts', import.meta.url);
  const answerBuiltPage = builtPageAnswerer(path.join(root, '.next'), parseShellEnv(process.env));
  const { staffGate } = await tsImport('./staff-gate.ts', import.meta.url);
  const gate = staffGate();

  const server = http.createServer((request, response) => {
    let answer;
    try {
      answer = answerBuiltPage(request);
    } catch (error) {
      // Never a reason to fail a request: Next.js can still answer it.
      console.error(error);
    }
    if (!answer) {
      // Staff requests one at a time, so that public ones interleave (server/staff-gate.ts).
      gate.admit({ request, response }, () =>
        handle(request, response).catch((error) => {
          console.error(error);
          if (!response.headersSent) response.writeHead(500);
          response.end('Internal Server Error');
        }),
      );
      return;
    }
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body ?? undefined);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), host, () => resolve(undefined));
  });
  // What `next start` sets: Next.js forwards a server action posted to another page to this origin.
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  // As `next start` does: stop on a signal, with the conventional exit status. Delivery has its
  // own handler (lib/delivery/delivery-runtime.ts), registered earlier, which finishes first
  // what it can; anything cut short is safe, as commits are durable and a send is retried.
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
      server.close();
      server.closeIdleConnections();
      void app.close().finally(() => process.exit(status));
    });
  }
  return { port, host };
}

/** Starts `next dev` on the listen address, and ends this process when it ends. */
function startDevelopment() {
  const { port, host } = listenAddress();
  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['dev', '--port', port, '--hostname', host], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HOST: host, PORT: port },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'start') await startProduction();
  else if (command === 'dev') startDevelopment();
  else {
    console.error('Usage: node server/serve.mjs start|dev');
    process.exit(2);
  }
}
