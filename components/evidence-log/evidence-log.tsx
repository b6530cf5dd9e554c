'use client';

/**
 * The evidence log: a record a person keeps for themselves, without making a referral.
 *
 * It lives in this page's memory only. Nothing goes to localStorage or sessionStorage and
 * nothing is sent to the server, because the device may be checked by the person who hurt them:
 * closing or reloading the page forgets it, so the page offers printing and a download.
 *
 * This component holds the items and the draft and saves it; the list (evidence-log-entries.tsx)
 * and the form (evidence-log-form.tsx) show them. It is the log's one client boundary: without
 * JavaScript the page renders only `withoutJavaScript`.
 */
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useJavaScriptRunning } from '@/components/javascript-running/use-javascript-running';
import { usePhoneNumbers } from '@/components/phone-numbers/use-phone-numbers';
import type { PlatformId } from '@/lib/platforms/catalogue';
import { emptyDraft, readAgain, readWhere, validateDraft, type Draft, type FieldError } from './evidence-log-draft';
import { EvidenceLogEntries } from './evidence-log-entries';
import { platformNameOf, type EvidenceLogEntry } from './evidence-log-entry';
import { EvidenceLogForm } from './evidence-log-form';

type Props = {
  platformOptions: readonly { id: PlatformId; name: string }[];
  /** What the page shows until the log can run: all a browser without JavaScript ever sees. */
  withoutJavaScript: ReactNode;
};

export function EvidenceLog({ platformOptions, withoutJavaScript }: Props) {
  const running = useJavaScriptRunning();
  const phoneNumbersLoaded = usePhoneNumbers();
  const [entries, setEntries] = useState<EvidenceLogEntry[]>([]);
  // What was recognised is worked out again whenever the log is shown (L9): a number saved before
  // the phone library loaded (a slow connection) is read again, and placed, once it has.
  const shown = useMemo(
    () => entries.map(readAgain),
    // phoneNumbersLoaded changes what readWhere answers, though it is not passed to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, phoneNumbersLoaded],
  );
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextId = useRef(1);
  const firstField = useRef<HTMLSelectElement>(null);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function save(event: FormEvent) {
    event.preventDefault();
    const { errors: found, ...read } = validateDraft(draft);
    setErrors(found);
    // The error summary takes focus itself, so the problem is read out first.
    if (found.length > 0) return;
    // validateDraft() has already refused an empty platform; this narrows the type.
    if (draft.platformId === '') return;
    const entry: EvidenceLogEntry = {
      id: editingId ?? nextId.current++,
      platformId: draft.platformId,
      ...read,
      seenAt: draft.seenAt,
      whatItShows: draft.whatItShows.trim(),
      reported: draft.reported,
      reportReference: draft.reported === 'yes' ? draft.reportReference.trim() : '',
      screenshotKept: draft.screenshotKept,
      capturedAt: draft.capturedAt,
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
    // What only an entry has (its id, what was recognised) rides along unread: a save reads the
    // "where" afresh and builds the entry from the draft's own fields.
    setDraft(entry);
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

  if (!running) return withoutJavaScript;

  return (
    <div className="evidence-log">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <h2 className="print-only" suppressHydrationWarning>Evidence log, printed {new Date().toLocaleDateString('en-GB')}</h2>
      <EvidenceLogEntries entries={shown} onMove={moveToSuggested} onEdit={edit} onRemove={remove} />

      <EvidenceLogForm
        platformOptions={platformOptions}
        draft={draft}
        update={update}
        errors={errors}
        changing={editingId !== null}
        firstField={firstField}
        onSave={save}
      />
    </div>
  );
}
