/**
 * The benchmark's load balancer against real HTTP servers on loopback: it takes turns, tells
 * each instance who the client is as one trusted hop, skips an instance that is down, and never
 * resends a request an instance received and died on.
 */
import http from 'node:http';
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/smtp-capture';
import { postFrom } from './loopback-client';
import { startRoundRobinProxy } from './round-robin-proxy';

type Seen = { backend: string; forwardedFor: string | undefined; host: string | undefined; body: string };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A backend that answers with its name and records what it was sent; `die` drops every request unanswered. */
async function backend(name: string, seen: Seen[], options: { die?: boolean } = {}): Promise<number> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ backend: name, forwardedFor: request.headers['x-forwarded-for'] as string | undefined, host: request.headers.host, body });
      if (options.die) return request.socket.destroy();
      response.end(name);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return (server.address() as net.AddressInfo).port;
}

async function proxyOver(ports: number[]) {
  const proxy = await startRoundRobinProxy(ports);
  cleanups.push(() => proxy.close());
  return proxy;
}

describe('round-robin proxy', () => {
  it('takes turns, passes Host and the body through, and appends the connecting address to X-Forwarded-For', async () => {
    const seen: Seen[] = [];
    const proxy = await proxyOver([await backend('a', seen), await backend('b', seen)]);
    const answers: string[] = [];
    for (const [index, localAddress] of ['127.0.0.2', '127.0.0.3', '127.0.0.2', '127.0.0.3'].entries()) {
      const answer = await postFrom(`${proxy.baseUrl}/report`, { localAddress, body: `referral ${index}`, headers: { 'content-type': 'text/plain' } });
      answers.push(answer.body);
    }
    expect(answers).toEqual(['a', 'b', 'a', 'b']);
    expect(seen.map((request) => request.forwardedFor)).toEqual(['127.0.0.2', '127.0.0.3', '127.0.0.2', '127.0.0.3']);
    expect(seen.map((request) => request.body)).toEqual(['referral 0', 'referral 1', 'referral 2', 'referral 3']);
    expect(seen[0]!.host).toBe(`127.0.0.1:${proxy.port}`);

    // A client's own X-Forwarded-For is kept to the left of the address the proxy saw, so an
    // instance trusting one hop still reads the real one.
    await postFrom(`${proxy.baseUrl}/`, { localAddress: '127.0.0.4', body: '', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(seen.at(-1)!.forwardedFor).toBe('203.0.113.9, 127.0.0.4');
  });

  it('sends a request to the next instance when one refuses the connection, and counts it forwarded to both', async () => {
    const seen: Seen[] = [];
    const down = await freePort();
    const proxy = await proxyOver([down, await backend('up', seen)]);
    const answers = [];
    for (let index = 0; index < 4; index += 1) answers.push((await postFrom(`${proxy.baseUrl}/`, { body: String(index) })).body);
    expect(answers).toEqual(['up', 'up', 'up', 'up']);
    expect(seen.map((request) => request.body)).toEqual(['0', '1', '2', '3']);
    expect(proxy.cutOff).toBe(0);
  });

  it('answers 502, and does not resend, when an instance dies holding the request', async () => {
    const seen: Seen[] = [];
    const proxy = await proxyOver([await backend('dying', seen, { die: true }), await backend('healthy', seen)]);
    const first = await postFrom(`${proxy.baseUrl}/report`, { body: 'only once' });
    expect(first.status).toBe(502);
    expect(seen.map((request) => `${request.backend}: ${request.body}`)).toEqual(['dying: only once']);
    expect(proxy.cutOff).toBe(1);
    // The client resends, as a person presses Send again; the turn has moved on.
    const again = await postFrom(`${proxy.baseUrl}/report`, { body: 'only once' });
    expect(again).toMatchObject({ status: 200, body: 'healthy' });
  });

  it('sends a GET that an instance died holding to the next one: reading a page changes nothing', async () => {
    const seen: Seen[] = [];
    const proxy = await proxyOver([await backend('dying', seen, { die: true }), await backend('healthy', seen)]);
    const answer = await fetch(`${proxy.baseUrl}/report`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('healthy');
    expect(seen.map((request) => request.backend)).toEqual(['dying', 'healthy']);
    expect(proxy.cutOff).toBe(0);
  });

  it('refuses to start with no instance behind it', async () => {
    await expect(startRoundRobinProxy([])).rejects.toThrow(/at least one backend/);
  });
});
