import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ExitThisPageScript } from '@/components/exit-this-page/exit-this-page';
import { SiteShell } from '@/components/site-shell/site-shell';
import { getEnv } from '@/lib/env';
import { demoMailboxDataDir } from '@/lib/mailbox/mailbox-access';
import { siteTitle, siteDescription, themeColour } from '@/lib/site-links';
import './globals.css';

// Rendered per request: the support service's details come from the running server's
// configuration, not from whatever was set when the site was built.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: {
    default: siteTitle,
    template: `%s – ${siteTitle}`,
  },
  description: siteDescription,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: themeColour,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const env = getEnv();
  const requestHeaders = await headers();
  return (
    <html lang="en-GB">
      <head>
        <ExitThisPageScript nonce={requestHeaders.get('x-nonce') ?? undefined} />
      </head>
      <body>
        <SiteShell shell={env} hasDemoMailbox={demoMailboxDataDir(requestHeaders) !== undefined}>
          {children}
        </SiteShell>
      </body>
    </html>
  );
}
