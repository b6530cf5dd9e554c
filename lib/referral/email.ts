/**
 * TEMPORARY stand-in for the referral email formatter, so the delivery branch builds and its
 * tests have something to send. The real formatter (triage summary, every answer in sections,
 * the versioned JSON attachment with its schema) belongs to the referral-form work and replaces
 * this file on merge; only the exported signature below is the contract.
 */

export type ComposedEmail = {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string; contentType: string }[];
};

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Composes the email a support worker receives for one referral. */
export function composeReferralEmail(payload: Record<string, unknown>, reference: string): ComposedEmail {
  const json = JSON.stringify(payload, null, 2);
  return {
    subject: `Referral ${reference}`,
    text: `Referral ${reference}\n\n${json}\n`,
    html: `<!doctype html><html lang="en-GB"><body><h1>Referral ${escapeHtml(reference)}</h1><pre>${escapeHtml(json)}</pre></body></html>`,
    attachments: [
      {
        filename: `referral-${reference}.json`,
        content: JSON.stringify({ format: 'referral.v0-placeholder', reference, payload }, null, 2),
        contentType: 'application/json',
      },
    ],
  };
}
