/**
 * The inbox's services in a server process, built by the process's runtime (`server.ts`) from the
 * one store and data key it opened: staff sign-in (its throttle on the shared state, so instances
 * on PostgreSQL count together), the case, check-back and retention repositories, and legal holds.
 */
import 'server-only';
import type { CaseRepository } from '@/lib/cases/case-repository';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { Env } from '@/lib/env';
import { createLegalHolds, type LegalHolds } from '@/lib/retention/legal-hold';
import type { RetentionRepository } from '@/lib/retention/repository';
import type { ClientKey } from '@/lib/security/client-key';
import type { SharedState } from '@/lib/security/shared-state';
import type { StaffRepository } from '@/lib/staff/repository';
import { createSignInThrottle } from '@/lib/staff/sign-in-throttle';
import { createStaffAuth, type StaffAuth } from '@/lib/staff/staff-auth';
import type { Storage } from '@/lib/runtime/open-storage';

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
  /** Names the client signing in, for the sign-in throttle. */
  clientKey: ClientKey;
  now: () => number;
};

/**
 * The inbox on `storage`. One clock for everything the inbox does, so a date checked by a form and
 * the write it leads to cannot disagree.
 */
export function createInboxRuntime(
  env: Env,
  { store, dataKey }: Storage,
  { state, clientKey }: { state: SharedState; clientKey: ClientKey },
  now: () => number = Date.now,
): InboxRuntime {
  const { staff, retention } = store;
  return {
    env,
    staff,
    cases: store.cases,
    checkBack: store.checkBack,
    retention,
    holds: createLegalHolds({ retention, audit: (fields) => staff.appendAudit(fields), dataKey, now }),
    dataKey,
    auth: createStaffAuth({
      staff,
      dataKey,
      throttle: createSignInThrottle(state),
      policy: { idleMs: env.inbox.sessionIdleMs, absoluteMs: env.inbox.sessionMaxMs },
      now,
    }),
    clientKey,
    now,
  };
}
