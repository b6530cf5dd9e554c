import type { Metadata } from 'next';
import Link from 'next/link';
import { Field } from '@/components/form-kit/field';
import { formatDateTime } from '@/components/inbox/format-time';
import { InboxNav } from '@/components/inbox/inbox-nav';
import { Pagination } from '@/components/inbox/pagination';
import { casePath } from '@/lib/cases/case-path';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { auditActions, type AuditAction } from '@/lib/staff/audit-chain';
import { verifyAuditSinceCheckpoint } from '@/lib/staff/audit-check';
import type { AuditCursor, AuditFilter } from '@/lib/staff/repository';
import { signOutAction } from '../sign-in/actions';

export const metadata: Metadata = { title: 'Audit log' };

const SHOWN = 200;

type Search = Record<string, string | string[] | undefined>;

/** A row id from the address, for a cursor. */
const rowId = (value: string | string[] | undefined) => (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined);

/** The filters from the address: an actor's email, an action code, a reference; never content. And where the page starts. */
function parseAuditFilter(search: Search): AuditFilter & AuditCursor & { page: number } {
  const text = (value: string | string[] | undefined) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined);
  const action = text(search.action);
  const after = rowId(search.after);
  return {
    actor: text(search.actor)?.toLowerCase(),
    action: action && (auditActions as readonly string[]).includes(action) ? (action as AuditAction) : undefined,
    reference: text(search.reference)?.toUpperCase(),
    ...(after === undefined ? { before: rowId(search.before) } : { after }),
    // Only the page's label: where the page starts is its cursor.
    page: typeof search.page === 'string' && /^[1-9]\d{0,5}$/.test(search.page) ? Number(search.page) : 1,
  };
}

/** The address of a page of the log with the same filters, starting at `cursor`. */
function pageHref({ actor, action, reference }: AuditFilter, cursor: ['before' | 'after', number], page: number): string {
  const params = Object.entries({ actor, action, reference }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return `/inbox/audit?${new URLSearchParams([...params, [cursor[0], String(cursor[1])], ['page', String(page)]])}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { member } = await requireStaff('manager');
  const { staff, now } = await inboxRuntime();
  const { page, before, after, ...filter } = parseAuditFilter(await searchParams);
  const verdict = await verifyAuditSinceCheckpoint(staff, now());
  const { rows, older, newer } = await staff.auditPage({ ...filter, before, after, limit: SHOWN });
  return (
    <>
      <InboxNav member={member} signOut={signOutAction} />
      <h1 className="heading-l">Audit log</h1>
      <p>
        Who did what to which case, and when: never what a case says, and never an address. Newest first, {SHOWN} rows a
        page.
      </p>
      <p className={verdict.ok ? 'inset' : 'warning-text'}>
        {verdict.ok
          ? `The log verifies: ${verdict.count} rows, each linked to the one before.`
          : `The log does not verify: row ${verdict.brokenAt} fails because ${verdict.reason}. Tell your service's security contact.`}
      </p>
      <p>
        Each view checks the rows written since the last check. To check every row again from the first, run{' '}
        <code>npm run staff -- audit-verify</code>.
      </p>
      <form method="get" className="inbox-filters" aria-label="Filter the audit log">
        <Field id="actor" label="Who (email)">
          {(aria) => <input id="actor" name="actor" type="text" defaultValue={filter.actor ?? ''} autoComplete="off" spellCheck={false} {...aria} />}
        </Field>
        <Field id="action" label="What">
          {(aria) => (
            <select id="action" name="action" defaultValue={filter.action ?? ''} {...aria}>
              <option value="">Anything</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="reference" label="Case reference">
          {(aria) => <input id="reference" name="reference" type="text" defaultValue={filter.reference ?? ''} autoComplete="off" spellCheck={false} {...aria} />}
        </Field>
        <button type="submit" className="button button--secondary">
          Show rows
        </button>
      </form>
      {rows.length === 0 ? (
        <p>No rows match.</p>
      ) : (
        <table className="inbox-queue">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Case</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.at)}</td>
                <td>{row.actor}</td>
                <td>{row.action}</td>
                <td>{row.reference ? <Link href={casePath(row.reference)}>{row.reference}</Link> : ''}</td>
                <td>{row.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={page}
        previous={newer && rows[0] ? pageHref(filter, ['after', rows[0].id], Math.max(1, page - 1)) : undefined}
        next={older && rows.at(-1) ? pageHref(filter, ['before', rows.at(-1)!.id], page + 1) : undefined}
      />
    </>
  );
}
