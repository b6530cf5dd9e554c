/**
 * GOV.UK-style paging for the inbox's long lists: "Previous" and "Next" links with the page
 * they lead to, and which page (of how many, where that is known) this is. The links carry only the filters and the
 * page number, never anything a person typed.
 */
import Link from 'next/link';

type Props = {
  page: number;
  /** How many pages there are; left out where counting would cost more than the page (the audit log). */
  pages?: number;
  /** Without `pages`: whether a next page follows. */
  hasNext?: boolean;
  /** The address of page `n`, with the list's filters. */
  href: (n: number) => string;
};

export function Pagination({ page, pages, hasNext, href }: Props) {
  const next = pages === undefined ? hasNext === true : page < pages;
  if (page <= 1 && !next) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          Previous<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
      <p>
        Page {page}
        {pages === undefined ? null : ` of ${pages}`}
      </p>
      {next ? (
        <Link href={href(page + 1)} rel="next">
          Next<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
