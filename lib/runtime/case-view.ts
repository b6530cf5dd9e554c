/**
 * One case as the case page shows it, decrypted in memory for that page only: the safe-contact
 * rules first, then the referral through the email's own formatter (triage, the safe-contact
 * block, every answer), the evidence described and defanged, and the notes. Notes are
 * encrypted with the data key like the referral, bound to the case's reference.
 */
import 'server-only';
import { decryptMessages, type CaseMessage } from '@/lib/check-back/messages';
import { decryptPayload, encryptPayload } from '@/lib/crypto/payload-cipher';
import { contactRules, type ContactRules } from '@/lib/inbox/contact-rules';
import type { CaseRecord } from '@/lib/cases/case-repository';
import { readStoredReferral } from '@/lib/cases/stored-referral';
import { caseFormErrors, isOverdue, type CaseFormError } from '@/lib/cases/case-state';
import type { InboxRuntime } from '@/lib/runtime/inbox-runtime';
import { whichLawSummaryFor, type WhichLawSummary } from '@/lib/inbox/which-law-summary';
import { holdFormErrors, type HoldFormError } from '@/lib/retention/legal-hold';
import type { Answers } from '@/lib/referral/definition';
import { defangEvidence, describeEvidence, summarise, type AnswerSection, type EvidenceDescription } from '@/lib/referral/format';
import { safeContact, type Block } from '@/lib/referral/output/human-v1';
import type { Triage } from '@/lib/referral/triage';

/** Every error the case page's forms can show, by code: its actions redirect with one, the page shows it. */
export const casePageErrors = { ...caseFormErrors, ...holdFormErrors };
export type CasePageError = CaseFormError | HoldFormError;

export type CaseNote = { id: number; authorEmail: string; text: string; createdAt: number };

export type CaseView = {
  record: CaseRecord;
  answers: Answers;
  triage: Triage;
  rules: ContactRules;
  safeContact: Block;
  sections: AnswerSection[];
  evidence: (EvidenceDescription & { defanged: string; defangedCleanedLink: string })[];
  notes: CaseNote[];
  /** The messages between the support worker and the person, oldest first. */
  messages: CaseMessage[];
  /** Whether the person chose a PIN, so a message to them can be read; none is offered otherwise. */
  canMessage: boolean;
  withdrawn: false;
  overdue: boolean;
  /** The which-law answer for what they said and what it rests on, or undefined when nothing was shared or threatened. */
  whichLaw: WhichLawSummary | undefined;
};

const noteContext = (reference: string) => `case-note:${reference}`;

export function encryptNote(dataKey: Buffer, reference: string, text: string): Buffer {
  return encryptPayload(dataKey, noteContext(reference), { text });
}

/** A referral the person withdrew: the reference, its dates and that it was withdrawn, nothing else. */
export type WithdrawnCase = { withdrawn: true; record: CaseRecord };

/** The case, or undefined when no referral has this reference (never stored, or purged). */
export async function loadCase(
  { cases, checkBack, dataKey, env, now }: Pick<InboxRuntime, 'cases' | 'checkBack' | 'dataKey' | 'env' | 'now'>,
  reference: string,
): Promise<CaseView | WithdrawnCase | undefined> {
  const record = await cases.findCase(reference);
  if (!record) return undefined;
  if (record.withdrawnAt !== null) return { withdrawn: true, record };
  const { answers, triage } = readStoredReferral(dataKey, record);
  const notes = (await cases.notes(reference)).map((note) => ({
    id: note.id,
    authorEmail: note.authorEmail,
    createdAt: note.createdAt,
    text: String(decryptPayload(dataKey, noteContext(reference), note.encryptedBody).text),
  }));
  return {
    record,
    answers,
    triage,
    rules: contactRules(answers),
    safeContact: safeContact(answers),
    sections: summarise(answers)
      .map((section) => ({ ...section, rows: section.rows.filter((row) => row.fieldId !== 'evidence') }))
      .filter((section) => section.rows.length > 0),
    evidence: answers.evidence.map((item) => {
      const described = describeEvidence(item);
      const defanged = defangEvidence(described);
      return { ...described, defanged: defanged.where, defangedCleanedLink: defanged.cleanedLink };
    }),
    notes,
    messages: decryptMessages(dataKey, reference, await checkBack.messages(reference)),
    canMessage: (await checkBack.pinHash(reference)) !== undefined,
    withdrawn: false,
    overdue: isOverdue(record, now(), env.inbox.contactTargetWorkingDays),
    whichLaw: whichLawSummaryFor(answers),
  };
}
