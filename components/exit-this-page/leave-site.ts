/**
 * Leaves the site for the neutral destination, taking what the site stored with it.
 *
 * `location.replace` swaps the current history entry for the neutral site, so the browser's
 * Back button goes to whatever came before this site rather than back to the page. Storage is
 * cleared first because nothing may be left for the person watching the device to find.
 */
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
  window.location.replace(exitUrl);
}
