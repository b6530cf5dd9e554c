/**
 * TEST ONLY: a stand-in for the web server in the delivery reliability tests, until the
 * referral form's server action exists. It runs the real start hook (`runStartupChecks`: config,
 * database, outbox, embedded SMTP) and puts `acceptReferral` behind a tiny loopback HTTP
 * endpoint, so tests can submit, SIGKILL and restart a real process.
 *
 *   node --conditions=react-server --import tsx e2e/support/delivery-test-server.ts
 *
 * Configured entirely by environment (DATA_DIR, SMTP_URL, ...). Prints one JSON line
 * `{"event":"harness.listening","port":N}` when ready. Never used by the site.
 */
import http from 'node:http';
import { acceptReferral } from '@/lib/runtime/accept-referral';
import { serverRuntime } from '@/lib/runtime/server';
import { runStartupChecks } from '@/lib/runtime/startup';

async function main() {
const runtime = await (async () => {
  await runStartupChecks();
  return serverRuntime();
})();

const server = http.createServer((request, response) => {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method === 'GET' && request.url === '/status') {
    void runtime.storage.store.delivery.countByState().then((counts) => reply(200, counts));
    return;
  }
  if (request.method !== 'POST' || request.url !== '/referrals') return reply(404, {});
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let input;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(400, {});
    }
    acceptReferral(input).then(
      ({ reference }) => reply(200, { reference }),
      (error: Error) => reply(500, { error: error.name }),
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ event: 'harness.listening', port: typeof address === 'object' && address ? address.port : 0 }));
});
}

void main();
