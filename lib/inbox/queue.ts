/**
 * The queue a caseworker opens: stored referrals, most urgent first (the same triage the email's
 * subject carries, stored beside each referral when it was accepted), oldest first within a
 * priority, with status, assignee, nation and whether first contact is overdue; filters, counts
 * and pages. SQL sorts, filters, pages and counts: a view reads only the rows it shows and never
 * a payload, so it costs the same with 300 referrals stored or 50,000.
 */
import 'server-only';
import type { CaseRepository, QueuedCase } from '@/lib/cases/case-repository';
import { caseStatuses, isOverdue, type CaseStatus } from '@/lib/cases/case-state';
import { fillUnknownPriorities } from '@/lib/cases/stored-referral';
import type { Env } from '@/lib/env';

export type QueueItem = Omit<QueuedCase, 'firstContactedAt'> & { overdue: boolean };

/** Rows on one page of the queue. */
export const QUEUE_PAGE_SIZE = 50;

export type QueueFilter = {
  /** `open`: anything not closed (the default view). */
  status: CaseStatus | 'open' | 'all';
  /** `mine`, `unassigned`, `anyone`. */
  assignee: 'mine' | 'unassigned' | 'anyone';
  /** From 1. */
  page: number;
};

export function parseQueueFilter(search: Record<string, string | string[] | undefined>): QueueFilter {
  const status = typeof search.status === 'string' ? search.status : 'open';
  const assignee = typeof search.assignee === 'string' ? search.assignee : 'anyone';
  const page = typeof search.page === 'string' && /^[1-9]\d{0,5}$/.test(search.page) ? Number(search.page) : 1;
  return {
    status: status === 'all' || status === 'open' || (caseStatuses as readonly string[]).includes(status) ? (status as QueueFilter['status']) : 'open',
    assignee: assignee === 'mine' || assignee === 'unassigned' ? assignee : 'anyone',
    page,
  };
}

export type QueueCounts = Record<CaseStatus, number> & { overdue: number; urgent: number };

export type QueueView = {
  items: QueueItem[];
  counts: QueueCounts;
  /** How many referrals match the filter, on every page. */
  matching: number;
  /** The page shown (past the last, the last) and how many there are (at least 1). */
  page: number;
  pages: number;
};

/** One page of the queue under `filter`, with the counts of the whole store. */
export async function loadQueue(
  { cases, dataKey, env, now }: {
    cases: Pick<CaseRepository, 'queuePage' | 'queueTotals' | 'unprioritised' | 'setPriority'>;
    dataKey: Buffer;
    env: Pick<Env, 'inbox'>;
    now: () => number;
  },
  filter: QueueFilter,
  myId: number,
): Promise<QueueView> {
  // Normally nothing to do (the server fills these at start); a referral stored by an older
  // version meanwhile is triaged here once, so the order is never wrong.
  await fillUnknownPriorities(cases, dataKey);
  const query = { status: filter.status, assigneeId: filter.assignee === 'anyone' ? 'anyone' : filter.assignee === 'mine' ? myId : null } as const;
  const read = (page: number) => cases.queuePage({ ...query, limit: QUEUE_PAGE_SIZE, offset: (page - 1) * QUEUE_PAGE_SIZE });
  let page = filter.page;
  let { rows, total } = await read(page);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  if (page > pages) {
    page = pages;
    ({ rows, total } = await read(page));
  }
  const at = now();
  const workingDays = env.inbox.contactTargetWorkingDays;
  const totals = await cases.queueTotals({ now: at, contactTargetWorkingDays: workingDays });
  return {
    items: rows.map(({ firstContactedAt, ...row }) => ({ ...row, overdue: isOverdue({ ...row, firstContactedAt }, at, workingDays) })),
    counts: { ...totals.byStatus, overdue: totals.overdue, urgent: totals.urgentOpen },
    matching: total,
    page,
    pages,
  };
}
