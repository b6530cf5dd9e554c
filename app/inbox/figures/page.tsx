import type { Metadata } from 'next';
import { Field } from '@/components/form-kit/field';
import { InboxNav } from '@/components/inbox/inbox-nav';
import { caseOutcomeLabels } from '@/lib/cases/case-state';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { nationLabels } from '@/lib/nations';
import { priorityLabels } from '@/lib/referral/triage';
import { loadFigures } from '@/lib/runtime/case-lifecycle';
import { cellText, SMALL_CELL, SMALL_CELL_TEXT, type CountTable, type PriorityColumn } from '@/lib/retention/figures';
import { signOutAction } from '../sign-in/actions';

export const metadata: Metadata = { title: 'Figures' };

const priorityColumnLabels: Record<PriorityColumn, string> = { ...priorityLabels, urgent: 'Urgent', unknown: 'Unreadable' };

function FigureTable<Column extends string>({ caption, table, labels, rowHeader }: { caption: string; table: CountTable<Column>; labels: Record<Column, string>; rowHeader: string }) {
  return (
    <table className="figure-table">
      <caption className="heading-s">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {labels[column]}
            </th>
          ))}
          <th scope="col">All</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {table.columns.map((column) => (
              <td key={column}>{cellText(row.cells[column])}</td>
            ))}
            <td>{cellText(row.total)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">All weeks</th>
          {table.columns.map((column) => (
            <td key={column}>{cellText(table.totals[column])}</td>
          ))}
          <td>{cellText(table.grandTotal)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The service's own numbers, with no one's data in them: for managers, and as CSV for funders. */
export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { member } = await requireStaff('manager');
  const runtime = await inboxRuntime();
  const { period: chosen } = await searchParams;
  const { figures, period, periods } = await loadFigures(runtime, runtime.now(), typeof chosen === 'string' ? chosen : undefined);
  const { firstContact } = figures;
  return (
    <>
      <InboxNav member={member} signOut={signOutAction} />
      <h1 className="heading-l">Figures</h1>
      <p>
        Every referral the service has received in the period, whether its case is still kept or has been deleted, with how those
        cases ended and how soon they were first contacted. Any number under {SMALL_CELL} reads &ldquo;{SMALL_CELL_TEXT}&rdquo;,
        and a number that would let someone work one out from a total reads &ldquo;not shown&rdquo;. Weeks start on Monday, and
        a week belongs to the period its Monday falls in.
      </p>
      <form method="get" className="inbox-filters" aria-label="Choose the period">
        <Field id="period" label="Period">
          {(aria) => (
            <select id="period" name="period" defaultValue={period.id} {...aria}>
              {periods.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--secondary">
          Show figures
        </button>
      </form>
      <p>
        Period: <strong>{period.label}</strong>.
      </p>
      <p>
        <a href={`/inbox/figures/export?period=${encodeURIComponent(period.id)}`} download>
          Download these figures (CSV)
        </a>
        . Downloads are written to the audit log.
      </p>
      <h2 className="heading-m">Referrals</h2>
      <FigureTable caption="Referrals per week, by priority" table={figures.byPriority} labels={priorityColumnLabels} rowHeader="Week of" />
      {/* The nation is where they live, as the form has always asked it; where it happened (asked from 8 December 2026) is for the law, and not counted here. */}
      <FigureTable caption="Referrals per week, by nation (where they live)" table={figures.byNation} labels={nationLabels} rowHeader="Week of" />
      <h2 className="heading-m">First contact</h2>
      <p className="hint">From arrival to when a caseworker first moved the case on from &ldquo;new&rdquo;.</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Cases contacted</dt>
          <dd>{cellText(firstContact.cases)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Median time</dt>
          <dd>{firstContact.medianHours === null ? `Not shown for ${SMALL_CELL_TEXT} cases` : `${firstContact.medianHours} hours`}</dd>
        </div>
        <div className="summary-list__row">
          <dt>90th percentile</dt>
          <dd>{firstContact.p90Hours === null ? `Not shown for ${SMALL_CELL_TEXT} cases` : `${firstContact.p90Hours} hours`}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Contacted later than the target ({runtime.env.inbox.contactTargetWorkingDays} working days)</dt>
          <dd>{cellText(figures.contactedLate)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Overdue for first contact now</dt>
          <dd>{cellText(figures.overdueNow)}</dd>
        </div>
      </dl>
      <h2 className="heading-m">How cases ended</h2>
      <dl className="summary-list">
        {figures.outcomes.columns.map((outcome) => (
          <div key={outcome} className="summary-list__row">
            <dt>{caseOutcomeLabels[outcome]}</dt>
            <dd>{cellText(figures.outcomes.totals[outcome])}</dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>All ended cases</dt>
          <dd>{cellText(figures.outcomes.grandTotal)}</dd>
        </div>
      </dl>
    </>
  );
}
