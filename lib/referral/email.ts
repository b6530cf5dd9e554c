/**
 * The referral email as delivery sends it, composed from the stored referral at send time:
 * - in full, the human email (v1) and the machine-readable attachment (referral.v1);
 * - or, for services that must not receive referrals by email, the content-free notice (v1).
 * These are the functions the outbox and `npm run outbox -- show` call; changing the email means
 * changing its formatters, not delivery.
 *
 * Pure: no Node, database or environment imports.
 */
import type { Answers } from './definition';
import { humanV1 } from './output/human-v1';
import { toReferralV1 } from './output/machine-v1';
import { noticeV1, type NoticeFacts } from './output/notice-v1';
import { triage } from './triage';
import { readAnswers } from './wizard';

export type ComposedEmail = {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string; contentType: string }[];
};

/** What delivery knows of a referral besides its answers. */
export type DeliveryFacts = {
  /** When the referral was accepted (ms since the epoch). */
  receivedAt: number;
  /** When this email is being sent. */
  sentAt: number;
};

// Read back through the form's own schema: a stored referral is shaped as the form made it.
const storedAnswers = (payload: Record<string, unknown>): Answers => readAnswers(payload);

const referralJson = (answers: Answers, reference: string) => `${JSON.stringify(toReferralV1(answers, reference), null, 2)}\n`;

/** The full email's plain text without its attachment line, for `show` on the operator's screen. */
export function composeReferralText(payload: Record<string, unknown>, reference: string): string {
  return humanV1(storedAnswers(payload), reference).text;
}

/** The referral as a referral.v1 JSON document: the full email's attachment and `show --json`. */
export function composeReferralJson(payload: Record<string, unknown>, reference: string): string {
  return referralJson(storedAnswers(payload), reference);
}

/** Composes the full email for a stored referral (the validated answers, as JSON). */
export function composeReferralEmail(payload: Record<string, unknown>, reference: string): ComposedEmail {
  const answers = storedAnswers(payload);
  const attachment = `referral-${reference}.json`;
  const { subject, text, html } = humanV1(answers, reference, { attachment });
  return {
    subject,
    text,
    html,
    attachments: [
      {
        filename: attachment,
        content: referralJson(answers, reference),
        contentType: 'application/json',
      },
    ],
  };
}

/**
 * Composes the content-free notice for a stored referral. The answers are read only to derive
 * the priority; nothing of them is put in the email, and there is no attachment.
 */
export function composeReferralNotice(
  payload: Record<string, unknown>,
  reference: string,
  facts: DeliveryFacts & Pick<NoticeFacts, 'keptAfterClosingDays' | 'readCommand' | 'jsonOption'>,
): ComposedEmail {
  const { priority } = triage(storedAnswers(payload));
  return { ...noticeV1({ ...facts, reference, priority }), attachments: [] };
}
