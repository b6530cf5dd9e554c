import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ExitThisPage, ExitThisPageScript } from '@/components/exit-this-page/exit-this-page';
import { SiteFooter } from '@/components/site-footer/site-footer';
import { SiteHeader } from '@/components/site-header/site-header';
import { getEnv } from '@/lib/env';
import { demoMailboxDataDir } from '@/lib/mailbox/mailbox-access';
import { exitPath } from '@/lib/site-links';
import './globals.css';

// Rendered per request: the support service's details come from the running server's
// configuration, not from whatever was set when the site was built.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: {
    default: 'Get help with intimate image abuse',
    template: '%s – Get help with intimate image abuse',
  },
  description:
    'Help for people in the UK whose intimate images were shared, or threatened to be shared, without consent.',
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1d1d5c',
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
        <a href="#main-content" className="skip-link">
          Skip to main content
        </a>
        <a href={exitPath} className="skip-link" rel="nofollow noreferrer" data-exit-this-page="">
          Exit this page
        </a>
        <SiteHeader mode={env.mode} hasDemoMailbox={demoMailboxDataDir(requestHeaders) !== undefined} />
        <div className="width-container">
          <ExitThisPage exitUrl={env.exitUrl} />
          <main id="main-content" className="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <SiteFooter supportService={env.supportService} />
      </body>
    </html>
  );
}
