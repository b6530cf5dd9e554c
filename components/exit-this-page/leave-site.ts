/**
 * Leaves the site for the neutral destination, taking what the site stored with it.
 *
 * `location.replace` swaps the current history entry for the neutral site, so the browser's
 * Back button goes to whatever came before this site rather than back to the page. Storage is
 * cleared first because nothing may be left for the person watching the device to find.
 *
 * Two things a page script cannot do itself are asked of others on the way out:
 * - the browser's HTTP cache (the site's pages and scripts) can only be cleared by a response
 *   with `Clear-Site-Data`, so a POST to /exit asks for one (`keepalive`, so it completes after
 *   the page has gone);
 * - a tab the site opened (an evidence guide from the form, see `openSiteTab`) or the tab that
 *   opened this one is sent away too, so leaving from either leaves from both.
 */
import { checkBackControls } from '@/lib/check-back/check-back-state';
import { exitPath } from '@/lib/site-links';

const openedTabs = new Set<Window>();

/**
 * Opens one of the site's own pages in a new tab that Exit this page can close: with JavaScript,
 * use this instead of `target="_blank"`. Returns false if the browser blocked it.
 */
export function openSiteTab(url: string): boolean {
  // Not noopener: the two tabs must be able to reach each other to leave together. Both are
  // this site's own pages.
  const tab = window.open(url, '_blank');
  if (!tab) return false;
  openedTabs.add(tab);
  return true;
}

export function leaveSite(exitUrl: string): void {
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    // Storage can be blocked by the browser; leaving matters more than tidying up.
  }
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  if ('caches' in window) {
    void window.caches
      .keys()
      .then((keys) => Promise.all(keys.map((key) => window.caches.delete(key))))
      .catch(() => undefined);
  }
  // A check-back page's session ends with it, so nobody can carry on from the page left behind.
  const session = document.querySelector<HTMLInputElement>(`input[name="${checkBackControls.session}"]`)?.value;
  const body = session ? new URLSearchParams({ [checkBackControls.session]: session }) : undefined;
  void fetch(exitPath, { method: 'POST', keepalive: true, cache: 'no-store', body }).catch(() => undefined);
  for (const tab of openedTabs) {
    try {
      tab.close();
    } catch {
      // Already closed, or navigated elsewhere.
    }
  }
  try {
    const opener = window.opener as Window | null;
    if (opener && opener.location.origin === window.location.origin) opener.location.replace(exitUrl);
  } catch {
    // The opener is on another site now: it is not ours to move.
  }
  window.location.replace(exitUrl);
}
