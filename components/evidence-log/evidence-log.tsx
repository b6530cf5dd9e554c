'use client';

/**
 * The evidence log: a record a person keeps for themselves, without making a referral.
 *
 * It lives in this page's memory only. Nothing goes to localStorage or sessionStorage and
 * nothing is sent to the server, because the device may be checked by the person who hurt them:
 * closing or reloading the page forgets it, so the page offers printing and a download.
 */
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Field, Fieldset } from '@/components/form-kit/field';
import { useJavaScriptRunning } from '@/components/javascript-running/use-javascript-running';
import type { PlatformId } from '@/lib/platforms/catalogue';
import { usePhoneNumbers } from '@/components/phone-numbers/use-phone-numbers';
import { describeRecognised, readEvidence, readingHints } from '@/lib/platforms/recognise';
import {
  downloadAdvice,
  downloadFileName,
  logAsText,
  platformNameOf,
  reportedLabels,
  type EvidenceLogEntry,
} from './evidence-log-entry';

type Props = {
  platformOptions: readonly { id: PlatformId; name: string }[];
  /** What the page shows until the log can run: all a browser without JavaScript ever sees. */
  withoutJavaScript: ReactNode;
};

const limits = { where: 2000, whatItShows: 500, reportReference: 100 } as const;

type Draft = {
  platform: PlatformId | '';
  where: string;
  seenAt: string;
  whatItShows: string;
  reported: EvidenceLogEntry['reported'];
  reportReference: string;
  screenshotKept: boolean;
  fingerprint?: EvidenceLogEntry['fingerprint'];
};

const emptyDraft: Draft = {
  platform: '',
  where: '',
  seenAt: '',
  whatItShows: '',
  reported: 'not-sure',
  reportReference: '',
  screenshotKept: false,
};

type FieldError = { field: 'platform' | 'where' | 'whatItShows' | 'reportReference'; message: string };

/** What the log keeps of a "where": as entered, what was recognised beside it, and notes. */
type Read = Pick<EvidenceLogEntry, 'where' | 'recognised' | 'notes' | 'suggestedPlatform'>;

/** Reads a "where" on a platform: refused only when hostile (readEvidence), kept otherwise. */
function readWhere(platformId: PlatformId, where: string): Read | { message: string } {
  const reading = readEvidence(platformId, where);
  if (!reading.ok) return { message: reading.message };
  const recognised = reading.recognised;
  return {
    where: reading.entered,
    recognised: recognised ? describeRecognised(recognised) : readingHints.notRecognisedShort,
    notes: reading.hints,
    ...(recognised && recognised.platform !== platformId ? { suggestedPlatform: recognised.platform } : {}),
  };
}


/** Hex SHA-256 of a file, computed in the browser: the file itself never leaves the device. */
async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function EvidenceLog({ platformOptions, withoutJavaScript }: Props) {
  const running = useJavaScriptRunning();
  usePhoneNumbers();
  const [entries, setEntries] = useState<EvidenceLogEntry[]>([]);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextId = useRef(1);
  const firstField = useRef<HTMLSelectElement>(null);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorFor = (field: FieldError['field']) => errors.find((error) => error.field === field)?.message;
  // Once per save, so the summary takes focus for each save's errors and not as the person types.
  const summaryErrors = useMemo(() => errors.map((error) => ({ field: `log-${error.field}`, message: error.message })), [errors]);

  function validate(): { errors: FieldError[] } & Read {
    const found: FieldError[] = [];
    let read: Read = { where: draft.where.trim(), recognised: '', notes: [] };
    const where = read.where;
    if (draft.platform === '') found.push({ field: 'platform', message: 'Select where you saw it' });
    if (where === '') {
      found.push({ field: 'where', message: 'Enter the link, username or phone number' });
    } else if (where.length > limits.where) {
      found.push({ field: 'where', message: `The link, username or phone number must be ${limits.where} characters or fewer` });
    } else if (draft.platform !== '') {
      // Kept as entered (less tracking parameters), with what we recognised beside it; refused
      // only when it is not evidence or is dangerous. A personal log never refuses a note.
      const reading = readWhere(draft.platform, where);
      if ('message' in reading) found.push({ field: 'where', message: reading.message });
      else read = reading;
    }
    if (draft.whatItShows.length > limits.whatItShows) {
      found.push({ field: 'whatItShows', message: `What it shows must be ${limits.whatItShows} characters or fewer` });
    }
    if (draft.reportReference.length > limits.reportReference) {
      found.push({ field: 'reportReference', message: `The reference must be ${limits.reportReference} characters or fewer` });
    }
    return { errors: found, ...read };
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const result = validate();
    setErrors(result.errors);
    // The error summary takes focus itself, so the problem is read out first.
    if (result.errors.length > 0) return;
    // validate() has already refused an empty platform; this narrows the type.
    if (draft.platform === '') return;
    const entry: EvidenceLogEntry = {
      id: editingId ?? nextId.current++,
      platformId: draft.platform,
      where: result.where,
      recognised: result.recognised,
      notes: result.notes,
      suggestedPlatform: result.suggestedPlatform,
      seenAt: draft.seenAt,
      whatItShows: draft.whatItShows.trim(),
      reported: draft.reported,
      reportReference: draft.reported === 'yes' ? draft.reportReference.trim() : '',
      screenshotKept: draft.screenshotKept,
      fingerprint: draft.fingerprint,
    };
    setEntries((current) =>
      editingId === null ? [...current, entry] : current.map((existing) => (existing.id === editingId ? entry : existing)),
    );
    setAnnouncement(editingId === null ? `Item ${entries.length + 1} added to your log.` : 'Item updated.');
    setDraft(emptyDraft);
    setEditingId(null);
  }

  function edit(entry: EvidenceLogEntry) {
    setDraft({
      platform: entry.platformId,
      where: entry.where,
      seenAt: entry.seenAt,
      whatItShows: entry.whatItShows,
      reported: entry.reported,
      reportReference: entry.reportReference,
      screenshotKept: entry.screenshotKept,
      fingerprint: entry.fingerprint,
    });
    setEditingId(entry.id);
    setErrors([]);
    firstField.current?.focus();
  }

  /** Takes the suggestion: the item moves to the platform its link is on, read again there. */
  function moveToSuggested(entry: EvidenceLogEntry, position: number) {
    const platformId = entry.suggestedPlatform;
    if (platformId === undefined) return;
    const read = readWhere(platformId, entry.where);
    if ('message' in read) return;
    setEntries((current) => current.map((existing) => (existing.id === entry.id ? { ...existing, platformId, suggestedPlatform: undefined, ...read } : existing)));
    setAnnouncement(`Item ${position} moved to ${platformNameOf({ platformId })}.`);
  }

  function remove(entry: EvidenceLogEntry, position: number) {
    setEntries((current) => current.filter((existing) => existing.id !== entry.id));
    setAnnouncement(`Item ${position} removed from your log.`);
  }

  async function fingerprint(file: File | undefined) {
    if (!file) return update('fingerprint', undefined);
    update('fingerprint', { fileName: file.name, sha256: await sha256Hex(file) });
  }

  function download() {
    const now = new Date();
    const blob = new Blob([logAsText(entries, now)], { type: 'text/plain;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = downloadFileName(now);
    link.click();
    URL.revokeObjectURL(link.href);
  }

  if (!running) return withoutJavaScript;

  return (
    <div className="evidence-log">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <h2 className="print-only" suppressHydrationWarning>Evidence log, printed {new Date().toLocaleDateString('en-GB')}</h2>
      {entries.length === 0 ? (
        <p>Your log is empty. Add the first item below.</p>
      ) : (
        <ol className="evidence-log__entries">
          {entries.map((entry, index) => (
            <li key={entry.id} className="evidence-log__entry">
              <h3>
                {index + 1}. {platformNameOf(entry)}
              </h3>
              <dl className="summary-list">
                <Row label="Where, as entered">
                  <span className="plain-link">{entry.where}</span>
                  {entry.notes.map((note) => (
                    <span key={note} className="summary-list__line hint">
                      {note}
                    </span>
                  ))}
                </Row>
                {entry.recognised ? <Row label="Recognised">{entry.recognised}</Row> : null}
                <Row label="Seen">{entry.seenAt ? new Date(entry.seenAt).toLocaleString('en-GB') : 'Not given'}</Row>
                <Row label="What it shows">{entry.whatItShows || 'Not given'}</Row>
                <Row label="Reported to the platform">
                  {reportedLabels[entry.reported]}
                  {entry.reportReference ? ` (reference ${entry.reportReference})` : ''}
                </Row>
                <Row label="Screenshot kept">{entry.screenshotKept ? 'Yes' : 'No'}</Row>
                {entry.fingerprint ? (
                  <Row label="Screenshot fingerprint (SHA-256)">
                    <span className="evidence-log__hash">{entry.fingerprint.sha256}</span> ({entry.fingerprint.fileName})
                  </Row>
                ) : null}
              </dl>
              <p className="evidence-log__actions no-print">
                {entry.suggestedPlatform ? (
                  <>
                    <button type="button" className="button button--secondary" onClick={() => moveToSuggested(entry, index + 1)}>
                      Change to {platformNameOf({ platformId: entry.suggestedPlatform })}
                      <span className="visually-hidden"> for item {index + 1}</span>
                    </button>{' '}
                  </>
                ) : null}
                <button type="button" className="button button--secondary" onClick={() => edit(entry)}>
                  Change<span className="visually-hidden"> item {index + 1}</span>
                </button>{' '}
                <button type="button" className="button button--secondary" onClick={() => remove(entry, index + 1)}>
                  Remove<span className="visually-hidden"> item {index + 1}</span>
                </button>
              </p>
            </li>
          ))}
        </ol>
      )}

      {entries.length > 0 ? (
        <p className="no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print your log
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={download} aria-describedby="download-advice">
            Download your log
          </button>
        </p>
      ) : null}
      {entries.length > 0 ? (
        <div id="download-advice" className="hint no-print">
          {downloadAdvice.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}

      <form className="no-print" onSubmit={save} noValidate autoComplete="off">
        <h2>{editingId === null ? 'Add an item' : 'Change this item'}</h2>

        <ErrorSummary errors={summaryErrors} />

        <Field id="log-platform" label="Where did you see it?" error={errorFor('platform')}>
          {(aria) => (
            <select
              id="log-platform"
              ref={firstField}
              value={draft.platform}
              {...aria}
              onChange={(event) => update('platform', event.target.value as PlatformId | '')}
            >
              <option value="">Select</option>
              {platformOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id="log-where" label="Link, username or phone number" hint="Paste it as you copied it: a share link is fine. It is kept exactly as you enter it." error={errorFor('where')}>
          {(aria) => (
            <input
              id="log-where"
              type="text"
              inputMode="url"
              spellCheck={false}
              maxLength={limits.where}
              value={draft.where}
              {...aria}
              onChange={(event) => update('where', event.target.value)}
            />
          )}
        </Field>

        <Field id="log-seenAt" label="When did you see it? (optional)">
          {(aria) => (
            <input id="log-seenAt" type="datetime-local" value={draft.seenAt} {...aria} onChange={(event) => update('seenAt', event.target.value)} />
          )}
        </Field>

        <Field
          id="log-whatItShows"
          label="What does it show? (optional)"
          hint="Describe it in words, for example 'a post with my photo and my name'. Do not add the image."
          error={errorFor('whatItShows')}
        >
          {(aria) => (
            <textarea
              id="log-whatItShows"
              rows={3}
              maxLength={limits.whatItShows}
              value={draft.whatItShows}
              {...aria}
              onChange={(event) => update('whatItShows', event.target.value)}
            />
          )}
        </Field>

        <Fieldset id="log-reported" legend="Have you reported it to the platform?">
          {(Object.keys(reportedLabels) as EvidenceLogEntry['reported'][]).map((value) => (
            <div key={value} className="radio">
              <input
                id={`log-reported-${value}`}
                type="radio"
                name="reported"
                value={value}
                checked={draft.reported === value}
                onChange={() => update('reported', value)}
              />
              <label htmlFor={`log-reported-${value}`}>{reportedLabels[value]}</label>
            </div>
          ))}
        </Fieldset>

        {draft.reported === 'yes' ? (
          <Field id="log-reportReference" label="Report reference (optional)" error={errorFor('reportReference')}>
            {(aria) => (
              <input
                id="log-reportReference"
                type="text"
                maxLength={limits.reportReference}
                value={draft.reportReference}
                {...aria}
                onChange={(event) => update('reportReference', event.target.value)}
              />
            )}
          </Field>
        ) : null}

        <div className="form-group checkbox">
          <input
            id="log-screenshotKept"
            type="checkbox"
            checked={draft.screenshotKept}
            onChange={(event) => update('screenshotKept', event.target.checked)}
          />
          <label htmlFor="log-screenshotKept">I kept a screenshot</label>
        </div>

        <Field
          id="log-fingerprint"
          label="Fingerprint a screenshot (optional)"
          hint="Choose your screenshot to work out its fingerprint, a code that changes if the file is ever altered. The file stays on your device and is not uploaded."
        >
          {(aria) => (
            <input id="log-fingerprint" type="file" accept="image/*" {...aria} onChange={(event) => void fingerprint(event.target.files?.[0])} />
          )}
        </Field>
        {draft.fingerprint ? (
          <p>
            Fingerprint (SHA-256): <span className="evidence-log__hash" data-testid="draft-fingerprint">{draft.fingerprint.sha256}</span>
          </p>
        ) : null}

        <button type="submit" className="button">
          {editingId === null ? 'Add to log' : 'Save changes'}
        </button>
      </form>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
