/**
 * A case's whole life: how long a closed case is kept by its outcome, when managers are reminded,
 * when an open case counts as idle, and the hour of the managers' digest. The defaults, and why a
 * data-protection officer would sign them off, are in the README ("Retention").
 */
import 'server-only';
import { z } from 'zod';
import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from '@/lib/cases/retention-rules';

const retentionDays = (fallback: number) => z.coerce.number().int().min(0).max(3650).default(fallback);

// The defaults and why a data-protection officer would sign them off are in the README
// ("Retention"). Days count from when the case was closed or, if later, its last activity.
export const retentionSchema = z.object({
  RETENTION_DAYS_SUPPORTED: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome.supported),
  RETENTION_DAYS_REFERRED_ON: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome['referred-on']),
  RETENTION_DAYS_COULD_NOT_CONTACT: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome['could-not-contact']),
  RETENTION_DAYS_DECLINED: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome.declined),
  RETENTION_DAYS_WITHDRAWN: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome.withdrawn),
  RETENTION_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_RETENTION_POLICY.reminderDays),
  RETENTION_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION_POLICY.idleDays),
  MANAGER_DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
});

export type RetentionEnv = { policy: RetentionPolicy; digestHourUtc: number };

export function retentionEnv(raw: z.infer<typeof retentionSchema>): RetentionEnv {
  return {
    policy: {
      daysByOutcome: {
        supported: raw.RETENTION_DAYS_SUPPORTED,
        'referred-on': raw.RETENTION_DAYS_REFERRED_ON,
        'could-not-contact': raw.RETENTION_DAYS_COULD_NOT_CONTACT,
        declined: raw.RETENTION_DAYS_DECLINED,
        withdrawn: raw.RETENTION_DAYS_WITHDRAWN,
      },
      reminderDays: raw.RETENTION_REMINDER_DAYS,
      idleDays: raw.RETENTION_IDLE_DAYS,
    },
    digestHourUtc: raw.MANAGER_DIGEST_HOUR_UTC,
  };
}
