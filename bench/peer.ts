/**
 * The peer page: a GOV.UK Frontend 6.6.0 question page with Exit this page, as GOV.UK services
 * build it (peer/index.html, from ../shared/tools/peer-govuk), which our pages are measured
 * against in the same Lighthouse run. Served on loopback, gzipped and with `no-cache`, the way
 * that tool's serve.mjs serves it; the frontend's CSS, JavaScript, fonts and images come from the
 * govuk-frontend dev dependency, at the paths the page asks for.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(__dirname, '..');
const frontend = path.join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** The file behind a path the peer page asks for, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (pathname === '/') return path.join(__dirname, 'peer', 'index.html');
  const asset = /^\/assets\/(.+)$/.exec(pathname)?.[1];
  if (!asset) return undefined;
  const file = path.join(/^govuk-frontend\.min\.(css|js)$/.test(asset) ? frontend : path.join(frontend, 'assets'), asset);
  return file.startsWith(frontend) && fs.existsSync(file) ? file : undefined;
}

export type PeerServer = { baseUrl: string; close: () => Promise<void> };

/** Serves the peer page on 127.0.0.1:`port`. */
export async function startPeerServer(port: number): Promise<PeerServer> {
  if (!fs.existsSync(frontend)) throw new Error('govuk-frontend is not installed: run npm ci (it is a dev dependency)');
  const server = http.createServer((request, response) => {
    const file = fileFor(decodeURIComponent(new URL(request.url ?? '/', 'http://peer').pathname));
    if (!file) {
      response.writeHead(404);
      response.end();
      return;
    }
    const body = fs.readFileSync(file);
    const gzip = /gzip/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
