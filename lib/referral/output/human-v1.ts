/**
 * The referral email a support worker reads, version 1, in plain text and HTML.
 *
 * Built for their first minute: the priority and why, how to contact the person safely, and
 * what help they want come first; then every answer, in the journey's order and with its
 * labels, from the same formatter as the check-answers page. Evidence is shown as the person
 * entered it, with what was recognised beside it; its links are defanged in both parts
 * ("https[:]//…"), never links, because one tap on a phone may open an intimate image.
 *
 * Every value is escaped for HTML here and nowhere else, so a name like "<b>" or a line that
 * looks like a mail header is just text.
 *
 * Pure: no Node, database or environment imports.
 */
import '@/lib/platforms/phone-numbers-now';
import { escapeHtml } from '@/lib/html';
import { fields, type Answers } from '../definition';
import {
  cleanedLinkLabel,
  defangEvidence,
  defangedNote,
  describeEvidence,
  evidenceLines,
  formatAnswer,
  summarise,
} from '../format';
import { priorityLabels, triage, type Priority } from '../triage';

export const evidenceWarning =
  'The links below may open intimate images. Do not open them on a shared screen or in front of others; copy them as text into your case system.';

export type HumanEmail = { subject: string; text: string; html: string };

export type Block = { title: string; rows: { label: string; lines: string[] }[] };

/** The safe-contact box: everything a worker must know before picking up the phone. */
export function safeContact(answers: Answers): Block {
  const row = (fieldId: keyof typeof fields) => ({ label: fields[fieldId].label, lines: formatAnswer(fieldId, answers) });
  if (answers.contactMethod === 'none' || answers.contactMethod === '') {
    return { title: 'Safe contact', rows: [row('contactMethod'), row('otherPersonAccess')] };
  }
  const details = answers.contactMethod === 'email' ? row('email') : row('phone');
  return {
    title: 'Safe contact',
    rows: [
      row('contactMethod'),
      details,
      row('preferredName'),
      row('safeTimes'),
      row('messageSafe'),
      row('mayIdentify'),
      row('otherPersonAccess'),
      row('accessNeeds'),
      ...(answers.accessNeeds.length > 0 ? [row('accessDetails')] : []),
    ],
  };
}

/** The subject of every referral email, full or notice: the reference and priority, nothing typed. */
export function referralSubject(reference: string, priority: Priority): string {
  return `Referral ${reference}, priority: ${priorityLabels[priority]}`;
}

export function humanV1(answers: Answers, reference: string, { attachment }: { attachment?: string } = {}): HumanEmail {
  const { priority, reasons } = triage(answers);
  const subject = referralSubject(reference, priority);
  const triageBlock: Block = {
    title: 'Triage',
    rows: [
      { label: 'Priority', lines: [priorityLabels[priority]] },
      { label: 'Why', lines: reasons.length > 0 ? reasons : ['No urgent factors reported'] },
      { label: fields.forWhom.label, lines: formatAnswer('forWhom', answers) },
      { label: fields.nation.label, lines: formatAnswer('nation', answers) },
    ],
  };
  const helpBlock: Block = { title: 'Help wanted', rows: [{ label: fields.helpWanted.label, lines: formatAnswer('helpWanted', answers) }] };
  const sections = summarise(answers).map(({ step, rows }) => ({
    title: step.title,
    rows: rows.filter((row) => row.fieldId !== 'evidence'),
  }));
  const evidence = answers.evidence.map(describeEvidence).map(defangEvidence);
  const hasLinks = evidence.some((item) => item.hasLink);
  const top = [triageBlock, safeContact(answers), helpBlock];

  const textBlock = (block: Block) =>
    [`== ${block.title} ==`, ...block.rows.flatMap((row) => [`${row.label}`, ...row.lines.map((line) => `  ${line}`)]), ''].join('\n');
  const text = [
    `Referral ${reference}`,
    '',
    ...top.map(textBlock),
    '== Evidence ==',
    evidence.length === 0 ? 'None added' : evidenceWarning,
    ...(hasLinks ? [defangedNote] : []),
    // The same lines as the check page, details indented under each place.
    ...evidence.flatMap((item, index) => evidenceLines(item, index).map((line, at) => (at === 0 ? line : `  ${line}`))),
    '',
    '== Every answer ==',
    '',
    ...sections.map(textBlock),
    ...(attachment ? [`The same referral is attached as ${attachment} (format referral.v1).`] : []),
  ].join('\n');

  const htmlBlock = (block: Block) =>
    `<h2>${escapeHtml(block.title)}</h2><table role="presentation" cellpadding="4">${block.rows
      .map(
        (row) =>
          `<tr><th align="left" valign="top">${escapeHtml(row.label)}</th><td>${row.lines.map(escapeHtml).join('<br>')}</td></tr>`,
      )
      .join('')}</table>`;
  const evidenceHtml =
    evidence.length === 0
      ? '<p>None added</p>'
      : `<p><strong>${escapeHtml(evidenceWarning)}</strong>${hasLinks ? ` ${escapeHtml(defangedNote)}` : ''}</p><table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>#</th><th>Platform</th><th>Where, as entered (not a link)</th><th>Recognised</th><th>Seen</th><th>What it shows</th><th>Reported</th><th>Screenshot</th></tr></thead><tbody>${evidence
          .map(
            (item, index) =>
              `<tr><td>${index + 1}</td><td>${escapeHtml(item.platform)}${item.kind ? `<br>${escapeHtml(item.kind)}` : ''}</td><td><code>${escapeHtml(
                item.where,
              )}</code>${item.cleanedLink ? `<br>${escapeHtml(cleanedLinkLabel)}: <code>${escapeHtml(item.cleanedLink)}</code>` : ''}</td><td>${escapeHtml(item.recognised)}</td><td>${escapeHtml(item.seenOn)}</td><td>${escapeHtml(item.whatItShows)}</td><td>${escapeHtml(item.reported)}</td><td>${escapeHtml(item.screenshotKept)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
<h1>Referral ${escapeHtml(reference)}</h1>
${top.map(htmlBlock).join('\n')}
<h2>Evidence</h2>
${evidenceHtml}
<h2>Every answer</h2>
${sections.map(htmlBlock).join('\n')}
${attachment ? `<p>The same referral is attached as ${escapeHtml(attachment)} (format referral.v1).</p>\n` : ''}</body></html>`;
  return { subject, text, html };
}
