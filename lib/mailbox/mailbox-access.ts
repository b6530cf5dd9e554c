/**
 * Whether the demo mailbox answers a request. It shows every referral with no password, so it
 * exists only in the embedded default (demo mode, the site's own loopback SMTP server), and only
 * for a person at this machine: the connection must come from a loopback address and the
 * request must name a loopback host. Anything else gets 404, as if there were no mailbox: a
 * server put on the network by mistake, a colleague on the same café network, or a page on
 * another site reaching a laptop's demo by DNS rebinding.
 */
import 'server-only';
import { getEnv } from '@/lib/env';
import { hostnameOfHostHeader, isLoopbackAddress, isLoopbackHostname } from '@/lib/loopback';

/**
 * Whether `headers` came from this machine. With no proxy in front, proxy.ts drops any
 * X-Forwarded-For the client wrote and Next.js fills it from the connection, so the one entry
 * there is the connection's own address. Behind a proxy every connection is the proxy's, so
 * nobody is known to be local and the mailbox stays shut.
 */
export function isLocalRequest(headers: Pick<Headers, 'get'>, trustedProxyHops: number): boolean {
  if (trustedProxyHops !== 0) return false;
  const forwardedFor = headers.get('x-forwarded-for')?.trim() ?? '';
  const hostname = hostnameOfHostHeader(headers.get('host'));
  return !forwardedFor.includes(',') && isLoopbackAddress(forwardedFor) && hostname !== null && isLoopbackHostname(hostname);
}

/** The data directory holding the mailbox, or undefined when the mailbox does not answer `headers`. */
export function demoMailboxDataDir(headers: Pick<Headers, 'get'>): string | undefined {
  const env = getEnv();
  const exists = env.delivery.smtp.kind === 'embedded' && env.mode === 'demo';
  return exists && isLocalRequest(headers, env.security.trustedProxyHops) ? env.dataDir : undefined;
}
