/**
 * The frame of the guidance pages built to static files: the same shell as the App Router's
 * layout, with the settings the build was given (see lib/guidance/static-props.ts).
 */
import type { AppProps } from 'next/app';
import { GuidanceHead } from '@/components/guidance-head/guidance-head';
import { SiteShell } from '@/components/site-shell/site-shell';
import type { GuidancePageProps } from '@/lib/guidance/static-props';
import '@/app/globals.css';

export default function GuidanceApp({ Component, pageProps }: AppProps<GuidancePageProps | Record<string, never>>) {
  // Next.js's own error pages for this router have no settings: they are built but never shown,
  // since the App Router's not-found page answers every unknown address.
  if (!('shell' in pageProps)) return <Component {...pageProps} />;
  return (
    <>
      <GuidanceHead {...pageProps.head} />
      {/* The demo banner links to the mailbox only for this machine, and a file built once
          cannot tell who asks: the pages rendered per request (the form among them) link it. */}
      <SiteShell shell={pageProps.shell} hasDemoMailbox={false}>
        <Component {...pageProps} />
      </SiteShell>
    </>
  );
}
