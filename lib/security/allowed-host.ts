/**
 * Which `Host` a request may name. A page on another site can make a browser send requests to
 * this server under the other site's name (DNS rebinding: the attacker's name is pointed at
 * 127.0.0.1 or at the server's address), and the browser then treats this site's answers as the
 * attacker's own and lets their script read them. Answering only to our own name closes that:
 * the browser always sends the name it looked up.
 *
 * Production answers to the host of PUBLIC_BASE_URL only; the demo also to any loopback name
 * (localhost, 127.0.0.1, [::1], on any port), which no attacker's domain can be.
 *
 * Pure: the proxy calls it first on every request.
 */
import { hostnameOfHostHeader, isLoopbackHostname } from '@/lib/loopback';

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether `host` (the request's Host header) names this site. */
export function isAllowedHost(host: string | null, publicBaseUrl: URL, mode: 'demo' | 'production'): boolean {
  const hostname = hostnameOfHostHeader(host);
  if (!hostname || !host) return false;
  if (mode === 'demo' && isLoopbackHostname(hostname)) return true;
  const port = /:(\d+)$/.exec(host.trim())?.[1] ?? DEFAULT_PORTS[publicBaseUrl.protocol];
  const publicPort = publicBaseUrl.port || DEFAULT_PORTS[publicBaseUrl.protocol];
  return hostname === publicBaseUrl.hostname.toLowerCase() && port === publicPort;
}
