/**
 * Turns a composed referral email into the message that is sent: the envelope and headers come
 * only from configuration (From, the routed recipient), never from the referral, and the
 * subject, though written by our own composer, is stripped of control characters so no header
 * can be injected even if a formatter one day puts an answer in it.
 */
import 'server-only';
import type { ComposedEmail } from '@/lib/referral/email';
import type { Nation } from '@/lib/delivery/repository';

export type Routing = {
  mailFrom: string;
  recipient: string;
  routes: Partial<Record<Nation, string>>;
};

/** The configured address for a nation: its own route if set, otherwise the main recipient. */
export function recipientFor(nation: Nation, routing: Routing): string {
  return routing.routes[nation] ?? routing.recipient;
}

/** Removes CR, LF and every other control character, collapsing them to one space. */
export function stripControlCharacters(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** A stable Message-ID per referral, so a receiving system can drop a resend after a crash. */
export function messageIdFor(reference: string, mailFrom: string): string {
  const domain = mailFrom.split('@')[1] ?? 'localhost';
  return `<referral-${reference.toLowerCase()}@${domain}>`;
}

/** The nodemailer message for a composed referral email. */
export type OutgoingMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  attachments: { filename: string; content: string; contentType: string }[];
  envelope: { from: string; to: string[] };
  disableFileAccess: true;
  disableUrlAccess: true;
};

/** Builds the outgoing message; nothing from the referral reaches an address header. */
export function buildOutgoingMessage(
  composed: ComposedEmail,
  reference: string,
  nation: Nation,
  routing: Routing,
): OutgoingMessage {
  const to = recipientFor(nation, routing);
  return {
    from: routing.mailFrom,
    to,
    subject: stripControlCharacters(composed.subject).slice(0, 200),
    text: composed.text,
    html: composed.html,
    messageId: messageIdFor(reference, routing.mailFrom),
    attachments: composed.attachments.map((attachment) => ({
      filename: stripControlCharacters(attachment.filename).replace(/[/\\"]/g, '_').slice(0, 100),
      content: attachment.content,
      contentType: stripControlCharacters(attachment.contentType),
    })),
    // An explicit envelope: the SMTP recipients are exactly the configured one.
    envelope: { from: routing.mailFrom, to: [to] },
    // The composer could never name a file or URL to attach, but make sure nodemailer would not fetch one.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
