/**
 * The small page the proxy answers with when it refuses a request (from another site, too large):
 * plain HTML that needs no script, style or other request to show, and that still gives the
 * numbers to call, because the person who meets it may be in danger and should never hit a dead
 * end. It also offers the way back to the site and the way out of it.
 */
import { escapeHtml } from '@/lib/html';
import { exitPath } from '@/lib/site-links';
import { helplines, telHref } from '@/lib/urgent-help';

export type Refusal = {
  status: 403 | 413 | 421 | 429;
  title: string;
  /** Paragraphs that say what happened and what to do next. */
  paragraphs: readonly string[];
};

/** The whole HTML document for a refusal. */
export function refusalPageHtml(refusal: Refusal): string {
  const paragraphs = refusal.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  const numbers = helplines
    .map(
      (helpline) =>
        `<li><a href="${escapeHtml(telHref(helpline.number))}">${escapeHtml(helpline.number)}</a> ` +
        `<strong>${escapeHtml(helpline.name)}</strong>. ${escapeHtml(helpline.when)}</li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(refusal.title)} – Get help with intimate image abuse</title>
</head>
<body>
<p><a href="${exitPath}" rel="nofollow noreferrer">Exit this page</a></p>
<main>
<h1>${escapeHtml(refusal.title)}</h1>
${paragraphs}
<p><a href="/">Go to the start of this site</a></p>
<h2>If you need help now</h2>
<ul>
${numbers}
</ul>
</main>
</body>
</html>
`;
}

/** A request that changes something, sent from a page that is not part of this site. */
export const crossSiteRefusal: Refusal = {
  status: 403,
  title: 'We could not accept this request',
  paragraphs: [
    'It did not come from a page on this site, so we did not act on it. Nothing it contained has been kept.',
    'If you were filling in a form here, go back to it on this site and send it again from there.',
  ],
};

/** A body larger than the limit, refused before it was read. */
export function oversizedRefusal(limit: string): Refusal {
  return {
    status: 413,
    title: 'What you sent is too large',
    paragraphs: [
      `This site accepts up to ${limit} at a time. What you sent was larger, so it was not read and nothing has been kept.`,
      'Go back, make your answers shorter and send them again. You can also call the support service instead.',
    ],
  };
}

/**
 * A request addressed to a name that is not this site's (421 Misdirected Request): how a page on
 * another site would reach this one through DNS rebinding. Nothing behind it ran.
 */
export const misdirectedRefusal: Refusal = {
  status: 421,
  title: 'This is not the address of this site',
  paragraphs: [
    'The address in your browser is not one this site answers to, so nothing was shown or kept.',
    'Type the site\'s address yourself, or call one of the numbers below.',
  ],
};

/**
 * Too many posts to the form from one client in a short time (429 Too Many Requests), refused
 * before the post was read: what a script meets, and what a person should never see.
 */
export const tooManyPostsRefusal: Refusal = {
  status: 429,
  title: 'This device has sent a lot of pages in a short time',
  paragraphs: [
    'So we have paused it for a few minutes. What was sent has not been read or kept.',
    'Please try again later, or call one of the numbers below.',
  ],
};
