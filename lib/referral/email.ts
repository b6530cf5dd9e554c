/**
 * The referral email as delivery sends it: the human email (v1) and the machine-readable
 * attachment (referral.v1), composed from the stored referral at send time. This is the one
 * function the outbox calls; changing the email means changing its formatters, not delivery.
 *
 * Pure: no Node, database or environment imports.
 */
import type { Answers } from './definition';
import { humanV1 } from './output/human-v1';
import { toReferralV1 } from './output/machine-v1';
import { readAnswers } from './wizard';

export type ComposedEmail = {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string; contentType: string }[];
};

/** Composes the email for a stored referral (the validated answers, as JSON). */
export function composeReferralEmail(payload: Record<string, unknown>, reference: string): ComposedEmail {
  // Read back through the form's own schema: a stored referral is shaped as the form made it.
  const answers: Answers = readAnswers(payload);
  const { subject, text, html } = humanV1(answers, reference);
  return {
    subject,
    text,
    html,
    attachments: [
      {
        filename: `referral-${reference}.json`,
        content: `${JSON.stringify(toReferralV1(answers, reference), null, 2)}\n`,
        contentType: 'application/json',
      },
    ],
  };
}
