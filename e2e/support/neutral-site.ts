import type { BrowserContext, Page, Request } from '@playwright/test';
import { otherHostRefused } from './loopback-only';

/** The embedded default exit destination. */
export const neutralSite = 'https://www.bbc.co.uk/weather';

/** A made-up page the person was on before they came to this site. */
export const previousSite = 'https://search.example/results';

/**
 * Serves the neutral site and the previous site from inside the browser, because this machine
 * has no network. The browser still navigates to their real addresses, so the tests see exactly
 * where Exit this page sends a person.
 */
export async function serveOtherSites(target: Page | BrowserContext): Promise<void> {
  await target.route(`${neutralSite}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
  await target.route(`${previousSite}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Search</title><h1>Search results</h1>' }),
  );
}

/**
 * The main frame's navigation to the neutral site by way of /exit's redirect, once it has ended.
 * `page.route` is never asked about the target of a redirect, so `serveOtherSites` cannot answer
 * it: the browser really sets off for the neutral site and, held to loopback, is refused. That it
 * set off, from /exit, as the page's own navigation, is what a test can honestly check.
 */
export function leavingThroughExit(page: Page): Promise<Request> {
  return page.waitForEvent(
    'requestfailed',
    (request) =>
      request.url() === neutralSite &&
      request.isNavigationRequest() &&
      request.frame() === page.mainFrame() &&
      new URL(request.redirectedFrom()?.url() ?? 'about:blank').pathname === '/exit' &&
      request.failure()?.errorText === otherHostRefused,
  );
}
