/**
 * Where the form's and the check-back's posts are counted, so that each is counted exactly once.
 * In the proxy, before the body is read or anything rendered, when trusted proxies name the client
 * in X-Forwarded-For: a refusal there costs almost nothing. With no proxy in front the proxy
 * cannot know the client (Next.js fills X-Forwarded-For from the connection only after it has
 * run), so the action counts them, before it reads an answer. The proxy tells the action that it
 * counted a post with a header whose value is this process's secret (`createPostGate`).
 *
 * The proxy and the actions run in one Node.js process; the process's runtime makes one gate and
 * hands it to both.
 */
import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { referralFormPath } from '@/lib/referral/addresses';
import type { ClientKey } from '@/lib/security/client-key';
import type { RateLimits } from '@/lib/security/rate-limit';
import type { RateLimitResult } from '@/lib/security/sliding-window';

/** The pages whose posts count towards `checkPostRateLimit`: the referral form and the check-back. */
export const rateLimitedPostPaths: readonly string[] = [referralFormPath, '/check'];

/** Where the public forms' posts are counted: in the proxy only behind trusted proxies (see above). */
export function postLimitStage(trustedProxyHops: number): 'proxy' | 'action' {
  return trustedProxyHops > 0 ? 'proxy' : 'action';
}

/** The request header by which the proxy tells an action that it has counted this post. */
export const POST_COUNTED_HEADER = 'x-post-counted';

export type PostGate = {
  /**
   * For the proxy: drops any marker the client sent, and sets the real one only when the proxy
   * has itself counted this post. The proxy counts posts to the form's and the check-back's
   * paths, but Next.js picks an action by its id, not by the path, and forwards a post of the
   * form's action id to any other page on to the form's; so which posts were counted cannot be
   * inferred from the path, only carried with the request.
   */
  markPostCounted(requestHeaders: Headers, counted: boolean): void;
  /**
   * For the actions: whether the proxy counted this post already. When not (no trusted proxy, a
   * post sent to another path, or a marker the client wrote itself), the action counts it.
   */
  postCountedByProxy(requestHeaders: Pick<Headers, 'get'>): boolean;
  /**
   * For the public actions (the form and the check-back): counts this post unless the proxy
   * did, waiting its turn; `allowed` false means answer "too many posts" and read nothing more.
   * `client` is the client's rate-limit key, for what the action counts itself.
   */
  admitPublicPost(requestHeaders: Pick<Headers, 'get'>): Promise<{ allowed: boolean; client: string }>;
};

/** The gate, with a marker random per process, so that a client cannot write it. */
export function createPostGate({ clientKey, limits }: { clientKey: ClientKey; limits: Pick<RateLimits, 'awaitPostTurn'> }): PostGate {
  const marker = randomBytes(18).toString('base64url');
  const postCountedByProxy = (requestHeaders: Pick<Headers, 'get'>) => {
    const given = Buffer.from(requestHeaders.get(POST_COUNTED_HEADER) ?? '');
    const expected = Buffer.from(marker);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return {
    markPostCounted(requestHeaders, counted) {
      requestHeaders.delete(POST_COUNTED_HEADER);
      if (counted) requestHeaders.set(POST_COUNTED_HEADER, marker);
    },
    postCountedByProxy,
    async admitPublicPost(requestHeaders) {
      const client = clientKey(requestHeaders);
      if (postCountedByProxy(requestHeaders)) return { allowed: true, client };
      const result: RateLimitResult = await limits.awaitPostTurn(client);
      return { allowed: result.allowed, client };
    },
  };
}
