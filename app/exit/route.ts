/**
 * GET /exit: Exit this page without JavaScript. Sends the browser to the neutral site and asks
 * it to clear everything this site stored (cache, cookies, storage).
 *
 * 303 so that the browser always follows with a GET, and no-store so that no cache keeps even
 * the redirect.
 */
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response(null, {
    status: 303,
    headers: {
      Location: getEnv().exitUrl,
      'Clear-Site-Data': '"cache", "cookies", "storage"',
      'Cache-Control': 'no-store',
    },
  });
}
