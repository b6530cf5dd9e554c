import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDateTime } from '@/components/inbox/format-time';
import { InboxNav } from '@/components/inbox/inbox-nav';
import { casePath } from '@/lib/cases/case-path';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { verifyAuditChain } from '@/lib/staff/audit-chain';
import { signOutAction } from '../sign-in/actions';

export const metadata: Metadata = { title: 'Audit log' };

const SHOWN = 200;

export default async function AuditPage() {
  const { member } = await requireStaff('manager');
  const { staff } = await inboxRuntime();
  const verdict = verifyAuditChain(await staff.allAudit());
  const rows = await staff.recentAudit({ limit: SHOWN });
  return (
    <>
      <InboxNav member={member} signOut={signOutAction} />
      <h1 className="heading-l">Audit log</h1>
      <p>
        Who did what to which case, and when: never what a case says, and never an address. Newest first; the last {SHOWN}{' '}
        rows.
      </p>
      <p className={verdict.ok ? 'inset' : 'warning-text'}>
        {verdict.ok
          ? `The log verifies: ${verdict.count} rows, each linked to the one before.`
          : `The log does not verify: row ${verdict.brokenAt} fails because ${verdict.reason}. Tell your service's security contact.`}
      </p>
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
    </>
  );
}
