/**
 * The benchmark's submission path: referrals posted exactly as a browser without JavaScript
 * posts the form's last step, to the same server action (multipart form data to /report with
 * React's action fields, every answer as a hidden input, `_step=check`, `intent=send` and a
 * fresh form token each time, so every request is a new referral rather than a repeat).
 */
import { randomUUID } from 'node:crypto';
import { completeAnswers } from '@/lib/referral/test-answers';
import { controlNames, hiddenAnswerInputs, intentValue } from '@/lib/referral/wizard';

/** The hidden React action fields of the form at /report, read from the page as served. */
export async function readActionFields(baseUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}/report`)).text();
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)) {
    fields.push([decodeEntities(match[1]!), decodeEntities(match[2] ?? '')]);
  }
  if (!fields.some(([name]) => name.startsWith('$ACTION_'))) throw new Error('No server action fields found on /report');
  return fields;
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, entity: string) =>
    ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[entity]!,
  );
}

/** Builds multipart bodies for one valid referral each, differing only in the form token. */
export function submissionBodies(actionFields: [string, string][]) {
  const boundary = `----bench${randomUUID().replace(/-/g, '')}`;
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const fixed =
    actionFields.map(([name, value]) => part(name, value)).join('') +
    hiddenAnswerInputs(completeAnswers(), [])
      .map(({ name, value }) => part(name, value))
      .join('') +
    part(controlNames.step, 'check') +
    part(controlNames.intent, intentValue.send);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    /** A body with a new form token. */
    next(): string {
      return `${fixed}${part(controlNames.token, randomUUID())}--${boundary}--\r\n`;
    },
  };
}

/** The reference on a confirmation page, or undefined when the page is not one. */
export function referenceIn(html: string): string | undefined {
  return /data-testid="reference"[^>]*>([^<]+)</.exec(html)?.[1]?.trim();
}
