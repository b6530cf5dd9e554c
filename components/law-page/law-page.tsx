import Link from 'next/link';
import type { ReactNode } from 'react';
import { Sources } from '@/components/sources/sources';
import type { ShellEnv } from '@/lib/shell-env';
import { lawPage, lawPageHref, lawPages, type LawPageSlug } from '@/lib/law/pages';
import { helplines, telHref } from '@/lib/urgent-help';

type Props = {
  slug: LawPageSlug;
  /** Named in "where to get advice". */
  supportService: ShellEnv['supportService'];
  /** The plain-English answer in a few sentences, shown first for people who read no further. */
  summary: ReactNode;
  children: ReactNode;
};

const helpline = helplines.find((entry) => entry.id === 'revenge-porn-helpline')!;

/**
 * The frame every legal guidance page shares: its title from the registry, the short summary,
 * the detail, then "information, not legal advice" with where to get advice, the other law
 * pages, and the sources with the last-reviewed date. Because the title, sources and date come
 * from the checked registry, a page cannot show guidance without them.
 */
export function LawPage({ slug, supportService, summary, children }: Props) {
  const page = lawPage(slug);
  return (
    <>
      {slug === 'overview' ? null : (
        <span className="caption">
          <Link href="/law">Legal guidance</Link>
        </span>
      )}
      <h1>{page.title}</h1>

      <section className="law-summary" aria-labelledby="law-summary-heading">
        <h2 id="law-summary-heading" className="law-summary__heading">
          In short
        </h2>
        {summary}
      </section>

      {children}

      <section className="inset" aria-labelledby="not-legal-advice">
        <h2 id="not-legal-advice" className="law-advice__heading">
          This is information, not legal advice
        </h2>
        <p>
          The law depends on the details of what happened, and it changes. For advice about your own
          situation:
        </p>
        <ul>
          <li>talk to a solicitor, ideally one who deals with privacy, criminal or family law</li>
          <li>
            call the {helpline.name} on <a href={telHref(helpline.number)}>{helpline.number}</a> (for
            adults in the UK)
          </li>
          <li>
            call {supportService.name} on{' '}
            <a href={telHref(supportService.phone)}>{supportService.phone}</a> ({supportService.hours})
          </li>
        </ul>
        <p>If you are in danger now, call 999.</p>
      </section>

      <nav className="law-nav" aria-label="Legal guidance">
        <h2 className="law-nav__heading">More legal guidance</h2>
        <ul>
          {lawPages
            .filter((other) => other.slug !== slug)
            .map((other) => (
              <li key={other.slug}>
                <Link href={lawPageHref(other.slug)}>{other.title}</Link>
              </li>
            ))}
        </ul>
      </nav>

      <Sources sources={page.sources} lastReviewed={page.lastReviewed} />
    </>
  );
}
