/**
 * The check-back for this server process, on the inbox's own storage (the same database and data
 * key), with its lockout and page tokens in the shared state (memory on one instance, PostgreSQL with several). Kept on `globalThis` like the inbox runtime:
 * Next.js loads the confirmation's and /check's actions as separate module graphs in one
 * process, and a PIN offer made by one must be found by the other.
 */
import 'server-only';
import { createCheckBack, type CheckBack } from '@/lib/check-back/check-back';
import { createPinLockout } from '@/lib/check-back/pin-lockout';
import { inboxRuntime } from '@/lib/inbox/inbox-runtime';
import { demoMailboxOf } from '@/lib/mailbox/mailbox';
import { sharedState } from '@/lib/security/shared-state-runtime';
import { hashPassword, verifyPassword } from '@/lib/staff/password';

const RUNTIME = Symbol.for('get-help-with-intimate-image-abuse.check-back-runtime');
type Holder = { [RUNTIME]?: CheckBack };

/** The actor the audit log names for what the person who asked for help did. */
export const PERSON_ACTOR = 'person';

/** This process's check-back, opened on first use. */
export function checkBackRuntime(): CheckBack {
  const holder = globalThis as Holder;
  holder[RUNTIME] ??= (() => {
    const { env, checkBack, cases, dataKey, staff, now } = inboxRuntime();
    const mailboxDir = demoMailboxOf(env);
    return createCheckBack({
      checkBack,
      cases,
      dataKey,
      lockout: createPinLockout(sharedState()),
      state: sharedState(),
      audit: (action, reference, detail) => staff.appendAudit({ at: now(), actor: PERSON_ACTOR, action, reference, detail: detail ?? null }),
      // The staff passwords' argon2id settings and dummy hash: a PIN is guarded the same way.
      hashPin: hashPassword,
      verifyPin: verifyPassword,
      now,
      ...(mailboxDir ? { mailboxDir } : {}),
    });
  })();
  return holder[RUNTIME];
}
