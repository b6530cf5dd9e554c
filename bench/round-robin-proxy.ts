/**
 * A small load balancer on loopback, for the benchmark's and tests' runs of several app
 * instances: plain `node:http`, no dependency, doing only what a reverse proxy in front of the
 * service must do for the service's own guarantees to be tested honestly.
 *
 * - **Round-robin**: each request goes to the next instance in turn.
 * - **One trusted hop**: it appends the address that connected to it to `X-Forwarded-For`, as
 *   nginx's `$proxy_add_x_forwarded_for` does, so instances started with `TRUSTED_PROXY_HOPS=1`
 *   see each client's own address and the per-client rate limits are real. `Host` is passed
 *   through unchanged, so the instances' Host and same-origin checks see what the browser sent.
 * - **An instance that refuses the connection is skipped**: the request has not reached it, so
 *   it goes to the next instance (nginx's default `proxy_next_upstream error`), as does a GET or
 *   HEAD whose connection failed before an answer (it changes nothing). Any other request that
 *   may have reached an instance that then died (SIGKILL mid-request) is answered 502, never
 *   sent again by the proxy: the instance may have acted on it, and only the client can decide
 *   to resend, as a person presses Send again.
 *
 * Request bodies are read whole before forwarding (the service's own limit is small), so a
 * request can go to the next instance after a refused connection.
 */
import http from 'node:http';
import type net from 'node:net';

export type RoundRobinProxy = {
  port: number;
  baseUrl: string;
  /** Requests forwarded to each backend port, answered or not. */
  forwarded: Map<number, number>;
  /** Requests answered 502 because the instance closed the connection after it had the request. */
  cutOff: number;
  close(): Promise<void>;
};

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/** Errors that mean the connection was never made, so the request reached nobody. */
function neverConnected(error: NodeJS.ErrnoException): boolean {
  return error.code === 'ECONNREFUSED' || error.code === 'EHOSTUNREACH' || error.code === 'ENETUNREACH';
}

/**
 * Starts a proxy on 127.0.0.1:`port` (0: any free port) in front of the instances listening on
 * 127.0.0.1 at `backendPorts`.
 */
export async function startRoundRobinProxy(backendPorts: number[], port = 0): Promise<RoundRobinProxy> {
  if (backendPorts.length === 0) throw new Error('A proxy needs at least one backend');
  // Kept-alive connections, as a real proxy keeps them: a new connection per request would
  // measure the proxy rather than the instances behind it.
  // Idle ones are closed after 4 s, before the instances' own 5 s keep-alive timeout (Node's
  // default) closes them from the other end while a request is being written to one.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 4_000 });
  let next = 0;
  const forwarded = new Map(backendPorts.map((backend) => [backend, 0]));

  const forward = (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer, tried: number) => {
    const backend = backendPorts[next % backendPorts.length]!;
    next += 1;
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    }
    const client = request.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = request.headers['x-forwarded-for'] ? `${request.headers['x-forwarded-for']}, ${client}` : client;
    headers['content-length'] = String(body.length);
    forwarded.set(backend, (forwarded.get(backend) ?? 0) + 1);
    const upstream = http.request({ host: '127.0.0.1', port: backend, method: request.method, path: request.url, headers, agent }, (answer) => {
      const answerHeaders: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) answerHeaders[name] = value;
      }
      response.writeHead(answer.statusCode ?? 502, answerHeaders);
      answer.pipe(response);
      // The instance died while sending its answer: end the client's connection too, so a
      // truncated page is never taken for a whole one.
      answer.on('aborted', () => response.destroy());
      answer.on('error', () => response.destroy());
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (response.headersSent) return response.destroy();
      const safeToRetry = neverConnected(error) || request.method === 'GET' || request.method === 'HEAD';
      if (safeToRetry && tried + 1 < backendPorts.length) return forward(request, response, body, tried + 1);
      if (!neverConnected(error)) proxy.cutOff += 1;
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad gateway\n');
    });
    upstream.end(body);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => forward(request, response, Buffer.concat(chunks), 0));
    request.on('error', () => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const listening = (server.address() as net.AddressInfo).port;
  const proxy: RoundRobinProxy = {
    port: listening,
    baseUrl: `http://127.0.0.1:${listening}`,
    forwarded,
    cutOff: 0,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
