import Link from 'next/link';
import type { AppMode } from '@/lib/shell-env';

type Props = {
  mode: AppMode;
  /** Whether the embedded demo mailbox exists, to point newcomers at what was received. */
  hasDemoMailbox: boolean;
};

/** The header every page shares: the service name, and in demo mode a plain warning. */
export function SiteHeader({ mode, hasDemoMailbox }: Props) {
  return (
    <header className="site-header">
      <div className="width-container">
        <Link href="/" className="site-header__service-name">
          Get help with intimate image abuse
        </Link>
      </div>
      {mode === 'demo' ? (
        <div className="phase-banner">
          <div className="width-container">
            <strong className="phase-banner__tag">Demo</strong> This is not a live service.
            Nothing you send here reaches a real support worker.
            {hasDemoMailbox ? (
              <>
                {' '}
                Referrals go to the <Link href="/mailbox" prefetch={false}>demo mailbox</Link>.
              </>
            ) : null}
          </div>
        </div>
      ) : null}
    </header>
  );
}
