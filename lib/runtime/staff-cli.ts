/**
 * `npm run staff -- <command>`: the operator creates and disables staff accounts. There is no
 * sign-up page: an account exists only because someone with access to the server made it.
 *
 *   add <email> --role caseworker|manager   prints a one-time enrolment link, valid 24 hours
 *   reset <email>                           a new enrolment link (re-enabling a disabled account); the old password, second
 *                                           factors and sessions stop working at once
 *   disable <email>                         ends the account's sessions; it cannot sign in again
 *   list                                    every account, its role and state
 *   audit-verify                            checks the audit log's hash chain end to end, a slice at a time
 *   demo-account                            (demo mode only) the demo's caseworker, see demo-account.ts
 *
 * Each change is written to the audit log as done by `operator`.
 */
import 'server-only';
import { z } from 'zod';
import type { Env } from '@/lib/env';
import type { AuditAction } from '@/lib/staff/audit-chain';
import { verifyAuditFrom } from '@/lib/staff/audit-check';
import { DEMO_ACCOUNT, ensureDemoAccount } from '@/lib/staff/demo-account';
import { staffRoles, type StaffMember, type StaffRepository } from '@/lib/staff/repository';
import { hashSecret, newToken } from '@/lib/crypto/secrets';
import { openStorage } from '@/lib/runtime/open-storage';

export const STAFF_COMMAND = 'npm run staff --';
const USAGE = `Usage: ${STAFF_COMMAND} add <email> --role caseworker|manager | reset <email> | disable <email> | list | audit-verify`;

/** How long an enrolment link works. */
export const ENROLMENT_LINK_MS = 24 * 60 * 60 * 1000;

/** The actor the audit log names for changes made with this command. */
export const OPERATOR = 'operator';

const email = z.email();

/** The page a new member opens to set a password and a second factor. */
export function enrolmentLink(env: Env, token: string): string {
  return new URL(`/inbox/enrol/${token}`, env.publicBaseUrl).toString();
}

function describe(member: StaffMember): string {
  const state = member.disabledAt ? 'disabled' : member.enrolledAt ? 'active' : 'waiting for enrolment';
  return `${member.email}  ${member.role.padEnd(10)}  ${state}`;
}

function printLink(env: Env, print: (line: string) => void, member: StaffMember, token: string): void {
  print(`Send this link to ${member.email} by a channel you trust. It works once, for 24 hours:`);
  print(enrolmentLink(env, token));
}

async function audit(staff: StaffRepository, action: AuditAction, member: StaffMember, now: number, detail: string | null = null) {
  await staff.appendAudit({ at: now, actor: OPERATOR, action, reference: null, detail: detail ? `${member.email} ${detail}` : member.email });
}

/** Runs one command; resolves with the process exit code. `now` is injectable for tests. */
export async function runStaffCli(
  args: string[],
  env: Env,
  print: (line: string) => void,
  now: () => number = Date.now,
): Promise<number> {
  const [command, ...rest] = args;
  const roleAt = rest.indexOf('--role');
  const role = roleAt >= 0 ? rest[roleAt + 1] : undefined;
  const positional = rest.filter((_, index) => roleAt < 0 || (index !== roleAt && index !== roleAt + 1));
  const needsEmail = command === 'add' || command === 'reset' || command === 'disable';
  const wellFormed =
    (needsEmail && positional.length === 1 && (command === 'add') === (roleAt >= 0)) ||
    ((command === 'list' || command === 'audit-verify' || command === 'demo-account') && rest.length === 0);
  if (!wellFormed) {
    print(USAGE);
    return 2;
  }
  if (needsEmail && !email.safeParse(positional[0]).success) {
    print(`Enter an email address, like name@support-service.example. ${USAGE}`);
    return 2;
  }
  if (command === 'add' && !staffRoles.includes(role as never)) {
    print(`Give a role: --role caseworker or --role manager.`);
    return 2;
  }

  if (command === 'demo-account' && env.mode !== 'demo') {
    print('The demo account exists only in demo mode (APP_MODE=demo).');
    return 2;
  }

  const storage = await openStorage(env);
  const { staff } = storage.store;
  try {
    const address = positional[0]!;
    const at = now();
    if (command === 'add' || command === 'reset') {
      // Only the hash is stored: the link itself exists on this screen and nowhere else.
      const token = newToken();
      const expiresAt = at + ENROLMENT_LINK_MS;
      if (command === 'add') {
        const result = await staff.addStaff({
          email: address,
          role: role as StaffMember['role'],
          enrolmentTokenHash: hashSecret(token),
          enrolmentExpiresAt: expiresAt,
          now: at,
        });
        if (result.outcome === 'exists') {
          print(`${address} already has an account. To send a new enrolment link, use "${STAFF_COMMAND} reset ${address}".`);
          return 1;
        }
        await audit(staff, 'staff-added', result.member, at, result.member.role);
        printLink(env, print, result.member, token);
        return 0;
      }
      const updated = await staff.resetEnrolment(address, hashSecret(token), expiresAt);
      if (!updated) {
        print(`No account has the email address ${address}.`);
        return 1;
      }
      await audit(staff, 'enrolment-reset', updated, at);
      printLink(env, print, updated, token);
      return 0;
    }
    if (command === 'disable') {
      const updated = await staff.disable(address, at);
      if (!updated) {
        print(`No account has the email address ${address}.`);
        return 1;
      }
      await audit(staff, 'staff-disabled', updated, at);
      print(`${updated.email} is disabled and signed out everywhere.`);
      return 0;
    }
    if (command === 'demo-account') {
      const outcome = await ensureDemoAccount(staff, storage.dataKey, at);
      print(
        `${outcome === 'created' ? 'Created' : 'Kept'} the demo caseworker: sign in at ${new URL('/inbox/sign-in', env.publicBaseUrl)} ` +
          `as ${DEMO_ACCOUNT.email} with the password "${DEMO_ACCOUNT.password}". ` +
          'In demo mode, the sign-in page shows its current code to a browser on this machine.',
      );
      return 0;
    }
    if (command === 'list') {
      const members = await staff.list();
      if (members.length === 0) print(`No staff accounts yet. Add one with "${STAFF_COMMAND} add <email> --role caseworker".`);
      for (const member of members) print(describe(member));
      return 0;
    }
    // From the first row, a slice in memory at a time; it only reads, leaving the checkpoint alone.
    const verdict = await verifyAuditFrom(staff, undefined);
    if (!verdict.ok) {
      print(`The audit log does not verify: row ${verdict.brokenAt} fails because ${verdict.reason}.`);
      return 1;
    }
    print(`The audit log verifies: ${verdict.count} row(s), last hash ${verdict.lastHash}.`);
    return 0;
  } finally {
    await storage.close();
  }
}
