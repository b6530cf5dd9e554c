'use client';

/**
 * The last resort, if the layout itself fails: it replaces the whole document, so it brings its
 * own Exit this page (the plain link to /exit, which works with or without JavaScript) and the
 * numbers to call, with no styles or scripts it would need to fetch.
 */
import { UrgentHelp } from '@/components/urgent-help/urgent-help';
import { exitPath } from '@/lib/site-links';

export default function GlobalError() {
  return (
    <html lang="en-GB">
      <body>
        <title>Sorry, there is a problem – Get help with intimate image abuse</title>
        <p>
          <a href={exitPath} rel="nofollow noreferrer">
            Exit this page
          </a>
        </p>
        <main>
          <h1>Sorry, there is a problem</h1>
          <p>This page could not be shown. If you were sending a referral, it may not have been sent.</p>
          <p>
            {/* A full load on purpose: the client-side router belongs to the layout that failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Go to the start of this site</a>
          </p>
          <UrgentHelp headingLevel="h2" id="global-error-urgent-help" />
        </main>
      </body>
    </html>
  );
}
