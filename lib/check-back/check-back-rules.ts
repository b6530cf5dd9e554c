/**
 * The check-back, defined once: what a PIN must be, how long a message may be, how a case's
 * status reads to the person who asked for help, and every error message its forms show. The
 * confirmation page, the /check pages, the server actions and the case page all read these.
 *
 * Pure: no Node, database or environment imports.
 */
import { caseFormErrors, caseOutcomes, MESSAGE_MAX_LENGTH, type CaseOutcome, type CaseStatus } from '@/lib/cases/case-state';

export { MESSAGE_MAX_LENGTH };

/**
 * Six to twelve digits. Six is the shortest a person can be asked to remember that still takes a
 * guesser months at five tries a quarter of an hour; digits, because a phone's number pad is the
 * easiest keyboard to use in a hurry.
 */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

/** Wrong PINs for one reference before it is locked, and for how long. */
export const PIN_TRIES_BEFORE_LOCK = 5;
export const PIN_LOCK_MS = 15 * 60 * 1000;

/** How long a check-back page stays usable: a few minutes, then the person signs in again. */
export const CHECK_BACK_SESSION_MS = 10 * 60 * 1000;

/** How long the confirmation page's offer to choose a PIN lasts. */
export const PIN_OFFER_MS = 30 * 60 * 1000;

/** The PIN as typed, with the spaces people add to read it back; undefined when it is not one. */
export function normalisePin(typed: string): string | undefined {
  const pin = typed.replace(/\s/g, '');
  return /^\d+$/.test(pin) && pin.length >= PIN_MIN_LENGTH && pin.length <= PIN_MAX_LENGTH ? pin : undefined;
}

/** What is wrong with a chosen PIN and its repetition, in the words the form shows. */
export function choosePinProblem(pin: string, again: string): { field: 'pin' | 'pinAgain'; message: string } | undefined {
  const compact = pin.replace(/\s/g, '');
  if (compact === '') return { field: 'pin', message: 'Enter a PIN' };
  if (!/^\d+$/.test(compact)) return { field: 'pin', message: 'PIN must only include numbers 0 to 9' };
  if (compact.length < PIN_MIN_LENGTH) return { field: 'pin', message: `PIN must be ${PIN_MIN_LENGTH} numbers or more` };
  if (compact.length > PIN_MAX_LENGTH) return { field: 'pin', message: `PIN must be ${PIN_MAX_LENGTH} numbers or fewer` };
  if (/^(\d)\1+$/.test(compact) || '01234567890123456789'.includes(compact) || '98765432109876543210'.includes(compact)) {
    return { field: 'pin', message: 'PIN is too easy to guess: do not use the same number or numbers in order' };
  }
  if (again.replace(/\s/g, '') !== compact) return { field: 'pinAgain', message: 'Enter the same PIN again' };
  return undefined;
}

/** What is wrong with a message as typed (either side's), by the case page's error code; undefined when nothing. */
export function messageProblem(text: string): { code: 'message-empty' | 'message-too-long'; message: string } | undefined {
  if (text.trim() === '') return { code: 'message-empty', message: caseFormErrors['message-empty'].message };
  if (text.length > MESSAGE_MAX_LENGTH) return { code: 'message-too-long', message: caseFormErrors['message-too-long'].message };
  return undefined;
}

/** What happened, in the person's words, for a case closed with each outcome. */
const closedWords: Record<CaseOutcome, string> = {
  supported: 'Your support worker has closed your referral after supporting you.',
  'referred-on': 'Your support worker has passed your referral to another service that can help.',
  'could-not-contact': 'Your support worker has closed your referral because they could not find a safe way to contact you.',
  declined: 'Your support worker has closed your referral because you told them you did not want support now.',
  withdrawn: 'You withdrew your referral.',
};

/** The case's status as the person who asked for help reads it: a heading and a sentence. */
export function statusForPerson(status: CaseStatus, outcome: CaseOutcome | null): { title: string; detail: string } {
  switch (status) {
    case 'new':
      return { title: 'Received', detail: 'Your referral has arrived. A support worker has not started on it yet.' };
    case 'in-progress':
      return { title: 'A support worker is looking at it', detail: 'A support worker is reading your referral and working out how to help.' };
    case 'contacting':
      return { title: 'We have tried to contact you', detail: 'A support worker has tried to contact you in the way you said was safe.' };
    case 'waiting':
      return { title: 'Waiting for you', detail: 'Your support worker is waiting to hear from you. You can reply below.' };
    case 'closed':
      return {
        title: 'Closed',
        detail: closedWords[outcome && caseOutcomes.includes(outcome) ? outcome : 'supported'],
      };
  }
}

/** The check-back forms' errors, by field. */
export const checkBackErrors = {
  referenceMissing: { field: 'reference', message: 'Enter your reference' },
  referenceInvalid: { field: 'reference', message: 'Enter your reference as it was shown, for example KQ7M-X4PD' },
  pinMissing: { field: 'pin', message: 'Enter your PIN' },
  /** The same for a wrong PIN and a reference we do not know: the answer must not say which. */
  noMatch: { field: 'pin', message: 'The reference and PIN do not match. Check them and try again' },
} as const;
