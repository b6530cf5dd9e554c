/**
 * The frame of every page, written once and rendered by both kinds of page: the App Router's
 * layout (interactive pages) and the Pages Router's `_app` (guidance built to static files).
 * Skip links, the header, Exit this page, the main region and the footer.
 */
import type { ReactNode } from 'react';
import { ExitThisPage } from '@/components/exit-this-page/exit-this-page';
import { SiteFooter } from '@/components/site-footer/site-footer';
import { SiteHeader } from '@/components/site-header/site-header';
import type { ShellEnv } from '@/lib/shell-env';
import { exitPath } from '@/lib/site-links';

type Props = {
  shell: Pick<ShellEnv, 'mode' | 'exitUrl' | 'supportService'>;
  /** Whether to point at the demo mailbox (see SiteHeader). */
  hasDemoMailbox: boolean;
  children: ReactNode;
};

export function SiteShell({ shell, hasDemoMailbox, children }: Props) {
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <a href={exitPath} className="skip-link" rel="nofollow noreferrer" data-exit-this-page="">
        Exit this page
      </a>
      <SiteHeader mode={shell.mode} hasDemoMailbox={hasDemoMailbox} />
      <div className="width-container">
        <ExitThisPage exitUrl={shell.exitUrl} />
        <main id="main-content" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter supportService={shell.supportService} />
    </>
  );
}
