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
