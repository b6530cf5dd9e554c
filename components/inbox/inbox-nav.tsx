/**
 * The inbox's own navigation, on every signed-in page: who is signed in, the queue, for
 * managers the retention and holds page, the service's figures and the audit log, and sign-out
 * (a POST, so a link elsewhere cannot sign anyone out).
 */
import Link from 'next/link';
import type { StaffMember } from '@/lib/staff/repository';

type Props = { member: StaffMember; signOut: () => Promise<void> };

export function InboxNav({ member, signOut }: Props) {
  return (
    <nav aria-label="Inbox" className="inbox-nav">
      <p>
        Signed in as <strong>{member.email}</strong> ({member.role})
      </p>
      <ul>
        <li>
          <Link href="/inbox">Queue</Link>
        </li>
        {member.role === 'manager' ? (
          <>
            <li>
              <Link href="/inbox/retention">Retention and holds</Link>
            </li>
            <li>
              <Link href="/inbox/figures">Figures</Link>
            </li>
            <li>
              <Link href="/inbox/audit">Audit log</Link>
            </li>
          </>
        ) : null}
        <li>
          <form action={signOut}>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
