/**
 * The item being added or changed in the evidence log, before it is saved: its fields as typed,
 * their limits, and the check a save makes. Kept apart from the components, with no React in
 * it; a save and "Change to" the suggested platform read a "where" the same way here.
 */
import type { PlatformId } from '@/lib/platforms/catalogue';
import { describeRecognised, readEvidence, readingHints } from '@/lib/platforms/recognise';
import type { EvidenceLogEntry } from './evidence-log-entry';

export const limits = { where: 2000, whatItShows: 500, reportReference: 100 } as const;

/** Named as an entry's fields are, so an entry can be taken back into the form as it is. */
export type Draft = {
  platformId: PlatformId | '';
  where: string;
  seenAt: string;
  whatItShows: string;
  reported: EvidenceLogEntry['reported'];
  reportReference: string;
  screenshotKept: boolean;
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
};

export type FieldError = { field: 'platform' | 'where' | 'whatItShows' | 'reportReference'; message: string };

/** What the log keeps of a "where": as entered, what was recognised beside it, and notes. */
type Read = Pick<EvidenceLogEntry, 'where' | 'recognised' | 'notes' | 'suggestedPlatform'>;

/** Reads a "where" on a platform: refused only when hostile (readEvidence), kept otherwise. */
export function readWhere(platformId: PlatformId, where: string): Read | { message: string } {
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

/** The draft's errors, and its "where" as the log keeps it when there are none. */
export function validateDraft(draft: Draft): { errors: FieldError[] } & Read {
  const found: FieldError[] = [];
  let read: Read = { where: draft.where.trim(), recognised: '', notes: [] };
  const where = read.where;
  if (draft.platformId === '') found.push({ field: 'platform', message: 'Select where you saw it' });
  if (where === '') {
    found.push({ field: 'where', message: 'Enter the link, username or phone number' });
  } else if (where.length > limits.where) {
    found.push({ field: 'where', message: `The link, username or phone number must be ${limits.where} characters or fewer` });
  } else if (draft.platformId !== '') {
    // Kept as entered (less tracking parameters), with what we recognised beside it; refused
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
