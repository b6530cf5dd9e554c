export type Source = {
  title: string;
  url: string;
};

type Props = {
  sources: readonly Source[];
  /** ISO date (YYYY-MM-DD) on which someone last checked the page against its sources. */
  lastReviewed: string;
};

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The sources a page relies on and when it was last checked against them. */
export function Sources({ sources, lastReviewed }: Props) {
  return (
    <aside className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
      <p>
        Last reviewed: <time dateTime={lastReviewed}>{longDate.format(new Date(lastReviewed))}</time>
      </p>
    </aside>
  );
}
