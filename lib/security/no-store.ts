/**
 * Which pages may show what a person typed, and so must never be kept in any cache (the
 * browser's disk cache, a shared proxy, the back-forward cache), where someone else using the
 * same device could find them later.
 *
 * Pure: the proxy reads it on every request.
 */
import { referralFormPath } from '@/lib/referral/addresses';

/** Path prefixes of pages that may show personal answers. */
const personalPrefixes = [
  // The referral form, its steps and its confirmation. (Its start page, /report, is a static
  // page that shows nothing typed; it is served with the guidance pages' cache headers.)
  referralFormPath,
  // The check-back shows a referral's status and messages.
  '/check',
  // The evidence log keeps what the person records in the page.
  '/evidence/log',
  // The demo mailbox shows the referral emails received.
  '/mailbox',
  // The caseworker inbox shows referrals and notes.
  '/inbox',
] as const;

/** True when `pathname` is one of those pages or below one. */
export function mayShowPersonalAnswers(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return personalPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
