/**
 * Requests from a chosen loopback address. Linux routes the whole of 127.0.0.0/8 to the loopback
 * interface, so a client can connect from 127.0.1.7 as well as from 127.0.0.1: the benchmark's
 * clients are then told apart by their real source address, the one the proxy in front of the
 * instances writes into X-Forwarded-For, rather than by a header they write themselves.
 */
import http from 'node:http';

export type LoopbackAnswer = { status: number; body: string };

/** The loopback address of client `index` in block `block` (1 to 254): 127.`block`.x.y, never .0 or .255. */
export function clientAddressFor(block: number, index: number): string {
  return `127.${block}.${Math.floor(index / 254) % 254}.${1 + (index % 254)}`;
}

/**
 * POSTs `body` to `url` over a new connection from `localAddress`; resolves with the whole
 * answer, rejects when none came (a connection closed under the request) or after `timeoutMs`.
 */
export function postFrom(
  url: string,
  { localAddress = '127.0.0.1', body, headers = {}, timeoutMs = 60_000 }: { localAddress?: string; body: string; headers?: Record<string, string>; timeoutMs?: number },
): Promise<LoopbackAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        localAddress,
        // One connection per request: the source address is the connection's.
        agent: false,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('aborted', () => reject(new Error('The answer was cut off')));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
