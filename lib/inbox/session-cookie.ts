/**
 * The staff session cookie: the only cookie the service ever sets, and only under /inbox after
 * a caseworker signs in. `__Host-` makes the browser refuse it unless it is Secure, has no
 * Domain and has Path=/; HttpOnly keeps it from scripts; SameSite=Strict keeps it off requests
 * that start on another site. No Max-Age: it goes when the browser closes, and the server ends
 * the session long before that anyway (idle and absolute limits).
 */
import 'server-only';
import { cookies } from 'next/headers';

export const SESSION_COOKIE = '__Host-inbox-session';

export async function readSessionId(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export async function setSessionCookie(sessionId: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, sessionId, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: 0 });
}
