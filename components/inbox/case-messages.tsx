/**
 * The case page's conversation with the person: their support worker's messages and their
 * replies, oldest first, and the composer. A message is only offered when the person chose a
 * PIN, because otherwise nobody could ever read it; the page says so instead of hiding it.
 */
import { Field } from '@/components/form-kit/field';
import type { CaseMessage } from '@/lib/check-back/messages';
import { MESSAGE_MAX_LENGTH } from '@/lib/cases/case-state';
import { formatDateTime } from './format-time';

type Props = {
  reference: string;
  messages: CaseMessage[];
  canMessage: boolean;
  /** The error, if the last message was refused. */
  error: string | undefined;
  send: (formData: FormData) => Promise<void>;
};

export function CaseMessages({ reference, messages, canMessage, error, send }: Props) {
  return (
    <section aria-labelledby="messages">
      <h2 id="messages" className="heading-m">
        Messages with the person
      </h2>
      {!canMessage ? (
        <p>
          They did not choose a PIN when they sent the referral, so they cannot read messages here. Contact them only in the
          way their safe-contact answers allow.
        </p>
      ) : null}
      {messages.length === 0 ? (canMessage ? <p>No messages yet.</p> : null) : null}
      <ol className="case-notes">
        {messages.map((message) => (
          <li key={message.id}>
            <p className="hint">
              {message.author === 'person' ? 'From the person' : `From ${message.staffEmail ?? 'a support worker'}`},{' '}
              {formatDateTime(message.createdAt)}
              {message.author === 'support-worker' ? (message.readAt ? `. Read ${formatDateTime(message.readAt)}` : '. Not read yet') : ''}
            </p>
            <p className="case-notes__text">{message.text}</p>
          </li>
        ))}
      </ol>
      {canMessage ? (
        <form action={send} className="case-form">
          <input type="hidden" name="reference" value={reference} />
          <Field
            id="message"
            label="Message to the person"
            hint={`They read it only when they check back with their reference and PIN: nothing is sent to their phone or email. Kept encrypted. Up to ${MESSAGE_MAX_LENGTH.toLocaleString('en-GB')} characters.`}
            error={error}
          >
            {(aria) => <textarea id="message" name="message" rows={4} maxLength={MESSAGE_MAX_LENGTH} {...aria} />}
          </Field>
          <button type="submit" className="button button--secondary">
            Send message
          </button>
        </form>
      ) : null}
    </section>
  );
}
