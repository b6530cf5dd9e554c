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
      {/* A static page cannot tell who asks, so in the demo it always points at the mailbox,
          which itself answers this machine only. */}
      <SiteShell shell={pageProps.shell} hasDemoMailbox={pageProps.shell.mode === 'demo'}>
        <Component {...pageProps} />
      </SiteShell>
    </>
  );
}
