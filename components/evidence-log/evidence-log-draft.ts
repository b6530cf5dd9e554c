/**
 * The item being added or changed in the evidence log, before it is saved: its fields as typed,
 * their limits, and the check a save makes. Kept apart from the components, with no React in
 * it; a save and "Change to" the suggested platform read a "where" the same way here.
 */
import type { PlatformId } from '@/lib/platforms/catalogue';
import { describeRecognised, linksIn, readEvidence, readingHints } from '@/lib/platforms/recognise';
import { maxInputLength } from '@/lib/platforms/recognisers/results';
import type { EvidenceLogEntry } from './evidence-log-entry';

/**
 * The "where" takes as much as readEvidence keeps (10,000 characters: a whole message pasted with
 * the link at its end is kept as it is), and the field has no maxlength, so a browser never cuts a
 * paste without a word (M2); longer is refused on saving, with the link found in it.
 */
export const limits = { where: maxInputLength, whatItShows: 500, reportReference: 100 } as const;

/** What she is told when a paste is longer than the log keeps: its length, and the link in it. */
export function whereTooLongMessage(where: string): string {
  const links = linksIn(where, 3);
  const found = links.length === 0 ? 'Paste just the link, username or phone number' : `Paste just the link${links.length > 1 ? 's' : ''} in it: ${links.join(', ')}`;
  return `What you entered is ${where.length.toLocaleString('en-GB')} characters, more than the log keeps (${limits.where.toLocaleString('en-GB')}). Nothing has been added. ${found}`;
}

/** Named as an entry's fields are, so an entry can be taken back into the form as it is. */
export type Draft = {
  platformId: PlatformId | '';
  where: string;
  seenAt: string;
  whatItShows: string;
  reported: EvidenceLogEntry['reported'];
  reportReference: string;
  screenshotKept: boolean;
  capturedAt: string;
  fingerprint?: EvidenceLogEntry['fingerprint'];
};

export const emptyDraft: Draft = {
  platformId: '',
  where: '',
  seenAt: '',
  whatItShows: '',
  reported: 'not-sure',
  reportReference: '',
  screenshotKept: false,
  capturedAt: '',
};

export type FieldError = { field: 'platform' | 'where' | 'whatItShows' | 'reportReference'; message: string };

/** What the log keeps of a "where": as entered, what was recognised beside it, and notes. */
type Read = Pick<EvidenceLogEntry, 'where' | 'cleanedLink' | 'recognised' | 'notes' | 'suggestedPlatform'>;

/** Reads a "where" on a platform: refused only when hostile (readEvidence), kept otherwise. */
export function readWhere(platformId: PlatformId, where: string): Read | { message: string } {
  const reading = readEvidence(platformId, where);
  if (!reading.ok) return { message: reading.message };
  const recognised = reading.recognised;
  return {
    where: reading.entered,
    ...(reading.trackingRemoved && reading.cleanedLink !== null ? { cleanedLink: reading.cleanedLink } : {}),
    recognised: recognised ? describeRecognised(recognised) : readingHints.notRecognisedShort,
    notes: reading.hints,
    ...(recognised && recognised.platform !== platformId ? { suggestedPlatform: recognised.platform } : {}),
  };
}

/**
 * An entry as it is shown: its "where" read afresh (L9), so what is recognised beside it, its
 * notes, its cleaned link and any suggestion follow what the recognisers know now. A number saved
 * while the phone library was still loading is placed once it has loaded.
 */
export function readAgain(entry: EvidenceLogEntry): EvidenceLogEntry {
  const read = readWhere(entry.platformId, entry.where);
  if ('message' in read) return entry;
  return { ...entry, cleanedLink: undefined, suggestedPlatform: undefined, ...read };
}

/** The draft's errors, and its "where" as the log keeps it when there are none. */
export function validateDraft(draft: Draft): { errors: FieldError[] } & Read {
  const found: FieldError[] = [];
  let read: Read = { where: draft.where.trim(), recognised: '', notes: [] };
  const where = read.where;
  if (draft.platformId === '') found.push({ field: 'platform', message: 'Select where you saw it' });
  if (where === '') {
    found.push({ field: 'where', message: 'Enter the link, username or phone number' });
  } else if (where.length > limits.where) {
    found.push({ field: 'where', message: whereTooLongMessage(where) });
  } else if (draft.platformId !== '') {
    // Kept as entered (parameters and all), with what we recognised beside it; refused
    // only when it is not evidence or is dangerous. A personal log never refuses a note.
    const reading = readWhere(draft.platformId, where);
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
