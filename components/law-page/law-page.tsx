import Link from 'next/link';
import type { ReactNode } from 'react';
import { Sources } from '@/components/sources/sources';
import type { ShellEnv } from '@/lib/shell-env';
import { formatDate } from '@/lib/law/law-dates';
import { howSureLines, lawPage, lawPageHref, lawPages, type LawPageSlug } from '@/lib/law/pages';
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
 * the detail, the one "How sure we are" box, then "information, not legal advice" with where to
 * get advice, the other law pages, and the sources with the last-reviewed date and what changed.
 * Because the title, sources, dates and doubts come from the checked registry, a page cannot
 * show guidance without them, and its running text need not carry its doubts.
 */
export function LawPage({ slug, supportService, summary, children }: Props) {
  const page = lawPage(slug);
  const howSure = howSureLines(slug);
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

      <section className="inset law-how-sure" id="how-sure-we-are" aria-labelledby="how-sure-heading">
        <h2 id="how-sure-heading">How sure we are</h2>
        {howSure.length === 0 ? (
          <p>Every date, sentence and time limit on this page has been checked against an official source.</p>
        ) : (
          <>
            <p>
              These are the points on this page that we have seen only in copies or reports, or could not
              confirm, and when we last checked them:
            </p>
            <ul>
              {howSure.map((line) => (
                <li key={line.text}>
                  {line.about ? <strong>{line.about}: </strong> : null}
                  {line.text} <span className="law-how-sure__checked">(Checked {formatDate(line.checked)}.)</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

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
            adults in the UK; {helpline.hours!.text})
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

      <Sources sources={page.sources} lastReviewed={page.lastReviewed} whatChanged={page.whatChanged} />
    </>
  );
}
