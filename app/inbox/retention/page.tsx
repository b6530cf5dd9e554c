import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/components/inbox/format-time';
import { InboxNav } from '@/components/inbox/inbox-nav';
import { numberedPageLinks, Pagination } from '@/components/inbox/pagination';
import { casePath } from '@/lib/cases/case-path';
import { caseOutcomeLabels, caseOutcomes } from '@/lib/cases/case-state';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { DUE_PAGE_SIZE, loadRetentionOverview } from '@/lib/runtime/case-lifecycle';
import type { OverviewCase } from '@/lib/retention/retention-sweep';
import { signOutAction } from '../sign-in/actions';

export const metadata: Metadata = { title: 'Retention and holds' };

type CaseListProps = {
  id: string;
  title: string;
  empty: string;
  dateLabel: string;
  cases: OverviewCase[];
  /** A long list shows a page at a time: how many there are in all, and the links between pages. */
  paged?: { total: number; page: number; pages: number; href: (n: number) => string };
};

function CaseList({ id, title, empty, dateLabel, cases, paged }: CaseListProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="heading-m">
        {title} ({paged?.total ?? cases.length})
      </h2>
      {cases.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="inbox-queue">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">{dateLabel}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.reference}>
                <td>
                  <Link href={casePath(item.reference)}>{item.reference}</Link>
                </td>
                <td>{formatDate(item.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {paged ? <Pagination page={paged.page} pages={paged.pages} {...numberedPageLinks(paged.page, paged.pages, paged.href)} /> : null}
    </section>
  );
}

/** What the daily digest counts, by case, for managers: what will be deleted, held, idle or overdue. */
export default async function RetentionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { member } = await requireStaff('manager');
  const runtime = await inboxRuntime();
  const { policy } = runtime.env.retention;
  const { due } = await searchParams;
  const duePage = typeof due === 'string' && /^[1-9]\d{0,5}$/.test(due) ? Number(due) : 1;
  const overview = await loadRetentionOverview(runtime, runtime.now(), duePage);
  const { total } = overview.dueForDeletion;
  const holds = await runtime.retention.listHolds();
  return (
    <>
      <InboxNav member={member} signOut={signOutAction} />
      <h1 className="heading-l">Retention and holds</h1>
      <p>
        A closed case is deleted a number of days after it was closed, counted from the person&rsquo;s last message or the last
        note if later, leaving only its reference, dates and outcome. Open cases are never deleted for their age, and a case on
        legal hold is never deleted. Managers get the counts on this page by email every day.
      </p>
      <ul>
        {caseOutcomes.map((outcome) => (
          <li key={outcome}>
            {caseOutcomeLabels[outcome]}: {policy.daysByOutcome[outcome]} days
            {outcome === 'withdrawn' ? ' (what they told us was deleted when they withdrew; this keeps only the empty case)' : ''}
          </li>
        ))}
      </ul>
      <CaseList
        id="due"
        title={`To be deleted within ${policy.reminderDays} days`}
        empty="No case is due for deletion soon."
        dateLabel="Deleted on"
        cases={overview.dueForDeletion.cases}
        paged={{ total, page: duePage, pages: Math.max(1, Math.ceil(total / DUE_PAGE_SIZE)), href: (n) => `/inbox/retention?due=${n}#due` }}
      />
      <CaseList id="review" title="Legal holds due for review" empty="No hold is due for review." dateLabel="Review by" cases={overview.holdsDueForReview} />
      <CaseList
        id="idle"
        title={`Open, with no change for ${policy.idleDays} days or more`}
        empty="No open case is idle."
        dateLabel="Last change"
        cases={overview.idle}
      />
      <CaseList id="overdue" title="Not contacted within the target" empty="No new referral is overdue." dateLabel="Arrived" cases={overview.overdueContacts} />
      <section aria-labelledby="holds">
        <h2 id="holds" className="heading-m">
          Every legal hold ({holds.length})
        </h2>
        {holds.length === 0 ? (
          <p>No case is on legal hold.</p>
        ) : (
          <table className="inbox-queue">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Set by</th>
                <th scope="col">Review by</th>
                <th scope="col">Lifting</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((hold) => (
                <tr key={hold.reference}>
                  <td>
                    <Link href={casePath(hold.reference)}>{hold.reference}</Link>
                  </td>
                  <td>{hold.setBy.email}</td>
                  <td>{formatDate(hold.reviewAt)}</td>
                  <td>{hold.liftRequestedBy ? `Asked by ${hold.liftRequestedBy.email}: needs another manager` : 'Not asked'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
