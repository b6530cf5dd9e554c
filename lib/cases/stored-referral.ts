/**
 * A stored referral read back: the one place that decrypts a case's payload and reads it as the
 * form's answers, with the triage its email carried. The case page, the queue, the figures, the
 * retention sweep and the check-back all read stored referrals here, in memory only. The
 * priority is also stored beside each referral when it is accepted (`payloadPriority`), so the
 * queue sorts in SQL; referrals stored before that are triaged once (`fillUnknownPriorities`).
 */
import 'server-only';
import type { CaseRecord, CaseRepository } from '@/lib/cases/case-repository';
import { decryptPayload } from '@/lib/crypto/payload-cipher';
import type { Answers } from '@/lib/referral/definition';
import { triage, type Priority, type Triage } from '@/lib/referral/triage';
import { readAnswers } from '@/lib/referral/wizard';

export type StoredReferral = { answers: Answers; triage: Triage };

/** Decrypts and reads a stored referral; throws if it cannot be decrypted (a wrong data key). */
export function readStoredReferral(dataKey: Buffer, record: Pick<CaseRecord, 'reference' | 'encryptedPayload'>): StoredReferral {
  const answers = readAnswers(decryptPayload(dataKey, record.reference, record.encryptedPayload));
  return { answers, triage: triage(answers) };
}

/**
 * A stored referral's priority, the same triage its email carries; null when it cannot be
 * decrypted (a wrong data key, or an emptied, withdrawn one).
 */
export function storedPriority(dataKey: Buffer, record: Pick<CaseRecord, 'reference' | 'encryptedPayload'>): Priority | null {
  try {
    return payloadPriority(decryptPayload(dataKey, record.reference, record.encryptedPayload));
  } catch {
    return null;
  }
}

/** The priority of a payload about to be stored: the same as `storedPriority` will read back from it. */
export function payloadPriority(payload: Record<string, unknown>): Priority | null {
  try {
    return triage(readAnswers(payload)).priority;
  } catch {
    return null;
  }
}

/** How many referrals one slice of `fillUnknownPriorities` triages before yielding. */
const FILL_SLICE = 200;

/**
 * Stores the priority of every referral stored before priorities were (NULL in SQL, which holds
 * no data key), decrypting each once, a slice at a time with a yield between slices so requests
 * are answered meanwhile. Returns how many it filled; a no-op (one indexed query) once all are.
 */
export async function fillUnknownPriorities(
  cases: Pick<CaseRepository, 'unprioritised' | 'setPriority'>,
  dataKey: Buffer,
  slice = FILL_SLICE,
): Promise<number> {
  let filled = 0;
  for (;;) {
    const batch = await cases.unprioritised(slice);
    for (const record of batch) await cases.setPriority(record.reference, storedPriority(dataKey, record));
    filled += batch.length;
    if (batch.length < slice) return filled;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
