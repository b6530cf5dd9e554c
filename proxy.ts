/**
 * Runs before every request the site answers (Next.js 16 renamed middleware to proxy):
 *
 * 1. Refuses, with a small page that still gives the helpline numbers, and before anything
 *    behind it runs or anything is read or stored: a request addressed to a name that is not
 *    this site's (DNS rebinding: 421), one that would change something when it comes from
 *    another site (cross-site request forgery), and one that declares a body larger than the
 *    limit. Then, behind trusted proxies that name the client, a post to the form waits for
 *    its client's turn, and one from a client over its limit is refused (429), before its body
 *    is read or a page rendered; with no proxy in front, X-Forwarded-For here is still the
 *    client's own claim, so the form's action applies the same gate.
 * 2. Gives every page a Content-Security-Policy with a fresh nonce. Next.js reads the policy from
 *    the request headers and puts the nonce on its own scripts; a script without it never runs.
 *    The guidance pages built to static files get the static pages' policy instead (no inline
 *    script at all, scripts from this site only) and headers that let a CDN cache them. (The
 *    production server answers those pages itself, before Next.js, with the same headers:
 *    server/built-pages.ts. A request for one reaches this file only where that
 *    server is not in front, as in `next dev`, or where it could be answered differently: under
 *    another Host, refused above, or with a body.)
 * 3. Forbids caching of pages that may show a person's answers.
 *
 * Server actions check the origin again themselves: this file is one layer, not the only one.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { declaresOversizedBody, MAX_BODY_DESCRIPTION } from '@/lib/security/body-size';
import { contentSecurityPolicy, createNonce, lockedDownPolicy, staticPagePolicy } from '@/lib/security/content-security-policy';
import { isStaticGuidancePath, staticGuidanceCacheControl } from '@/lib/guidance/static-routes';
import { isAllowedHost } from '@/lib/security/allowed-host';
import {
  crossSiteRefusal,
  misdirectedRefusal,
  oversizedRefusal,
  refusalPageHtml,
  tooManyPostsRefusal,
  type Refusal,
} from '@/lib/security/refusal-page';
import { postLimitStage, rateLimitedPostPaths } from '@/lib/security/post-gate';
import { runningServerRuntime } from '@/lib/runtime/running';
import { checkSameOriginHeaders } from '@/lib/security/same-origin';
import { mayShowPersonalAnswers } from '@/lib/security/no-store';

function refuse(refusal: Refusal, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(refusalPageHtml(refusal), {
    status: refusal.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': lockedDownPolicy,
      ...headers,
    },
  });
}

export async function proxy(request: NextRequest): Promise<Response> {
  const env = getEnv();
  // First, so that nothing at all answers a page that reached us under another site's name.
  if (!isAllowedHost(request.headers.get('host'), env.publicBaseUrl, env.mode)) return refuse(misdirectedRefusal);
  const decision = checkSameOriginHeaders(request.method, request.headers, env.publicBaseUrl);
  if (!decision.allowed) return refuse(crossSiteRefusal);
  // Any method: no request here needs a large body, whatever it claims to be.
  if (declaresOversizedBody(request.headers.get('content-length'))) {
    return refuse(oversizedRefusal(MAX_BODY_DESCRIPTION));
  }
  const { trustedProxyHops } = env.security;
  // Counted here, the post is marked so that the action does not count it again (and any post
  // not counted here, whatever its path, is counted by the action: post-gate.ts says why).
  const countedHere =
    request.method === 'POST' && postLimitStage(trustedProxyHops) === 'proxy' && rateLimitedPostPaths.includes(request.nextUrl.pathname);
  const runtime = await runningServerRuntime();
  if (countedHere) {
    const limit = await runtime.limits.awaitPostTurn(runtime.clientKey(request.headers));
    if (!limit.allowed) {
      log.warn('security.posts_rate_limited', { errorCode: 'rate_limited' });
      return refuse(tooManyPostsRefusal, { 'Retry-After': String(limit.retryAfterSeconds) });
    }
  }

  // GET and HEAD only: a static file takes no post, and a post here must meet the form's checks.
  if (isStaticGuidancePath(request.nextUrl.pathname) && ['GET', 'HEAD'].includes(request.method)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', staticPagePolicy);
    response.headers.set('Cache-Control', staticGuidanceCacheControl);
    return response;
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  // With no proxy in front, any X-Forwarded-For was written by the client itself, which could
  // claim a new address for every referral and never meet the rate limit. `next start` fills the
  // header from the connection only when it is missing (it never appends to it), so dropping the
  // client's here makes the address the rate limiter reads the connection's own.
  if (trustedProxyHops === 0) requestHeaders.delete('x-forwarded-for');
  runtime.postGate.markPostCounted(requestHeaders, countedHere);
  requestHeaders.set('content-security-policy', policy);
  // For the layout's script tags (Exit this page's): server components read it with headers().
  requestHeaders.set('x-nonce', nonce);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (mayShowPersonalAnswers(request.nextUrl.pathname)) {
    response.headers.set('Cache-Control', 'no-store');
  }
  return response;
}

export const config = {
  // Everything but the build's own static files, which are never a page and never take a POST.
  // Prefetches are deliberately not excluded: a matcher that skips a request also skips the
  // cross-site check for any server action sent with it.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
