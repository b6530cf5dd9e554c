import Link from 'next/link';
import type { ShellEnv } from '@/lib/shell-env';
import { footerLinks } from '@/lib/site-links';
import { telHref } from '@/lib/urgent-help';
import { UrgentHelp } from '@/components/urgent-help/urgent-help';

type Props = {
  supportService: ShellEnv['supportService'];
};

/** The footer every page shares: urgent help first, then the support service and the policies. */
export function SiteFooter({ supportService }: Props) {
  return (
    <footer className="site-footer">
      <div className="width-container">
        <UrgentHelp headingLevel="h2" id="footer-urgent-help" />
        <section aria-labelledby="footer-support-service">
          <h2 id="footer-support-service" className="site-footer__heading">
            {supportService.name}
          </h2>
          <p>
            Phone{' '}
            <a href={telHref(supportService.phone)}>{supportService.phone}</a>,{' '}
            {supportService.hours}.
          </p>
        </section>
        <nav aria-label="Support links" className="site-footer__links">
          <ul>
            {footerLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
