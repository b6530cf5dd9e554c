/**
 * A stored referral read back: the one place that decrypts a case's payload and reads it as the
 * form's answers, with the triage its email carried. The case page, the queue, the figures, the
 * retention sweep and the check-back all read stored referrals here, in memory only.
 */
import 'server-only';
import type { CaseRecord } from '@/lib/cases/case-repository';
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
    return readStoredReferral(dataKey, record).triage.priority;
  } catch {
    return null;
  }
}
