/**
 * The demo's own caseworker, so a newcomer can walk from the referral form to the inbox in a
 * minute: `npm run demo` creates it (through `npm run staff -- demo-account`, refused outside
 * demo mode), and in demo mode only, to a browser on this machine only, the sign-in pages show
 * its email, its password and the code its authenticator would show now.
 *
 * It has the manager role, so the demo shows assignment and the audit log too.
 */
import 'server-only';
import type { Env } from '@/lib/env';
import { hashPassword } from '@/lib/crypto/password';
import type { StaffRepository } from '@/lib/staff/repository';
import { hashSecret, newToken } from '@/lib/crypto/secrets';
import { decryptTotpSecret, encryptTotpSecret, newTotpSecret, totpCodeAt } from '@/lib/staff/totp';
import { clientAddress } from '@/lib/security/client-key';

export const DEMO_ACCOUNT = {
  email: 'demo.caseworker@support-service.example',
  // Printed on the demo's sign-in page for anyone on this machine: a demo holds only test data.
  password: 'demo caseworker password',
  role: 'manager',
} as const;

/** Creates the demo account, enrolled with a password and TOTP, unless it exists. */
export async function ensureDemoAccount(staff: StaffRepository, dataKey: Buffer, now: number): Promise<'created' | 'exists'> {
  const added = await staff.addStaff({
    email: DEMO_ACCOUNT.email,
    role: DEMO_ACCOUNT.role,
    enrolmentTokenHash: hashSecret(newToken()),
    enrolmentExpiresAt: now,
    now,
  });
  if (added.outcome === 'exists') return 'exists';
  const { id } = added.member;
  await staff.setTotpSecret(id, encryptTotpSecret(dataKey, id, newTotpSecret()));
  await staff.completeEnrolment(id, { passwordHash: await hashPassword(DEMO_ACCOUNT.password), recoveryCodeHashes: [], now });
  await staff.appendAudit({ at: now, actor: 'operator', action: 'staff-added', reference: null, detail: `${DEMO_ACCOUNT.email} demo` });
  return 'created';
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * What the demo sign-in pages show, or undefined: outside demo mode, to a client that is not on
 * this machine, or when the demo account is missing or disabled.
 */
export async function demoSignInHint(
  env: Pick<Env, 'mode' | 'security'>,
  staff: StaffRepository,
  dataKey: Buffer,
  headers: Pick<Headers, 'get'>,
  now: number,
): Promise<{ email: string; password: string; code: string } | undefined> {
  if (env.mode !== 'demo') return undefined;
  const address = clientAddress(headers.get('x-forwarded-for'), env.security.trustedProxyHops);
  if (!address || !LOOPBACK.test(address)) return undefined;
  const account = await staff.findByEmail(DEMO_ACCOUNT.email);
  if (!account?.encryptedTotpSecret || account.disabledAt !== null || account.enrolledAt === null) return undefined;
  const code = totpCodeAt(decryptTotpSecret(dataKey, account.id, account.encryptedTotpSecret), now);
  return { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, code };
}
