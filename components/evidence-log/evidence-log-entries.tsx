/**
 * The evidence log's items as the person sees and prints them, each with its buttons to take a
 * suggested platform, change or remove it; and the ways to keep the log, printing and a
 * download, since the page itself forgets it. Part of the log's one client component
 * (evidence-log.tsx), which holds the items.
 */
import type { ReactNode } from 'react';
import { cleanedLinkLabel } from '@/lib/platforms/recognise';
import { downloadAdvice, downloadFileName, logAsText, platformNameOf, reportedLabels, shownTime, type EvidenceLogEntry } from './evidence-log-entry';

type Props = {
  entries: EvidenceLogEntry[];
  /** Each with the item and its position in the list, counted from 1, for what is announced. */
  onMove: (entry: EvidenceLogEntry, position: number) => void;
  onEdit: (entry: EvidenceLogEntry) => void;
  onRemove: (entry: EvidenceLogEntry, position: number) => void;
};

export function EvidenceLogEntries({ entries, onMove, onEdit, onRemove }: Props) {
  /** Saves the log as a text file, made in the browser: nothing is sent anywhere. */
  function download() {
    const now = new Date();
    const blob = new Blob([logAsText(entries, now)], { type: 'text/plain;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = downloadFileName(now);
    link.click();
    URL.revokeObjectURL(link.href);
  }

  if (entries.length === 0) return <p>Your log is empty. Add the first item below.</p>;
  return (
    <>
      <ol className="evidence-log__entries">
        {entries.map((entry, index) => (
          <li key={entry.id} className="evidence-log__entry">
            <h3>
              {index + 1}. {platformNameOf(entry)}
            </h3>
            <dl className="summary-list">
              {row(
                'Where, as entered',
                <span className="plain-link">{entry.where}</span>,
                entry.notes.map((note) => (
                  <span key={note} className="summary-list__line hint">
                    {note}
                  </span>
                )),
              )}
              {entry.cleanedLink ? row(cleanedLinkLabel, <span className="plain-link">{entry.cleanedLink}</span>) : null}
              {entry.recognised ? row('Recognised', entry.recognised) : null}
              {row('Seen', shownTime(entry.seenAt))}
              {row('What it shows', entry.whatItShows || 'Not given')}
              {row('Reported to the platform', `${reportedLabels[entry.reported]}${entry.reportReference ? ` (reference ${entry.reportReference})` : ''}`)}
              {row('Screenshot kept', entry.screenshotKept ? 'Yes' : 'No')}
              {row('Captured on', shownTime(entry.capturedAt))}
              {entry.fingerprint
                ? row('Screenshot fingerprint (SHA-256)', <span className="evidence-log__hash">{entry.fingerprint.sha256}</span>, ` (${entry.fingerprint.fileName})`)
                : null}
            </dl>
            <p className="evidence-log__actions no-print">
              {entry.suggestedPlatform ? (
                <>
                  <button type="button" className="button button--secondary" onClick={() => onMove(entry, index + 1)}>
                    Change to {platformNameOf({ platformId: entry.suggestedPlatform })}
                    <span className="visually-hidden"> for item {index + 1}</span>
                  </button>{' '}
                </>
              ) : null}
              <button type="button" className="button button--secondary" onClick={() => onEdit(entry)}>
                Change<span className="visually-hidden"> item {index + 1}</span>
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => onRemove(entry, index + 1)}>
                Remove<span className="visually-hidden"> item {index + 1}</span>
              </button>
            </p>
          </li>
        ))}
      </ol>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print your log
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={download} aria-describedby="download-advice">
          Download your log
        </button>
      </p>
      <div id="download-advice" className="hint no-print">
        {downloadAdvice.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </>
  );
}

/** A row of the summary list: a plain function, not a component, as it holds nothing of its own. */
function row(label: string, value: ReactNode, more?: ReactNode) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>
        {value}
        {more}
      </dd>
    </div>
  );
}
