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
import type { AuditFilter } from '@/lib/staff/repository';
import { signOutAction } from '../sign-in/actions';

export const metadata: Metadata = { title: 'Audit log' };

const SHOWN = 200;

type Search = Record<string, string | string[] | undefined>;

/** The filters from the address: an actor's email, an action code, a reference; never content. */
function parseAuditFilter(search: Search): AuditFilter & { page: number } {
  const text = (value: string | string[] | undefined) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined);
  const action = text(search.action);
  return {
    actor: text(search.actor)?.toLowerCase(),
    action: action && (auditActions as readonly string[]).includes(action) ? (action as AuditAction) : undefined,
    reference: text(search.reference)?.toUpperCase(),
    page: typeof search.page === 'string' && /^[1-9]\d{0,5}$/.test(search.page) ? Number(search.page) : 1,
  };
}

function pageHref({ actor, action, reference }: AuditFilter, page: number): string {
  const params = Object.entries({ actor, action, reference }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return `/inbox/audit?${new URLSearchParams([...params, ['page', String(page)]])}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { member } = await requireStaff('manager');
  const { staff, now } = await inboxRuntime();
  const { page, ...filter } = parseAuditFilter(await searchParams);
  const verdict = await verifyAuditSinceCheckpoint(staff, now());
  const { rows, hasMore } = await staff.auditPage({ ...filter, limit: SHOWN, offset: (page - 1) * SHOWN });
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
      <Pagination page={page} hasNext={hasMore} href={(n) => pageHref(filter, n)} />
    </>
  );
}
