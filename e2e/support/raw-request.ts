/**
 * TEST ONLY. One HTTP request exactly as a test writes it: `http.request`, not fetch or
 * Playwright's client, so that a test can send its own Host header, a body on a GET, or leave
 * from a chosen local address, and read the body as it came over the wire (still gzipped).
 */
import http from 'node:http';

export type RawAnswer = {
  status: number;
  /** Header names lower-cased, as Node gives them. */
  headers: Record<string, string>;
  /** The bytes as sent. */
  body: Buffer;
  /** The same bytes as UTF-8 text. */
  text: string;
};

export type RawRequest = {
  method?: string;
  headers?: Record<string, string>;
  /** Sent with its Content-Length. */
  body?: string | Buffer;
  /** The address the connection leaves from (loopback has 127.0.0.0/8 to choose from). */
  localAddress?: string;
};

export function rawRequest(url: string, { method = 'GET', headers = {}, body, localAddress }: RawRequest = {}): Promise<RawAnswer> {
  const length = body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, localAddress, headers: { ...headers, ...length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, String(value)])),
          body: bytes,
          text: bytes.toString('utf8'),
        });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}
