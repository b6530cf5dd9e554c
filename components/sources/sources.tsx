export type Source = {
  title: string;
  url: string;
};

type Props = {
  sources: readonly Source[];
  /** ISO date (YYYY-MM-DD) on which someone last checked the page against its sources. */
  lastReviewed: string;
  /** What last changed on the page, and when, so a returning reader can see what is new. */
  whatChanged?: { date: string; summary: string };
};

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The sources a page relies on, when it was last checked against them, and what last changed. */
export function Sources({ sources, lastReviewed, whatChanged }: Props) {
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
      {whatChanged ? (
        <p className="sources__what-changed">
          What changed (<time dateTime={whatChanged.date}>{longDate.format(new Date(whatChanged.date))}</time>):{' '}
          {whatChanged.summary}
        </p>
      ) : null}
    </aside>
  );
}
