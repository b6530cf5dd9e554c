/**
 * What counts as "this machine" for the demo: the loopback names and addresses. The demo keeps
 * test referrals and shows them at /mailbox with no password, so it answers only here, and the
 * configuration refuses a demo that would listen anywhere else.
 *
 * Pure: the proxy, the mailbox and the configuration check all read it.
 */

/** `localhost` (and its subdomains, which resolvers keep on loopback), 127.0.0.0/8 and ::1. */
export function isLoopbackHostname(hostname: string): boolean {
  const bare = hostname.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return bare === 'localhost' || bare.endsWith('.localhost') || isLoopbackAddress(bare);
}

/** A connection's address on loopback: 127.0.0.0/8, ::1, or 127.x written as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.trim().toLowerCase().replace(/^\[|\]$/g, '');
  const ipv4 = bare.replace(/^::ffff:/, '');
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4)) return true;
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
}

/** The host name in a `Host` header (`name`, `name:port`, `[v6]:port`), lower-cased; null if malformed. */
export function hostnameOfHostHeader(host: string | null): string | null {
  if (!host) return null;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}
