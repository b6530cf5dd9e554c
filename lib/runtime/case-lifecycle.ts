/**
 * The scheduled side of a case's life, run hourly by the server (beside the outbox worker) and on
 * demand by the operator (`npm run outbox -- purge`, `digest`): apply retention, and queue the
 * day's managers' digest once its hour has come, as a job in the outbox's one queue.
 */
import 'server-only';
import type { Env } from '@/lib/env';
import { createOutbox, type JobComposer } from '@/lib/delivery/outbox';
import type { ClaimedDigest, DeliveryRepository } from '@/lib/delivery/repository';
import type { MailTransport } from '@/lib/delivery/smtp-transport';
import type { Log } from '@/lib/log';
import { DAY_MS } from '@/lib/cases/case-state';
import { fillUnknownPriorities } from '@/lib/cases/stored-referral';
import type { CaseRepository } from '@/lib/cases/case-repository';
import { composeDigest, digestDayDue, digestJobComposer } from '@/lib/retention/digest';
import { computeFigures, figurePeriods, type FigurePeriod, type ServiceFigures } from '@/lib/retention/figures';
import type { RetentionRepository } from '@/lib/retention/repository';
import { applyRetention, retentionOverview, SCHEDULE_ACTOR, type RetentionOverview } from '@/lib/retention/retention-sweep';
import type { StaffRepository } from '@/lib/staff/repository';
import type { Storage } from '@/lib/runtime/open-storage';

export type CaseLifecycleDeps = {
  env: Pick<Env, 'retention' | 'inbox' | 'publicBaseUrl'> & { delivery: Pick<Env['delivery'], 'mailFrom' | 'outbox'> };
  retention: RetentionRepository;
  /** The outbox's queue, where the digest is a job. */
  delivery: DeliveryRepository;
  staff: Pick<StaffRepository, 'appendAudit' | 'list'>;
  dataKey: Buffer;
  /** The demo mailbox, when this process runs the embedded SMTP server. */
  mailboxDir?: string;
  log?: Log;
};

/** The lifecycle's dependencies, on the storage the process opened. */
export function caseLifecycleDeps(env: Env, { store, dataKey }: Storage, mailboxDir?: string): CaseLifecycleDeps & { staff: StaffRepository } {
  return { env, retention: store.retention, delivery: store.delivery, staff: store.staff, dataKey, ...(mailboxDir ? { mailboxDir } : {}) };
}

/** Cases to be deleted soon, shown a page at a time. */
export const DUE_PAGE_SIZE = 50;

/** What managers must look at now (the inbox's retention page, and the digest's counts); `duePage` from 1. */
export async function loadRetentionOverview(
  deps: Pick<CaseLifecycleDeps, 'env' | 'retention'>,
  now: number,
  duePage = 1,
): Promise<RetentionOverview> {
  const { policy } = deps.env.retention;
  const [openCases, holds, due] = await Promise.all([
    deps.retention.openAndHeldCases(),
    deps.retention.listHolds(),
    deps.retention.dueForDeletion(policy, now + policy.reminderDays * DAY_MS, { limit: DUE_PAGE_SIZE, offset: (duePage - 1) * DUE_PAGE_SIZE }),
  ]);
  return retentionOverview({ openCases, holds, due }, policy, deps.env.inbox.contactTargetWorkingDays, now);
}

/**
 * The service's figures for a period (`periodId`, one of `figurePeriods`; by default the first,
 * the last 52 weeks), from tombstones and the cases still stored alike: counted by the store's
 * tally, with the priority stored at acceptance (any stored before that is triaged first, once).
 */
export async function loadFigures(
  deps: Pick<CaseLifecycleDeps, 'env' | 'retention' | 'dataKey'> & { cases: Pick<CaseRepository, 'unprioritised' | 'setPriority'> },
  now: number,
  periodId?: string,
): Promise<{ figures: ServiceFigures; period: FigurePeriod; periods: FigurePeriod[] }> {
  await fillUnknownPriorities(deps.cases, deps.dataKey);
  const firstWeek = await deps.retention.firstFigureWeek();
  const periods = figurePeriods(firstWeek, now);
  const period = periods.find((each) => each.id === periodId) ?? periods[0]!;
  const counts = await deps.retention.figureCounts({ now, contactTargetWorkingDays: deps.env.inbox.contactTargetWorkingDays }, period);
  return { figures: computeFigures(counts, { now, period, firstWeek }), period, periods };
}

/** Deletes what is due now; `actor` is who the audit log says did it. */
export function purgeDueCases(deps: CaseLifecycleDeps, now: number, actor: string = SCHEDULE_ACTOR): Promise<string[]> {
  return applyRetention({ ...deps, policy: deps.env.retention.policy }, now, actor);
}

/** The outbox's composer for the managers' digest: counts from the cases stored at send time. */
export function managerDigestComposer(deps: CaseLifecycleDeps): JobComposer<ClaimedDigest> {
  const { env } = deps;
  return digestJobComposer({
    staff: deps.staff,
    mailFrom: env.delivery.mailFrom,
    log: deps.log,
    compose: async (day, at) =>
      composeDigest(day, await loadRetentionOverview(deps, at), {
        policy: env.retention.policy,
        contactTargetWorkingDays: env.inbox.contactTargetWorkingDays,
        inboxUrl: new URL('/inbox/retention', env.publicBaseUrl).toString(),
      }),
  });
}

/** Queues the day's digest once its hour has come (today's at once when `force`); false when none was queued. */
export async function queueManagerDigest(deps: Pick<CaseLifecycleDeps, 'env' | 'delivery'>, now: number, force = false): Promise<boolean> {
  const day = force ? new Date(now).toISOString().slice(0, 10) : digestDayDue(now, deps.env.retention.digestHourUtc);
  return day ? deps.delivery.queueDigest(day, now) : false;
}

/**
 * Queues the day's digest once its hour has come, and sends whatever digest is due now, through
 * the outbox's worker (the operator's `digest`); returns how many were sent.
 */
export async function sendManagerDigest(deps: CaseLifecycleDeps, transport: MailTransport, now: number, force = false): Promise<number> {
  await queueManagerDigest(deps, now, force);
  const outbox = createOutbox({
    repository: deps.delivery,
    transport,
    composers: { digest: managerDigestComposer(deps) },
    policy: deps.env.delivery.outbox,
    clock: { now: () => now },
    log: deps.log,
  });
  let sent = 0;
  for (let outcome = await outbox.processOne(); outcome !== 'idle'; outcome = await outbox.processOne()) {
    if (outcome === 'sent') sent += 1;
  }
  return sent;
}
