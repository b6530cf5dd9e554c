import Link from 'next/link';
import type { MailboxSummary } from '@/lib/mailbox/mailbox';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/London',
});

/** The mailbox's messages, newest first, each linking to its full view. */
export function MailboxList({ messages }: { messages: MailboxSummary[] }) {
  if (messages.length === 0) {
    return <p>No emails have arrived yet. Send a referral and it will appear here.</p>;
  }
  return (
    <table className="mailbox-table">
      <caption className="visually-hidden">Emails received, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Subject</th>
          <th scope="col">To</th>
          <th scope="col">Received</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id}>
            <td>
              <Link href={`/mailbox/${message.id}`}>{message.subject}</Link>
              {message.encrypted ? ' (PGP encrypted)' : null}
            </td>
            <td>{message.to}</td>
            <td>{dateFormat.format(message.receivedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
