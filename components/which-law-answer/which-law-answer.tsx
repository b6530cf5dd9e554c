import type { Finding, FindingStatus, WhichLawResult, Act } from '@/lib/law/which-law';
import { telHref } from '@/lib/urgent-help';

type Props = {
  result: WhichLawResult;
  answers: readonly { question: string; answer: string }[];
  /** The heading takes focus after a submission, so it needs a stable id. */
  headingId: string;
};

const actHeading: Record<Act, string> = {
  shared: 'Sharing the image',
  threatened: 'Threatening to share it',
  taken: 'Taking or recording it',
  created: 'Making a fake image, or asking for one',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const statusText: Record<FindingStatus, string> = {
  offence: 'A specific crime covered this.',
  'not-covered': 'This law did not cover it.',
  'no-specific-offence': 'There was no specific crime for this yet.',
  'not-confirmed': 'We cannot confirm the answer for this period.',
};

/** What the finding's first line says: never surer than its condition or its start date allow. */
function findingStatusText(finding: Finding): string {
  if (finding.status !== 'offence') return statusText[finding.status];
  if (finding.condition) return `A specific crime covered this if ${finding.condition}.`;
  if (finding.startNotConfirmed) return 'A specific crime appears to cover this, but we have not confirmed when it started.';
  return statusText.offence;
}

/** A phrase as a sentence: a maximum and its hedge are two sentences, never one run-on line. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The answer to "Which law applies to me?", rendered entirely from the pure function's result. */
export function WhichLawAnswer({ result, answers, headingId }: Props) {
  return (
    <section className="law-answer" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        Your answer
      </h2>
      <p className="lead">{result.headline}</p>

      {result.caveats.length > 0 ? (
        <div className="warning-text">
          <ul>
            {result.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {result.findings.map((finding) => (
        <div key={`${finding.act}-${finding.period.label}`} className="law-answer__finding">
          <h3>
            {actHeading[finding.act]}: {finding.period.label}
          </h3>
          <p>
            <strong>{findingStatusText(finding)}</strong>
          </p>
          <dl className="summary-list">
            {finding.offence ? (
              <div className="summary-list__row">
                <dt>{finding.status === 'offence' ? 'The law' : 'The law at the time'}</dt>
                <dd>
                  {finding.offence.name} ({finding.offence.law})
                </dd>
              </div>
            ) : null}
            {finding.required.length > 0 ? (
              <div className="summary-list__row">
                <dt>What had to be proved</dt>
                <dd>
                  <ul>
                    {finding.required.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {finding.status === 'offence' ? (
              <div className="summary-list__row">
                <dt>Maximum sentence</dt>
                <dd>
                  {finding.maximumPenalty ? (
                    <>
                      <p>{asSentence(capitalise(finding.maximumPenalty.text))}</p>
                      {finding.maximumPenalty.hedge ? (
                        <p className="fact-hedge">{finding.maximumPenalty.hedge}</p>
                      ) : null}
                    </>
                  ) : (
                    'Not yet confirmed from an official source'
                  )}
                </dd>
              </div>
            ) : null}
          </dl>
          {finding.notes.length > 0 ? (
            <ul>
              {finding.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}

      {result.removal ? (
        <>
          <h3>Getting it taken down</h3>
          <p>{result.removal.text}</p>
          <p>
            <a href={result.removal.href}>{result.removal.linkText}</a>
          </p>
        </>
      ) : null}

      <h3>Who can help</h3>
      <ul>
        {result.helplines.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong>: <a href={telHref(entry.number)}>{entry.number}</a>
            {entry.hours ? ` (${entry.hours.text})` : null}. {entry.when}
          </li>
        ))}
      </ul>

      <h3>Read next</h3>
      <ul>
        {result.readMore.map((page) => (
          <li key={page.slug}>
            <a href={page.href}>{page.title}</a>
          </li>
        ))}
      </ul>

      <h3>Sources for this answer</h3>
      <ul>
        {result.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.title}</a>
          </li>
        ))}
      </ul>

      <h3>Your answers</h3>
      <dl className="summary-list">
        {answers.map((row) => (
          <div key={row.question} className="summary-list__row">
            <dt>{row.question}</dt>
            <dd>{row.answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
