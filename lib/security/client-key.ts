/**
 * Who a client is, for the rate limits: its address from `X-Forwarded-For` (as many hops from the
 * end as there are trusted proxies), reduced to what identifies one client (an IPv6 /64), and
 * known only by a keyed hash of that (`createClientKey`): the address itself is never logged,
 * stored or kept.
 *
 * On one instance (SQLite) the secret behind the hash is random per process, so even a memory
 * dump or a restart cannot link a key back to an address. With several instances on PostgreSQL,
 * every instance must hash an address to the same key, so the secret is derived from the data key,
 * which they share (`clientKeySecret`). A key is kept only for its window; someone holding both the
 * data key and the database could test addresses against the keys of the last window (SECURITY.md).
 */
import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { deriveKey } from '@/lib/crypto/derived-keys';
import { log as serviceLog, type Log } from '@/lib/log';
import { isLoopbackAddress } from '@/lib/loopback';

/**
 * The client's address from `X-Forwarded-For`. Each reverse proxy appends the address that
 * connected to it, so with `trustedProxyHops` proxies in front the client is that many entries
 * from the end; anything further left was written by the client and could be anything. With no
 * proxy (0), proxy.ts drops whatever X-Forwarded-For the client sent and Next.js then fills the
 * header from the connection (it only ever fills a missing header, it never appends), so the
 * one entry there is used.
 * Returns null when the header has too few entries to say.
 */
export function clientAddress(forwardedFor: string | null, trustedProxyHops: number): string | null {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = entries.length - Math.max(1, trustedProxyHops);
  return index >= 0 ? (entries[index] ?? null) : null;
}

/**
 * The part of an address that identifies one client: IPv4 as it is (also when written as an
 * IPv4-mapped IPv6 address), IPv6 by its /64 network, since one home or phone is given a whole
 * /64 and could otherwise take a new address for every request.
 */
export function addressPrefix(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, '').replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (!bare.includes(':')) return bare.replace(/:\d+$/, '');
  const [head = '', tail = ''] = bare.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = bare.includes('::') && tail ? tail.split(':') : [];
  const groups = bare.includes('::')
    ? [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The key of every request whose client cannot be told apart: more X-Forwarded-For hops
 * configured than the header has. It is not a hash, so the limiter can recognise it.
 */
export const SHARED_CLIENT_KEY = 'shared';

/**
 * A shared key holds many people, so it gets this many times the per-client limit: enough that
 * a misconfigured proxy does not turn one client's five referrals into a refusal for everyone
 * (the worst failure this service can have), while a flood is still bounded.
 */
export const SHARED_LIMIT_FACTOR = 20;

/** Private, link-local and unique-local addresses: where a reverse proxy would connect from. */
function isInternalAddress(address: string): boolean {
  const bare = address.toLowerCase().replace(/^::ffff:/, '');
  return (
    isLoopbackAddress(bare) ||
    /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.)/.test(bare) ||
    /^f[cd][0-9a-f]{2}:/.test(bare) ||
    bare.startsWith('fe80:')
  );
}

/** Random per process on one instance; derived from the shared data key when instances share a store. */
export function clientKeySecret(sharedDataKey: Buffer | undefined): Buffer {
  return sharedDataKey ? deriveKey(sharedDataKey, 'rateLimitClient') : randomBytes(32);
}

/** Names the client that sent `headers` for the rate limits. */
export type ClientKey = (headers: Pick<Headers, 'get'>) => string;

/**
 * The rate-limit key for the client that sent the headers: a keyed hash of its address (its /64
 * for IPv6), or `SHARED_CLIENT_KEY` when the address cannot be read. Either case that points to
 * a wrong TRUSTED_PROXY_HOPS is logged once (per process: the operator needs it once, not per
 * request), since it silently puts many people in one bucket.
 */
export function createClientKey({
  secret,
  trustedProxyHops,
  mode,
  log = serviceLog,
}: {
  secret: Buffer;
  trustedProxyHops: number;
  mode: 'demo' | 'production';
  log?: Log;
}): ClientKey {
  const warned = new Set<string>();
  const warnOnce = (event: string) => {
    if (warned.has(event)) return;
    warned.add(event);
    log.warn(event, { variables: ['TRUSTED_PROXY_HOPS'] });
  };
  return (headers) => {
    const address = clientAddress(headers.get('x-forwarded-for'), trustedProxyHops);
    if (address === null) {
      warnOnce('security.client_address_unknown');
      return SHARED_CLIENT_KEY;
    }
    // In production with no proxy configured, people connect from the internet; a private peer
    // is almost certainly a proxy nobody told us about, and every client then shares its key.
    if (mode === 'production' && trustedProxyHops === 0 && isInternalAddress(address)) {
      warnOnce('security.client_address_is_internal');
    }
    return createHmac('sha256', secret).update(addressPrefix(address)).digest('base64url').slice(0, 22);
  };
}
