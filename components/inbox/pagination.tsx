/**
 * GOV.UK-style paging for the inbox's long lists: "Previous" and "Next" links with the page
 * they lead to, and which page of how many this is. The links carry only the filters and the
 * page number, never anything a person typed.
 */
import Link from 'next/link';

type Props = {
  page: number;
  pages: number;
  /** The address of page `n`, with the list's filters. */
  href: (n: number) => string;
};

export function Pagination({ page, pages, href }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          Previous<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
      <p>
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
