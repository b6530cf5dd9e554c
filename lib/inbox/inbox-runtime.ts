/**
 * The inbox's storage and sign-in machinery for one server process: its own connection to the
 * store (SQLite's WAL lets it read beside the outbox worker; PostgreSQL gives it its own pool), the data key, and the
 * sign-in throttle (on the shared state, so instances on PostgreSQL count together). Kept on `globalThis` for the same reason as the delivery runtime: Next.js
 * loads routes as separate module graphs in one process, and the throttle must be shared.
 */
import 'server-only';
import { getEnv, type Env } from '@/lib/env';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { CaseRepository } from '@/lib/inbox/case-repository';
import { sharedState } from '@/lib/security/shared-state-runtime';
import { createSignInThrottle } from '@/lib/staff/sign-in-throttle';
import { createStaffAuth, type StaffAuth } from '@/lib/staff/staff-auth';
import type { StaffRepository } from '@/lib/staff/repository';
import { openStaffStorage } from '@/lib/staff/staff-storage';
import { createLegalHolds, type LegalHolds } from '@/lib/retention/legal-hold';
import type { RetentionRepository } from '@/lib/retention/repository';

export type InboxRuntime = {
  env: Env;
  staff: StaffRepository;
  cases: CaseRepository;
  /** The person's PIN, the messages and withdrawal: the case page reads and writes messages. */
  checkBack: CheckBackRepository;
  /** Each case's dates, legal holds and tombstones: the retention page, the figures and the case's hold. */
  retention: RetentionRepository;
  holds: LegalHolds;
  dataKey: Buffer;
  auth: StaffAuth;
  now: () => number;
};

const RUNTIME = Symbol.for('get-help-with-intimate-image-abuse.inbox-runtime');
type Holder = { [RUNTIME]?: InboxRuntime };

function boot(env: Env): InboxRuntime {
  const { store, staff, dataKey } = openStaffStorage(env);
  // One clock for everything the inbox does, so a date checked by a form and the write it leads
  // to cannot disagree.
  const now = Date.now;
  const auth = createStaffAuth({
    staff,
    dataKey,
    throttle: createSignInThrottle(sharedState(env)),
    policy: { idleMs: env.inbox.sessionIdleMs, absoluteMs: env.inbox.sessionMaxMs },
    now,
  });
  const retention = store.retention;
  return {
    env,
    staff,
    cases: store.cases,
    checkBack: store.checkBack,
    retention,
    holds: createLegalHolds({ retention, audit: (fields) => staff.appendAudit(fields), dataKey, now }),
    dataKey,
    auth,
    now,
  };
}

/** This process's inbox runtime, opened on first use. */
export function inboxRuntime(): InboxRuntime {
  const holder = globalThis as Holder;
  holder[RUNTIME] ??= boot(getEnv());
  return holder[RUNTIME];
}
