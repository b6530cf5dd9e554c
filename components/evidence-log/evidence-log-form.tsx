/**
 * The evidence log's form, to add an item or change one: its fields, the errors of the last
 * save, and the screenshot's fingerprint, worked out on the device. Part of the log's one client
 * component (evidence-log.tsx), which holds the draft and saves it.
 */
import { useMemo, type FormEvent, type RefObject } from 'react';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Field, Fieldset } from '@/components/form-kit/field';
import type { PlatformId } from '@/lib/platforms/catalogue';
import { limits, type Draft, type FieldError } from './evidence-log-draft';
import { reportedLabels, type EvidenceLogEntry } from './evidence-log-entry';

type Props = {
  platformOptions: readonly { id: PlatformId; name: string }[];
  draft: Draft;
  update: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  errors: FieldError[];
  /** Changing an item already in the log, rather than adding one. */
  changing: boolean;
  /** The first field, which takes focus when an item is to be changed. */
  firstField: RefObject<HTMLSelectElement | null>;
  onSave: (event: FormEvent) => void;
};

/** Hex SHA-256 of a file, computed in the browser: the file itself never leaves the device. */
async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function EvidenceLogForm({ platformOptions, draft, update, errors, changing, firstField, onSave }: Props) {
  const errorFor = (field: FieldError['field']) => errors.find((error) => error.field === field)?.message;
  // Once per save, so the summary takes focus for each save's errors and not as the person types.
  const summaryErrors = useMemo(() => errors.map((error) => ({ field: `log-${error.field}`, message: error.message })), [errors]);

  async function fingerprint(file: File | undefined) {
    if (!file) return update('fingerprint', undefined);
    update('fingerprint', { fileName: file.name, sha256: await sha256Hex(file) });
  }

  return (
    <form className="no-print" onSubmit={onSave} noValidate autoComplete="off">
      <h2>{changing ? 'Change this item' : 'Add an item'}</h2>

      <ErrorSummary errors={summaryErrors} />

      <Field id="log-platform" label="Where did you see it?" error={errorFor('platform')}>
        {(aria) => (
          <select
            id="log-platform"
            ref={firstField}
            value={draft.platformId}
            {...aria}
            onChange={(event) => update('platformId', event.target.value as PlatformId | '')}
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

      {/* No maxLength (M2): a browser would cut a long paste without a word; a save over the
          limit says so instead. No inputMode="url" (L8): the field takes names and numbers too,
          and a phone's address keyboard may have no space bar. */}
      <Field
        id="log-where"
        label="Link, username or phone number"
        hint="Paste it as you copied it: a share link is fine. It is kept exactly as you enter it, including any parts that show who shared it."
        error={errorFor('where')}
      >
        {(aria) => (
          <input
            id="log-where"
            type="text"
            spellCheck={false}
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
        hint={`Describe it in words, for example 'a post with my photo and my name', in up to ${limits.whatItShows} characters. Do not add the image.`}
        error={errorFor('whatItShows')}
      >
        {(aria) => (
          <textarea
            id="log-whatItShows"
            rows={3}
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
        id="log-capturedAt"
        label="When did you capture it? (optional)"
        hint="When you took the screenshot or saved the message, if you did."
      >
        {(aria) => (
          <input id="log-capturedAt" type="datetime-local" value={draft.capturedAt} {...aria} onChange={(event) => update('capturedAt', event.target.value)} />
        )}
      </Field>

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
        {changing ? 'Save changes' : 'Add to log'}
      </button>
    </form>
  );
}
