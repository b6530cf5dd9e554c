import type { BrowserContext, Page } from '@playwright/test';

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
