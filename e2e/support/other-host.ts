/**
 * TEST ONLY. "A client on another machine", made real: a network namespace created for this run,
 * joined to this machine by a veth pair on a private /30 of its own, from which a test sends
 * requests. The kernel sees those connections arrive from the namespace's address on the host-side
 * link, as it would from a second computer on the network.
 *
 * Test traffic goes only to loopback or to hosts the test run made itself: never to this machine's
 * external interface address, nor to any address borrowed for the occasion. Creating a namespace
 * needs root and iproute2's `ip netns`; without them the test is skipped and says why.
 */
import { execFile, execFileSync } from 'node:child_process';
import { test } from '@playwright/test';

export type Answer = { status: number; body: string };

export type OtherHost = {
  /** This machine's address on the link: where the other host reaches it. */
  hostAddress: string;
  /** The other host's own address: where its connections come from. */
  address: string;
  /** One request made from inside the other host. Rejects with the error's code (ECONNREFUSED…). */
  send(url: string, options?: { method?: string; headers?: Record<string, string> }): Promise<Answer>;
  /** Deletes the namespace and both ends of the veth pair. Safe to call twice. */
  remove(): void;
};

/**
 * The request, run by node inside the namespace (node, not curl, so it needs nothing the test run
 * does not already have). `http.request`, not fetch, so that a test can write its own Host header.
 */
const clientScript = `
const http = require('node:http');
const { url, method, headers } = JSON.parse(process.argv[1]);
const answer = (result) => process.stdout.write(JSON.stringify(result));
const request = http.request(url, { method, headers, timeout: 15000 }, (response) => {
  let body = '';
  response.setEncoding('utf8');
  response.on('data', (chunk) => (body += chunk));
  response.on('end', () => answer({ status: response.statusCode, body }));
});
request.on('timeout', () => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
request.on('error', (error) => answer({ error: error.code || error.message }));
request.end();
`;

function ip(args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function ignoringErrors(action: () => void): void {
  try {
    action();
  } catch {
    // Already gone, or never made.
  }
}

/**
 * Makes the other host for the test using `port`. Its names and its /30 in 10.231.0.0/16 are
 * derived from the port, so that test runs on different ports (each engineer and CI job has its
 * own) never meet, and a run killed before its cleanup has its leftovers removed by the next.
 * Skips the calling test when this machine cannot make one.
 */
export function createOtherHost(port: number): OtherHost {
  if (process.getuid?.() !== 0) test.skip(true, 'a client on another machine needs a network namespace, which needs root');

  const namespace = `get-help-e2e-${port}`;
  const hostVeth = `gh${port}h`;
  const namespaceVeth = `gh${port}n`;
  // 10.231.0.0/16 holds 16384 /30s: .0 network, .1 this machine, .2 the other host, .3 broadcast.
  const slot = port % 16384;
  const prefix = `10.231.${slot >> 6}.`;
  const hostAddress = `${prefix}${(slot & 63) * 4 + 1}`;
  const address = `${prefix}${(slot & 63) * 4 + 2}`;

  const remove = () => {
    // Deleting the namespace deletes the veth end inside it, and with it its peer; the host end
    // is deleted on its own too, for a pair whose other end never reached the namespace.
    ignoringErrors(() => ip(['netns', 'delete', namespace]));
    ignoringErrors(() => ip(['link', 'delete', hostVeth]));
  };
  remove();

  try {
    ip(['netns', 'add', namespace]);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'iproute2 (`ip`) is not installed' : `\`ip netns add\` failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
    test.skip(true, `a client on another machine needs a network namespace: ${reason}`);
  }
  try {
    ip(['link', 'add', hostVeth, 'type', 'veth', 'peer', 'name', namespaceVeth, 'netns', namespace]);
    ip(['address', 'add', `${hostAddress}/30`, 'dev', hostVeth]);
    ip(['link', 'set', hostVeth, 'up']);
    ip(['-n', namespace, 'address', 'add', `${address}/30`, 'dev', namespaceVeth]);
    ip(['-n', namespace, 'link', 'set', namespaceVeth, 'up']);
    ip(['-n', namespace, 'link', 'set', 'lo', 'up']);
  } catch (error) {
    remove();
    throw error;
  }

  return {
    hostAddress,
    address,
    remove,
    send(url, { method = 'GET', headers = {} } = {}) {
      return new Promise((resolve, reject) => {
        execFile(
          'ip',
          ['netns', 'exec', namespace, process.execPath, '-e', clientScript, JSON.stringify({ url, method, headers })],
          { env: { PATH: process.env.PATH, NODE_ENV: 'test' }, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => {
            if (error) return reject(new Error(`The request from ${namespace} did not run: ${error.message}\n${stderr}`));
            const result = JSON.parse(stdout) as Answer | { error: string };
            if ('error' in result) reject(new Error(`${method} ${url} from ${address}: ${result.error}`));
            else resolve(result);
          },
        );
      });
    },
  };
}
