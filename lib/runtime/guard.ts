/**
 * The door of every inbox page and action: without a full session (password and second
 * factor, account enabled, within its time limits) nothing but sign-in is reachable. A page or
 * action that forgets to call this is found by the end-to-end test that requests every inbox
 * route without a session.
 */
import 'server-only';
import { redirect } from 'next/navigation';
import { inboxRuntime } from '@/lib/runtime/server';
import { readSessionId } from '@/lib/inbox/session-cookie';
import type { StaffRole } from '@/lib/staff/repository';
import type { SignedIn } from '@/lib/staff/staff-auth';

export const SIGN_IN_PATH = '/inbox/sign-in';
export const SECOND_FACTOR_PATH = '/inbox/sign-in/second-factor';

/** The signed-in member, or a redirect to the step of sign-in they have not done. */
export async function requireStaff(role?: StaffRole): Promise<SignedIn> {
  const signedIn = await (await inboxRuntime()).auth.session(await readSessionId());
  if (!signedIn) redirect(SIGN_IN_PATH);
  if (signedIn.stage !== 'full') redirect(SECOND_FACTOR_PATH);
  // A caseworker asking for a manager's page is sent to the queue, which they may see.
  if (role === 'manager' && signedIn.member.role !== 'manager') redirect('/inbox');
  return signedIn;
}
