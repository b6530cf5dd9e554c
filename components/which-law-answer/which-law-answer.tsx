import type { FindingStatus, WhichLawResult, Act } from '@/lib/law/which-law';
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

const statusText: Record<FindingStatus, string> = {
  offence: 'A specific crime covered this.',
  'not-covered': 'This law did not cover it.',
  'no-specific-offence': 'There was no specific crime for this yet.',
  'not-confirmed': 'We cannot confirm the answer for this period.',
};

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
            <strong>
              {finding.startNotConfirmed && finding.status === 'offence'
                ? 'A specific crime appears to cover this, but we have not confirmed when it started.'
                : statusText[finding.status]}
            </strong>
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
                      {finding.maximumPenalty.text}
                      {finding.maximumPenalty.hedge ? (
                        <span className="fact-hedge"> {finding.maximumPenalty.hedge}</span>
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

      <h3>Who can help</h3>
      <ul>
        {result.helplines.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong>: <a href={telHref(entry.number)}>{entry.number}</a>. {entry.when}
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
