/**
 * Limits how often one client may submit a referral, so that a script cannot flood the support
 * service's inbox (or the database) while a person who needs to send one again still can; and,
 * far more generously, how often it may post anything at all (the form's Continue and Back
 * without JavaScript), so that a script cannot keep the server busy checking answers.
 *
 * A sliding window per client (`shared-state.ts`): the client is known by a keyed hash of its
 * address (`clientKey`), and the address itself is never logged, stored or kept.
 *
 * On one instance (SQLite), the windows are in this process's memory and the secret behind the
 * hash is random per process, so even a memory dump or a restart cannot link a key back to an
 * address. With several instances on PostgreSQL, a client limited through one must be limited
 * through all, so the windows are rows in the database and every instance must hash an address
 * to the same key: the secret is then derived from the data key, which they share. A key is kept
 * only for its window; someone holding both the data key and the database could test addresses
 * against the keys of the last window (SECURITY.md).
 */
import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { loadDataKey } from '@/lib/delivery/data-key';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { isLoopbackAddress } from '@/lib/security/loopback';
import type { RateLimitResult } from '@/lib/security/rate-limiter';
import { sharedState } from '@/lib/security/shared-state-runtime';

export { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RateLimitResult } from '@/lib/security/rate-limiter';

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

let secret: Buffer | undefined;
/** Random per process on one instance; the same on every instance of a shared store (see above). */
function keySecret(): Buffer {
  if (!secret) {
    const env = getEnv();
    secret =
      env.storage.kind === 'postgres'
        ? createHmac('sha256', loadDataKey(env.delivery.dataKey)).update('rate-limit-client-key-v1').digest()
        : randomBytes(32);
  }
  return secret;
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

const warned = new Set<string>();
/** Logs a configuration warning once per process: the operator needs it once, not per request. */
function warnOnce(event: string): void {
  if (warned.has(event)) return;
  warned.add(event);
  log.warn(event, { variables: ['TRUSTED_PROXY_HOPS'] });
}

/**
 * The rate-limit key for the client that sent `headers`: a keyed hash of its address (its /64
 * for IPv6), or `SHARED_CLIENT_KEY` when the address cannot be read. Either case that points to
 * a wrong TRUSTED_PROXY_HOPS is logged once, since it silently puts many people in one bucket.
 */
export function clientKey(
  headers: Pick<Headers, 'get'>,
  trustedProxyHops: number = getEnv().security.trustedProxyHops,
  mode: 'demo' | 'production' = getEnv().mode,
): string {
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
  return createHmac('sha256', keySecret()).update(addressPrefix(address)).digest('base64url').slice(0, 22);
}

/** The limits, configured by RATE_LIMIT_SUBMISSIONS, RATE_LIMIT_STEPS and _WINDOW_SECONDS. */
export function submissionRateLimit(): { submissions: number; steps: number; windowSeconds: number } {
  return getEnv().security.rateLimit;
}

type LimitKind = 'submissions' | 'steps';

async function checkLimit(kind: LimitKind, key: string): Promise<RateLimitResult> {
  const shared = key === SHARED_CLIENT_KEY;
  const { windowSeconds, ...limits } = submissionRateLimit();
  try {
    return await sharedState().hit(`${kind}:${key}`, limits[kind] * (shared ? SHARED_LIMIT_FACTOR : 1), windowSeconds * 1000, Date.now());
  } catch (error) {
    // The limits live in PostgreSQL with several instances. If it cannot be reached, let the
    // request through rather than turn a person away mid-form: storing a referral needs the
    // database anyway, and fails safely (back to the check page, answers kept) if it is down.
    log.error('security.rate_limit_unavailable', { errorCode: error instanceof Error ? error.name : 'unknown' });
    return { allowed: true, retryAfterSeconds: 0 };
  }
}

/**
 * Counts one referral submission from the client `key` (from `clientKey`) and says whether it
 * may go ahead; when not, show the person a friendly page with `retryAfterSeconds` and the
 * helpline numbers.
 */
export function checkRateLimit(key: string): Promise<RateLimitResult> {
  return checkLimit('submissions', key);
}

/**
 * Counts one post of any kind (a step of the form without JavaScript, a Send, the which-law
 * form) from the client `key`. The limit is generous, for a person going back and forth; it
 * bounds a script, whose every post makes the server check a whole step of answers.
 */
export function checkPostRateLimit(key: string): Promise<RateLimitResult> {
  return checkLimit('steps', key);
}
