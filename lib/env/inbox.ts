/** The caseworker inbox's settings: how long a staff session lasts, and the first-contact target. */
import 'server-only';
import { z } from 'zod';

export const inboxSchema = z.object({
  // A staff session unused for this long ends (minutes), and every session ends this long after
  // sign-in (hours).
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
  // Working days within which a new referral should be contacted before the inbox marks it overdue.
  CONTACT_TARGET_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
});

/** The inbox settings the rest of the server reads. */
export type InboxEnv = { sessionIdleMs: number; sessionMaxMs: number; contactTargetWorkingDays: number };

export function inboxEnv(raw: z.infer<typeof inboxSchema>): InboxEnv {
  return {
    sessionIdleMs: raw.STAFF_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: raw.STAFF_SESSION_MAX_HOURS * 3_600_000,
    contactTargetWorkingDays: raw.CONTACT_TARGET_WORKING_DAYS,
  };
}
