/**
 * The queue a caseworker opens: every stored referral, most urgent first (the same triage the
 * email's subject carries), oldest first within a priority, with its status, assignee, nation
 * and whether first contact is overdue; filters and counts. Payloads are decrypted in memory
 * only to compute the priority; nothing of them leaves this module.
 */
import 'server-only';
import type { CaseRecord, CaseRepository } from '@/lib/cases/case-repository';
import { caseStatuses, isOverdue, type CaseStatus } from '@/lib/cases/case-state';
import { storedPriority } from '@/lib/cases/stored-referral';
import type { Env } from '@/lib/env';
import type { Priority } from '@/lib/referral/triage';

export type QueueItem = Pick<CaseRecord, 'reference' | 'nation' | 'receivedAt' | 'status' | 'outcome' | 'assignee'> & {
  /** null: the referral could not be decrypted (wrong data key?); shown first, for a person to look. */
  priority: Priority | null;
  overdue: boolean;
};

const priorityRank: Record<Priority, number> = { urgent: 0, high: 1, standard: 2 };

/** Most urgent first, then oldest first; unreadable ones before everything. */
export function queueOrder(a: QueueItem, b: QueueItem): number {
  const rank = (item: QueueItem) => (item.priority === null ? -1 : priorityRank[item.priority]);
  return rank(a) - rank(b) || a.receivedAt - b.receivedAt || a.reference.localeCompare(b.reference);
}

export type QueueFilter = {
  /** `open`: anything not closed (the default view). */
  status: CaseStatus | 'open' | 'all';
  /** `mine`, `unassigned`, `anyone`. */
  assignee: 'mine' | 'unassigned' | 'anyone';
};

export function parseQueueFilter(search: Record<string, string | string[] | undefined>): QueueFilter {
  const status = typeof search.status === 'string' ? search.status : 'open';
  const assignee = typeof search.assignee === 'string' ? search.assignee : 'anyone';
  return {
    status: status === 'all' || status === 'open' || (caseStatuses as readonly string[]).includes(status) ? (status as QueueFilter['status']) : 'open',
    assignee: assignee === 'mine' || assignee === 'unassigned' ? assignee : 'anyone',
  };
}

export function filterQueue(items: QueueItem[], filter: QueueFilter, myId: number): QueueItem[] {
  return items.filter(
    (item) =>
      (filter.status === 'all' || (filter.status === 'open' ? item.status !== 'closed' : item.status === filter.status)) &&
      (filter.assignee === 'anyone' ||
        (filter.assignee === 'mine' ? item.assignee?.id === myId : item.assignee === null)),
  );
}

export type QueueCounts = Record<CaseStatus, number> & { overdue: number; urgent: number };

export function countQueue(items: QueueItem[]): QueueCounts {
  const counts = Object.fromEntries(caseStatuses.map((status) => [status, 0])) as Record<CaseStatus, number>;
  for (const item of items) counts[item.status] += 1;
  return {
    ...counts,
    overdue: items.filter((item) => item.overdue).length,
    urgent: items.filter((item) => item.priority === 'urgent' && item.status !== 'closed').length,
  };
}

/** Every referral in the store, in queue order. */
export async function loadQueue({ cases, dataKey, env, now }: {
  cases: Pick<CaseRepository, 'listCases'>;
  dataKey: Buffer;
  env: Pick<Env, 'inbox'>;
  now: () => number;
}): Promise<QueueItem[]> {
  const records = await cases.listCases();
  const at = now();
  return records
    .map((record): QueueItem => {
      // A withdrawn referral is a tombstone with nothing to triage: closed, and last in its place.
      const priority = record.withdrawnAt !== null ? 'standard' : storedPriority(dataKey, record);
      return {
        reference: record.reference,
        nation: record.nation,
        receivedAt: record.receivedAt,
        status: record.status,
        outcome: record.outcome,
        assignee: record.assignee,
        priority,
        overdue: isOverdue(record, at, env.inbox.contactTargetWorkingDays),
      };
    })
    .sort(queueOrder);
}
