/**
 * An email's HTML with every address that would make a browser fetch something taken out, for
 * showing in the demo mailbox. The frame's sandbox and its Content Security Policy already
 * forbid such fetches, but Chromium's preload scanner can still start a request for an image
 * before the policy in the frame is read (seen in CI), and a tracking pixel in a referral email
 * must never call another site. So the addresses are not there to fetch.
 *
 * Pure: text in, text out.
 */

// src, srcset, background, poster, href, action, formaction, data, and xlink:href, with any
// quoting; and url(...) in inline styles.
const fetchingAttribute = /\s(src|srcset|background|poster|href|action|formaction|data|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const cssUrl = /url\s*\(/gi;

/** The HTML with its fetching attributes renamed (so they do nothing) and CSS url() disabled. */
export function withoutRemoteContent(html: string): string {
  return html.replace(fetchingAttribute, ' data-removed-$1=""').replace(cssUrl, 'blocked(');
}
