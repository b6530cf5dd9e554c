import { withoutRemoteContent } from '@/lib/mailbox/without-remote-content';
import Link from 'next/link';
import type { MailboxMessage } from '@/lib/mailbox/mailbox';

/**
 * Shown inside the HTML part's frame, before the email's own markup: no scripts (the frame's
 * empty sandbox already forbids them), and nothing fetched from anywhere, so an email cannot
 * make the browser call another site (a tracking pixel, a remote stylesheet).
 */
const FRAME_POLICY =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** One email as a support worker sees it: headers, the text, the HTML part (sandboxed), attachments. */
export function MailboxMessageView({ message }: { message: MailboxMessage }) {
  return (
    <>
      <dl className="summary-list">
        {[
          ['From', message.from],
          ['To', message.to],
          ['Subject', message.subject],
          ['Received', message.receivedAt.toISOString()],
        ].map(([name, value]) => (
          <div className="summary-list__row" key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <details className="mailbox-headers">
        <summary>All headers</summary>
        <pre className="mailbox-pre">
          {message.headers.map((header) => `${header.name}: ${header.value}`).join('\n')}
        </pre>
      </details>

      {message.encrypted ? (
        <div className="inset">
          <p>
            This email is encrypted with OpenPGP (PGP/MIME). Only the support service&apos;s private
            key can open it: download <code>encrypted.asc</code> below and decrypt it, for example
            with <code>gpg --decrypt encrypted.asc</code>.
          </p>
        </div>
      ) : null}

      {message.text ? (
        <>
          <h2>Plain text version</h2>
          <pre className="mailbox-pre">{message.text}</pre>
        </>
      ) : null}

      {message.html ? (
        <>
          <h2>HTML version</h2>
          <iframe
            className="mailbox-html"
            title="HTML version of the email"
            sandbox=""
            srcDoc={`${FRAME_POLICY}${withoutRemoteContent(message.html)}`}
          />
        </>
      ) : null}

      <h2>Attachments</h2>
      {message.attachments.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {message.attachments.map((attachment, index) => (
            <li key={index}>
              <a href={`/mailbox/${message.id}/attachments/${index}`} download={attachment.filename}>
                Download {attachment.filename}
              </a>{' '}
              ({attachment.contentType}, {formatSize(attachment.size)})
            </li>
          ))}
        </ul>
      )}

      <p>
        <Link href="/mailbox">Back to the mailbox</Link>
      </p>
    </>
  );
}
