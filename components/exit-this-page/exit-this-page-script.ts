/**
 * Exit this page in the browser: the one script every page loads, guidance and interactive
 * alike, built to `public/exit-this-page.js` by scripts/build-exit-script.mjs (no framework, no
 * dependencies, a few kilobytes) so that pages with no other JavaScript still get it.
 *
 * Without it, the button and the hidden skip link are plain links to /exit, which redirects to
 * the neutral site on the server. With it, any element marked `data-exit-this-page` leaves
 * straight from the browser, which is faster on a poor connection, and Shift pressed three times
 * leaves too. The neutral site's address is read from `data-exit-url` on the component, which the
 * server writes from its configuration.
 */
import { checkBackControls } from '@/lib/check-back/check-back-state';
import { exitPath, siteTabAttribute } from '@/lib/site-links';
import { idle, progressMessage, step, WINDOW_MS, type ShiftSequence } from './shift-sequence';

const openedTabs = new Set<Window>();

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
 * - a tab the site opened (a link marked `data-site-tab`, such as an evidence guide from the
 *   form) or the tab that opened this one is sent away too, so leaving from either leaves both.
 */
function leaveSite(exitUrl: string): void {
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

/** Wires the component up: clicks, the Shift gesture and the back-forward cache. */
function install(): void {
  let sequence: ShiftSequence = idle;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let overlay: HTMLElement | undefined;

  const component = () => document.querySelector<HTMLElement>('.exit-this-page');
  const say = (message: string) => {
    const status = component()?.querySelector('.exit-this-page__progress');
    if (status) status.textContent = message;
  };

  function exit() {
    const exitUrl = component()?.dataset.exitUrl;
    // No address on the page: the link's own /exit redirect is the way out.
    if (!exitUrl) return window.location.replace(exitPath);
    clearTimeout(expiry);
    // Hide the page at once: on a slow connection the next site can take a while to appear.
    overlay = document.createElement('div');
    overlay.className = 'exit-this-page__overlay';
    overlay.setAttribute('aria-hidden', 'true');
    overlay.textContent = 'Loading.';
    document.body.append(overlay);
    say('Loading.');
    leaveSite(exitUrl);
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-exit-this-page]')) {
      event.preventDefault();
      return exit();
    }
    // Not noopener: the two tabs must be able to reach each other to leave together. Both are
    // this site's own pages. If the browser blocks the tab, the link's own target opens it.
    const siteTab = target?.closest<HTMLAnchorElement>(`a[${siteTabAttribute}]`);
    if (!siteTab) return;
    const tab = window.open(siteTab.href, '_blank');
    if (!tab) return;
    openedTabs.add(tab);
    event.preventDefault();
  });

  function onKey(event: KeyboardEvent) {
    const next = step(
      sequence,
      event.type === 'keydown'
        ? { type: 'keydown', key: event.key, repeat: event.repeat, at: Date.now() }
        : { type: 'keyup', key: event.key, at: Date.now() },
    );
    sequence = next.sequence;
    if (next.outcome === 'exit') return exit();
    if (next.outcome === 'progress') {
      say(progressMessage(sequence.presses));
      clearTimeout(expiry);
      expiry = setTimeout(() => {
        sequence = idle;
        say('Exit this page expired.');
      }, WINDOW_MS);
    }
    if (next.outcome === 'cancelled' || next.outcome === 'expired') {
      clearTimeout(expiry);
      say('');
    }
  }
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', onKey);

  // A page restored from the back-forward cache must come back whole, not under the overlay.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    sequence = idle;
    overlay?.remove();
    overlay = undefined;
    say('');
  });
}

install();
