/**
 * GET /.well-known/security.txt: how to report a vulnerability (RFC 9116), with the contact from
 * SECURITY_CONTACT and the canonical address from PUBLIC_BASE_URL.
 */
import { getEnv } from '@/lib/env';
import { securityTxt } from '@/lib/security/security-txt';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  const env = getEnv();
  return new Response(securityTxt({ contact: env.security.contact, publicBaseUrl: env.publicBaseUrl, now: new Date() }), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      // A day is enough for the file to be reused and short enough to follow a changed contact.
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
