/**
 * The check-back in a server process, built by the process's runtime (`server.ts`) on the inbox's
 * storage (the same database and data key), with its lockout and page tokens in the shared state
 * (memory on one instance, PostgreSQL with several), so that a PIN offer made by the
 * confirmation's action is found by /check's.
 */
import 'server-only';
import { createCheckBack, type CheckBack } from '@/lib/check-back/check-back';
import { createPinLockout } from '@/lib/check-back/pin-lockout';
import { hashPassword, verifyPassword } from '@/lib/crypto/password';
import { demoMailboxOf } from '@/lib/mailbox/mailbox';
import type { SharedState } from '@/lib/security/shared-state';
import type { InboxRuntime } from '@/lib/runtime/inbox-runtime';

/** The actor the audit log names for what the person who asked for help did. */
export const PERSON_ACTOR = 'person';

export function createCheckBackRuntime(
  { env, checkBack, cases, dataKey, staff, now }: Pick<InboxRuntime, 'env' | 'checkBack' | 'cases' | 'dataKey' | 'staff' | 'now'>,
  state: SharedState,
): CheckBack {
  const mailboxDir = demoMailboxOf(env);
  return createCheckBack({
    checkBack,
    cases,
    dataKey,
    lockout: createPinLockout(state),
    state,
    audit: (action, reference, detail) => staff.appendAudit({ at: now(), actor: PERSON_ACTOR, action, reference, detail: detail ?? null }),
    // The staff passwords' argon2id settings and dummy hash: a PIN is guarded the same way.
    hashPin: hashPassword,
    verifyPin: verifyPassword,
    now,
    ...(mailboxDir ? { mailboxDir } : {}),
  });
}
