import type { Metadata } from 'next';
import Link from 'next/link';
import { Field } from '@/components/form-kit/field';
import { formatDateTime } from '@/components/inbox/format-time';
import { InboxNav } from '@/components/inbox/inbox-nav';
import { numberedPageLinks, Pagination } from '@/components/inbox/pagination';
import { casePath } from '@/lib/cases/case-path';
import { caseStatuses, caseStatusLabels } from '@/lib/cases/case-state';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { loadQueue, parseQueueFilter, QUEUE_PAGE_SIZE, type QueueFilter } from '@/lib/inbox/queue';
import { nationLabels } from '@/lib/nations';
import { priorityLabels } from '@/lib/referral/triage';
import { signOutAction } from './sign-in/actions';

export const metadata: Metadata = { title: 'Queue' };

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { member } = await requireStaff();
  const filter = parseQueueFilter(await searchParams);
  const { items: shown, counts, matching, page, pages } = await loadQueue(await inboxRuntime(), filter, member.id);
  const open = caseStatuses.reduce((sum, status) => (status === 'closed' ? sum : sum + counts[status]), 0);
  return (
    <>
      <InboxNav member={member} signOut={signOutAction} />
      <h1 className="heading-l">Referrals</h1>
      <p className="lead">
        {counts.urgent} urgent open, {counts.overdue} overdue for first contact, {open} open in all.
      </p>
      <form method="get" className="inbox-filters" aria-label="Filter referrals">
        <Field id="status" label="Status">
          {(aria) => (
            <select id="status" name="status" defaultValue={filter.status} {...aria}>
              <option value="open">Open (not closed)</option>
              {caseStatuses.map((status) => (
                <option key={status} value={status}>
                  {caseStatusLabels[status]} ({counts[status]})
                </option>
              ))}
              <option value="all">All</option>
            </select>
          )}
        </Field>
        <Field id="assignee" label="Assigned to">
          {(aria) => (
            <select id="assignee" name="assignee" defaultValue={filter.assignee} {...aria}>
              <option value="anyone">Anyone</option>
              <option value="mine">Me</option>
              <option value="unassigned">Nobody yet</option>
            </select>
          )}
        </Field>
        <button type="submit" className="button button--secondary">
          Show referrals
        </button>
      </form>
      {matching > shown.length ? (
        <p>
          Showing {(page - 1) * QUEUE_PAGE_SIZE + 1} to {(page - 1) * QUEUE_PAGE_SIZE + shown.length} of {matching} referrals.
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p>No referrals match.</p>
      ) : (
        <table className="inbox-queue">
          <caption className="visually-hidden">Referrals, most urgent first, then oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Reference</th>
              <th scope="col">Received</th>
              <th scope="col">Nation</th>
              <th scope="col">Status</th>
              <th scope="col">Assigned to</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.reference}>
                <td>
                  <strong className={`tag tag--${item.priority ?? 'unreadable'}`}>
                    {item.priority ? priorityLabels[item.priority] : 'Cannot be read'}
                  </strong>
                </td>
                <td>
                  <Link href={casePath(item.reference)}>{item.reference}</Link>
                </td>
                <td>{formatDateTime(item.receivedAt)}</td>
                <td>{nationLabels[item.nation]}</td>
                <td>
                  {caseStatusLabels[item.status]}
                  {item.overdue ? <strong className="tag tag--overdue"> Overdue</strong> : null}
                </td>
                <td>{item.assignee?.email ?? 'Nobody yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={pages} {...numberedPageLinks(page, pages, (n) => pageHref(filter, n))} />
    </>
  );
}

/** The queue's address with its filters and page: codes only, never personal data. */
function pageHref(filter: QueueFilter, page: number): string {
  return `/inbox?${new URLSearchParams({ status: filter.status, assignee: filter.assignee, page: String(page) })}`;
}
