/**
 * Retention: a referral's content is kept for a set number of days after it was delivered
 * (RETENTION_DAYS, default 30) and then deleted with its job, so a stolen disk or backup holds
 * as little as possible. Undelivered and dead-letter referrals are kept until a person has
 * handled them: deleting them would lose a request for help.
 */
import 'server-only';
import type { DeliveryRepository } from '@/lib/delivery/repository';
import { log as serviceLog, type Log } from '@/lib/log';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes referrals delivered more than `retentionDays` before `now`; returns their references. */
export async function purgeExpiredReferrals(
  repository: DeliveryRepository,
  retentionDays: number,
  now: number = Date.now(),
  log: Log = serviceLog,
): Promise<string[]> {
  const purged = await repository.purgeSentBefore(now - retentionDays * DAY_MS);
  if (purged.length > 0) log.info('retention.purged', { count: purged.length });
  return purged;
}
