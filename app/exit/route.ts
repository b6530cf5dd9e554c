/**
 * GET /exit: Exit this page without JavaScript. Sends the browser to the neutral site and asks
 * it to clear everything this site stored (cache, cookies, storage).
 *
 * 303 so that the browser always follows with a GET, and no-store so that no cache keeps even
 * the redirect.
 *
 * POST /exit: the same clearing without the redirect, for Exit this page with JavaScript, which
 * leaves from the browser itself but cannot clear the HTTP cache without a response that says so.
 * From a check-back page it carries the page's session token, which it ends.
 */
import { checkBackRuntime } from '@/lib/runtime/server';
import { checkBackControls } from '@/lib/check-back/check-back-state';
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

const clearEverything = {
  'Clear-Site-Data': '"cache", "cookies", "storage"',
  'Cache-Control': 'no-store',
};

export function GET(): Response {
  return new Response(null, { status: 303, headers: { Location: getEnv().exitUrl, ...clearEverything } });
}

export async function POST(request: Request): Promise<Response> {
  // Leaving a check-back page ends its session (the page sends its token along).
  const body = await request.text().catch(() => '');
  const session = new URLSearchParams(body.slice(0, 200)).get(checkBackControls.session);
  if (session) await (await checkBackRuntime()).end(session);
  return new Response(null, { status: 204, headers: clearEverything });
}
