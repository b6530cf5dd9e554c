/**
 * GOV.UK-style paging for the inbox's long lists: "Previous" and "Next" links with the page
 * they lead to, and which page (of how many, where that is known) this is. The links carry only the filters and the
 * page number, never anything a person typed.
 */
import Link from 'next/link';

type Props = {
  /** The page shown, from 1. */
  page: number;
  /** How many pages there are; left out where counting would cost more than the page (the audit log). */
  pages?: number;
  /** The addresses of the pages before and after, with the list's filters; none at either end. */
  previous?: string;
  next?: string;
};

/** The links of a numbered list's page `page` of `pages`: none before the first or after the last. */
export function numberedPageLinks(page: number, pages: number, href: (n: number) => string): Pick<Props, 'previous' | 'next'> {
  return { previous: page > 1 ? href(page - 1) : undefined, next: page < pages ? href(page + 1) : undefined };
}

export function Pagination({ page, pages, previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {previous ? (
        <Link href={previous} rel="prev">
          Previous<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
      <p>
        Page {page}
        {pages === undefined ? null : ` of ${pages}`}
      </p>
      {next ? (
        <Link href={next} rel="next">
          Next<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
