/**
 * The content-free notice, version 1: the email a support service gets instead of the referral
 * when it must not receive referrals by email (REFERRAL_EMAIL=notice).
 *
 * It carries nothing the person typed or chose: only the reference, the priority (derived by
 * triage, and already in the subject), when the referral arrived, how long the server keeps it
 * and the command that shows it there. Whoever can read the mailbox, or the relay, learns that a
 * referral arrived and how urgent it is, and nothing about the person.
 *
 * Pure: no Node, database or environment imports.
 */
import { priorityLabels, type Priority } from '../triage';
import { escapeHtml } from '@/lib/html';
import { referralSubject, type HumanEmail } from './human-v1';

export type NoticeFacts = {
  reference: string;
  priority: Priority;
  /** When the referral was accepted (ms since the epoch). */
  receivedAt: number;
  /** When this notice is sent. */
  sentAt: number;
  /** The fewest days the server keeps a referral after its case is closed (the shortest of the retention rules). */
  keptAfterClosingDays: number;
  /** The command, reference included, that prints the referral on the server. */
  readCommand: string;
  /** The same command's option for the referral.v1 JSON. */
  jsonOption: string;
  /** The case page in the caseworker inbox (which asks for sign-in), when the notice can link to it. */
  caseUrl?: string;
};

// UK time, as the caseworker's clock shows it, whatever zone the server runs in.
const londonDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const londonTime = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12', // not hour12, which gives "0:30 am" in en-GB
  timeZone: 'Europe/London',
});

/** "Monday 5 January 2026 at 9:05am", the GOV.UK style for a date and time. */
function dateAndTime(ms: number): string {
  const time = londonTime.format(ms).replace(/\s/g, '').toLowerCase();
  return `${londonDate.format(ms).replace(',', '')} at ${time}`;
}

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

export function noticeV1(facts: NoticeFacts): HumanEmail {
  const { reference, priority, keptAfterClosingDays, readCommand, jsonOption } = facts;
  const subject = referralSubject(reference, priority);

  const summary = [
    ['Reference', reference],
    ['Priority', priorityLabels[priority]],
    ['Received', `${dateAndTime(facts.receivedAt)} (UK time)`],
  ] as const;
  const urgent = priority === 'urgent' ? 'This referral is urgent. Read it now.' : undefined;
  const notIncluded =
    'This email does not include the referral. The service keeps referrals off email, so the answers are stored only on the referral server, encrypted.';
  const inInbox = 'Open the case in the caseworker inbox (you will be asked to sign in):';
  const howTo = facts.caseUrl
    ? 'Or, on the referral server, in the folder the service runs from, run:'
    : 'On the referral server, in the folder the service runs from, run:';
  const whatItPrints = `This shows every answer. To import the referral into a case system, add ${jsonOption} to get it in the referral.v1 format.`;
  const retention = `The server keeps the referral while its case is open in the caseworker inbox, and for at least ${days(keptAfterClosingDays)} after the case is closed. Then it is deleted and cannot be recovered, so copy it into your case system before then.`;

  const text = [
    `New referral ${reference}`,
    '',
    ...(urgent ? [urgent, ''] : []),
    ...summary.map(([label, value]) => `${label}: ${value}`),
    '',
    notIncluded,
    '',
    '== How to read the referral ==',
    ...(facts.caseUrl ? [inInbox, '', `  ${facts.caseUrl}`, ''] : []),
    howTo,
    '',
    `  ${readCommand}`,
    '',
    whatItPrints,
    '',
    '== How long it is kept ==',
    retention,
    '',
  ].join('\n');

  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
<h1>New referral ${escapeHtml(reference)}</h1>
${urgent ? `<p><strong>${escapeHtml(urgent)}</strong></p>\n` : ''}<table role="presentation" cellpadding="4">${summary
    .map(([label, value]) => `<tr><th align="left" valign="top">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</table>
<p>${escapeHtml(notIncluded)}</p>
<h2>How to read the referral</h2>
${facts.caseUrl ? `<p>${escapeHtml(inInbox)}</p>\n<p><a href="${escapeHtml(facts.caseUrl)}">${escapeHtml(facts.caseUrl)}</a></p>\n` : ''}<p>${escapeHtml(howTo)}</p>
<pre><code>${escapeHtml(readCommand)}</code></pre>
<p>${escapeHtml(whatItPrints)}</p>
<h2>How long it is kept</h2>
<p>${escapeHtml(retention)}</p>
</body></html>`;
  return { subject, text, html };
}
