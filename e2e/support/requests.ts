import type { Page } from '@playwright/test';

/**
 * Records every request a page makes from now on, so a test can show that a page talks to no
 * one but its own site. Call before navigating.
 */
export function recordRequests(page: Page): { urls: string[]; foreign: (origin: string) => string[] } {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return {
    urls,
    /** The recorded requests that went anywhere other than `origin` (data: URLs stay in the page). */
    foreign: (origin) =>
      urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin),
  };
}
