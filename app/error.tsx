'use client';

/**
 * What any page shows if rendering it fails in the browser or on the server, instead of the
 * framework's bare error screen. The layout stays around it, so Exit this page (the button,
 * Shift three times and the skip link) and the support service in the footer are still there,
 * and the numbers to call are given again here. The referral form catches a failed Send itself
 * and keeps her answers on the page; this is the last line behind that.
 */
import { UrgentHelp } from '@/components/urgent-help/urgent-help';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <title>Sorry, there is a problem – Get help with intimate image abuse</title>
      <h1 className="heading-l">Sorry, there is a problem</h1>
      <p>This page could not be shown. If you were sending a referral, it may not have been sent.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
      <p>You can also call the support service: its number is at the bottom of this page.</p>
      <UrgentHelp headingLevel="h2" id="error-urgent-help" />
    </>
  );
}
