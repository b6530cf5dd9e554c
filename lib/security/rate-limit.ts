/**
 * Limits how often one client may submit a referral, so that a script cannot flood the support
 * service's inbox (or the database) while a person who needs to send one again still can; and,
 * far more generously, how often it may post anything at all (the form's Continue and Back
 * without JavaScript), so that a script cannot keep the server busy checking answers: a short
 * and a long sliding window, and one client's posts let in one at a time (`awaitPostTurn`).
 *
 * Sliding windows per client (`shared-state.ts`): the client is known by a keyed hash of its
 * address (`clientKey`), and the address itself is never logged, stored or kept.
 *
 * On one instance (SQLite), the windows are in this process's memory and the secret behind the
 * hash is random per process, so even a memory dump or a restart cannot link a key back to an
 * address. With several instances on PostgreSQL, a client limited through one must be limited
 * through all, so the windows are rows in the database and every instance must hash an address
 * to the same key: the secret is then derived from the data key, which they share. A key is kept
 * only for its window; someone holding both the data key and the database could test addresses
 * against the keys of the last window (SECURITY.md). The spacing of one client's posts
 * (`awaitPostTurn`) stays per process: it keeps one process from checking a script's posts in
 * parallel, which is what each instance must guard for itself.
 */
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadDataKey } from '@/lib/delivery/data-key';
import { getEnv, type SecurityEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { isLoopbackAddress } from '@/lib/security/loopback';
import type { RateLimiterOptions, RateLimitResult } from '@/lib/security/rate-limiter';
import { createMemorySharedState, type SharedState } from '@/lib/security/shared-state';
import { sharedState } from '@/lib/security/shared-state-runtime';
import { referralFormPath } from '@/lib/referral/addresses';

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

/**
 * The limits, configured by RATE_LIMIT_SUBMISSIONS, RATE_LIMIT_STEPS, _WINDOW_SECONDS,
 * RATE_LIMIT_STEP_BURST, _STEP_BURST_SECONDS and RATE_LIMIT_STEP_SPACING_MS.
 */
export function submissionRateLimit(): SecurityEnv['rateLimit'] {
  return getEnv().security.rateLimit;
}

export type FormPostLimits = Pick<SecurityEnv['rateLimit'], 'steps' | 'windowSeconds' | 'stepBurst' | 'stepBurstSeconds'>;

export type PostSpacing = {
  /**
   * Takes the next turn of `key`, at least `spacingMs` after its last one, and says how many ms
   * from now that turn is; `null` (no turn taken) when it is more than `maxWaitMs` away.
   */
  turn(key: string): number | null;
  /** How many clients are remembered now (for tests of the memory bound). */
  size(): number;
};

/**
 * Spaces one client's posts at least `spacingMs` apart: a post sent sooner waits for its turn.
 * A person's posts are seconds apart and never wait; a script's many connections from one
 * address are let in one at a time, so however many it opens, no two of its posts are checked
 * at once and everyone else's requests wait behind one of them at most. A client that has
 * queued more than `maxWaitMs` of turns is refused instead, so the queue is bounded too.
 */
export function createPostSpacing({
  spacingMs,
  maxWaitMs = 2_000,
  maxKeys = 10_000,
  now = Date.now,
}: { spacingMs: number; maxWaitMs?: number } & Pick<RateLimiterOptions, 'maxKeys' | 'now'>): PostSpacing {
  // Each key's next free turn. Map order is the order turns were taken, so the first entries
  // are the ones whose turns are longest past.
  const nextFree = new Map<string, number>();
  return {
    turn(key) {
      const at = now();
      for (const [oldKey, free] of nextFree) {
        if (free > at && nextFree.size < maxKeys) break;
        nextFree.delete(oldKey);
      }
      const turnAt = Math.max(at, nextFree.get(key) ?? at);
      if (turnAt - at > maxWaitMs) return null;
      nextFree.delete(key);
      nextFree.set(key, turnAt + spacingMs);
      return turnAt - at;
    },
    size: () => nextFree.size,
  };
}

/**
 * The form's limit on posts: at most `stepBurst` in any `stepBurstSeconds`, and `steps` in the
 * long window. A person reads each page before posting it, so even Back and Continue pressed
 * quickly stay far inside the short window; a script meets it within its first seconds, and
 * from then on gets one costly post through per `stepBurstSeconds / stepBurst` seconds. Each
 * part is an ordinary sliding window in the shared state: memory on one instance, PostgreSQL
 * with several.
 */
export async function checkFormPosts(
  state: Pick<SharedState, 'hit'>,
  key: string,
  { steps, windowSeconds, stepBurst, stepBurstSeconds }: FormPostLimits,
  now: number,
): Promise<RateLimitResult> {
  // The short window first: a refusal there is not counted in the long one.
  const short = await state.hit(`posts-burst:${key}`, stepBurst, stepBurstSeconds * 1000, now);
  return short.allowed ? state.hit(`posts:${key}`, steps, windowSeconds * 1000, now) : short;
}

type LimitKind = 'submissions' | 'posts';

const FALLBACK = Symbol.for('get-help-with-intimate-image-abuse.rate-limit-fallback');
type FallbackHolder = { [FALLBACK]?: SharedState };

/**
 * This process's own windows, for when the shared state fails. Kept on `globalThis` for the
 * same reason as the shared state itself: every route in this process must count in one place.
 */
function fallbackState(): SharedState {
  const holder = globalThis as FallbackHolder;
  holder[FALLBACK] ??= createMemorySharedState();
  return holder[FALLBACK];
}

function hitLimit(state: Pick<SharedState, 'hit'>, kind: LimitKind, key: string): Promise<RateLimitResult> {
  const shared = key === SHARED_CLIENT_KEY;
  const limits = submissionRateLimit();
  const factor = shared ? SHARED_LIMIT_FACTOR : 1;
  return kind === 'submissions'
    ? state.hit(`submissions:${key}`, limits.submissions * factor, limits.windowSeconds * 1000, Date.now())
    : checkFormPosts(state, key, { ...limits, steps: limits.steps * factor, stepBurst: limits.stepBurst * factor }, Date.now());
}

/**
 * Counts in the shared state and, when that fails for any reason (PostgreSQL down, or only slow:
 * a flood queueing on its small pool times out too), in this process's memory instead, with the
 * same limits. Letting everyone through would let a flood switch the limit off just by being a
 * flood; refusing would turn a person away because the database is slow. Per process, a script
 * is still limited on each instance it reaches, and a person is never refused for our failure.
 */
async function checkLimit(kind: LimitKind, key: string): Promise<RateLimitResult> {
  try {
    return await hitLimit(sharedState(), kind, key);
  } catch (error) {
    // The reason only: never the key or the address behind it.
    log.error('security.rate_limit_unavailable', { errorCode: error instanceof Error ? error.name : 'unknown' });
    return hitLimit(fallbackState(), kind, key);
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
 * Counts one post of any kind (a step of the form without JavaScript, a Send, the check-back)
 * from the client `key`. The limits are generous, for a person going back and forth; they bound
 * a script, whose every post makes the server check a whole step of answers.
 */
export function checkPostRateLimit(key: string): Promise<RateLimitResult> {
  return checkLimit('posts', key);
}

/**
 * How long a refused post waits before its answer. Nothing runs while it waits, and a script
 * that posts again as soon as it is answered then gets one refusal a second per connection
 * rather than hundreds, each still a request to parse and route; a person, who should never
 * meet the limit, waits a second more for a page that asks them to wait anyway.
 */
export const REFUSED_POST_DELAY_MS = 1000;

let spacing: PostSpacing | undefined;

/**
 * The form's one gate for a post from the client `key`: waits for its turn (at least
 * RATE_LIMIT_STEP_SPACING_MS after its last), then counts it as `checkPostRateLimit` does; a
 * refusal (also of a client with too many posts already waiting) comes after
 * `REFUSED_POST_DELAY_MS`. The shared key of clients that cannot be told apart is not spaced:
 * it holds many people, whose posts may well come together.
 */
export async function awaitPostTurn(key: string): Promise<RateLimitResult> {
  let result: RateLimitResult = { allowed: false, retryAfterSeconds: 1 };
  spacing ??= createPostSpacing({ spacingMs: submissionRateLimit().stepSpacingMs });
  const wait = key === SHARED_CLIENT_KEY ? 0 : spacing.turn(key);
  if (wait !== null) {
    if (wait > 0) await sleep(wait);
    result = await checkPostRateLimit(key);
  }
  if (!result.allowed) await sleep(REFUSED_POST_DELAY_MS);
  return result;
}

/** The pages whose posts count towards `checkPostRateLimit`: the referral form and the check-back. */
export const rateLimitedPostPaths: readonly string[] = [referralFormPath, '/check'];

/**
 * Where the form's posts are counted, so that each is counted exactly once. In the proxy, before
 * the body is read or anything rendered, when trusted proxies name the client in
 * X-Forwarded-For: a refusal there costs almost nothing. With no proxy in front the proxy cannot
 * know the client (Next.js fills X-Forwarded-For from the connection only after it has run), so
 * the form's action counts them, before it reads an answer.
 */
export function postLimitStage(trustedProxyHops: number = getEnv().security.trustedProxyHops): 'proxy' | 'action' {
  return trustedProxyHops > 0 ? 'proxy' : 'action';
}

/** The request header by which the proxy tells an action that it has counted this post. */
export const POST_COUNTED_HEADER = 'x-post-counted';

const MARKER = Symbol.for('get-help-with-intimate-image-abuse.post-counted-marker');
type MarkerHolder = { [MARKER]?: string };

/**
 * The header's value: random per process (proxy.ts runs in the same Node.js process as the
 * actions), so a client cannot write it. On `globalThis` because the proxy and each route are
 * separate module graphs in that one process.
 */
function postCountedMarker(): string {
  const holder = globalThis as MarkerHolder;
  holder[MARKER] ??= randomBytes(18).toString('base64url');
  return holder[MARKER];
}

/**
 * For the proxy: drops any marker the client sent, and sets the real one only when the proxy
 * has itself counted this post. The proxy counts posts to the form's and the check-back's paths,
 * but Next.js picks an action by its id, not by the path, and forwards a post of the form's
 * action id to any other page on to the form's; so which posts were counted cannot be inferred
 * from the path, only carried with the request.
 */
export function markPostCounted(requestHeaders: Headers, counted: boolean): void {
  requestHeaders.delete(POST_COUNTED_HEADER);
  if (counted) requestHeaders.set(POST_COUNTED_HEADER, postCountedMarker());
}

/**
 * For the actions: whether the proxy counted this post already. When not (no trusted proxy, a
 * post sent to another path, or a marker the client wrote itself), the action counts it.
 */
export function postCountedByProxy(requestHeaders: Pick<Headers, 'get'>): boolean {
  const given = Buffer.from(requestHeaders.get(POST_COUNTED_HEADER) ?? '');
  const expected = Buffer.from(postCountedMarker());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
