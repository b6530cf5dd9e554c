/**
 * The benchmark's submission path: referrals posted exactly as a browser without JavaScript
 * posts the form's last step, to the same server action (multipart form data to the form's address with
 * React's action fields, every answer as a hidden input, `_step=check`, `intent=send`, a fresh
 * form token each time, so every request is a new referral rather than a repeat, and a step
 * token the server issued on a page of the form, which it acts on once).
 */
import { randomUUID } from 'node:crypto';
import { referralFormPath } from '@/lib/referral/addresses';
import { completeAnswers } from '@/testing/test-answers';
import { controlNames, hiddenAnswerInputs, intentValue } from '@/lib/referral/wizard';

/** The hidden React action fields of the form, read from the page as served. */
export async function readActionFields(baseUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}${referralFormPath}`)).text();
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)) {
    fields.push([decodeEntities(match[1]!), decodeEntities(match[2] ?? '')]);
  }
  if (!fields.some(([name]) => name.startsWith('$ACTION_'))) throw new Error(`No server action fields found on ${referralFormPath}`);
  return fields;
}

/**
 * `count` single-use step tokens, each from a page of the form as a browser gets it (one GET of
 * the form each, `concurrency` at a time). The server acts on each once; they stay valid across a
 * restart on the same data directory.
 */
export async function readStepTokens(baseUrl: string, count: number, concurrency = 8): Promise<string[]> {
  const tokens: string[] = [];
  const pattern = new RegExp(`name="${controlNames.stepToken}" value="([^"]+)"`);
  const worker = async () => {
    while (tokens.length < count) {
      const response = await fetch(`${baseUrl}${referralFormPath}`);
      const html = await response.text();
      const token = pattern.exec(html)?.[1];
      if (!token) throw new Error(`No step token found on ${referralFormPath} (status ${response.status}: ${html.slice(0, 200)})`);
      tokens.push(token);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return tokens.slice(0, count);
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, entity: string) =>
    ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[entity]!,
  );
}

/** Builds multipart bodies for one valid referral each, differing only in the form and step tokens. */
export function submissionBodies(actionFields: [string, string][], stepTokens: string[]) {
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
    /** A body with a new form token and the next unused step token. */
    next(): string {
      const stepToken = stepTokens.shift();
      if (!stepToken) throw new Error('Out of step tokens: read as many as there are referrals to send');
      return `${fixed}${part(controlNames.token, randomUUID())}${part(controlNames.stepToken, stepToken)}--${boundary}--\r\n`;
    },
  };
}

/** The reference on a confirmation page, or undefined when the page is not one. */
export function referenceIn(html: string): string | undefined {
  return /data-testid="reference"[^>]*>([^<]+)</.exec(html)?.[1]?.trim();
}
