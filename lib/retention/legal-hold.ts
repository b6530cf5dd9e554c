/**
 * Legal hold: a manager stops a case from being deleted on its date (a court case, a police
 * request, a complaint), with a reason and a date to look at it again. Lifting it takes two
 * managers: one asks, a different one approves, so no one person can delete a held case early.
 * Every step is audited (the review date as detail, never the reason). The person's own
 * withdrawal is not stopped by a hold: it deletes the hold's reason with the rest.
 *
 * The reason is a manager's words about the case, so it is bounded, encrypted at rest with the
 * data key and bound to the reference, like a note.
 */
import 'server-only';
import { decryptPayload, encryptPayload } from '@/lib/crypto/payload-cipher';
import type { LegalHold, RetentionRepository } from '@/lib/retention/repository';
import { DAY_MS } from '@/lib/cases/case-state';
import type { AuditFields } from '@/lib/staff/audit-chain';
import type { StaffMember } from '@/lib/staff/repository';

export const HOLD_REASON_MAX_LENGTH = 500;
/** A hold is looked at again within a year at most; it can be renewed then. */
export const HOLD_REVIEW_MAX_DAYS = 366;

/** The hold forms' errors, by the code an action redirects back with (never what was typed). */
export const holdFormErrors = {
  'reason-empty': { field: 'holdReason', message: 'Enter why the case must be kept' },
  'reason-too-long': { field: 'holdReason', message: `Reason must be ${HOLD_REASON_MAX_LENGTH} characters or fewer` },
  'review-missing': { field: 'holdReview', message: 'Enter the date to review the hold, for example 27 3 2027' },
  'review-invalid': { field: 'holdReview', message: 'Review date must be a real date' },
  'review-past': { field: 'holdReview', message: 'Review date must be in the future' },
  'review-too-far': { field: 'holdReview', message: 'Review date must be within a year: review the hold then, and set it again if it is still needed' },
  'held-already': { field: 'holdReason', message: 'This case is already on hold' },
  'not-held': { field: 'holdLift', message: 'This case is not on hold' },
  'lift-requested-already': { field: 'holdLift', message: 'Lifting this hold has already been requested: another manager must approve it' },
  'lift-not-requested': { field: 'holdLift', message: 'Request to lift the hold first: another manager then approves it' },
  'lift-same-manager': { field: 'holdLift', message: 'Another manager must approve lifting the hold: you asked for it' },
} as const;
export type HoldFormError = keyof typeof holdFormErrors;

const reasonContext = (reference: string) => `legal-hold:${reference}`;

export function decryptHoldReason(dataKey: Buffer, hold: LegalHold): string {
  return String(decryptPayload(dataKey, reasonContext(hold.reference), hold.encryptedReason).text);
}

/** The review date typed as day, month and year (GOV.UK's date input), as the start of that day in UTC. */
export function readReviewDate(day: string, month: string, year: string, now: number): { at: number } | { error: HoldFormError } {
  if (![day, month, year].some((part) => part.trim() !== '')) return { error: 'review-missing' };
  const [d, m, y] = [day, month, year].map((part) => (/^\s*\d{1,4}\s*$/.test(part) ? Number(part) : NaN));
  const at = Date.UTC(y!, m! - 1, d!);
  const date = new Date(at);
  if (!Number.isInteger(y) || y! < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) {
    return { error: 'review-invalid' };
  }
  if (at <= now) return { error: 'review-past' };
  if (at > now + HOLD_REVIEW_MAX_DAYS * DAY_MS) return { error: 'review-too-far' };
  return { at };
}

export type LegalHoldDeps = {
  retention: Pick<RetentionRepository, 'setHold' | 'requestLift' | 'approveLift'>;
  audit: (fields: AuditFields) => Promise<unknown>;
  dataKey: Buffer;
  now: () => number;
};

type Manager = Pick<StaffMember, 'id' | 'email' | 'role'>;
export type HoldResult = { ok: true } | { ok: false; error: HoldFormError | 'not-a-manager' | 'not-found' };

export function createLegalHolds({ retention, audit, dataKey, now }: LegalHoldDeps) {
  const record = (member: Manager, action: AuditFields['action'], reference: string, detail: string | null = null) =>
    audit({ at: now(), actor: member.email, action, reference, detail });

  return {
    /** Sets a hold; the reason is checked here, whatever the browser did. */
    async set(member: Manager, reference: string, input: { reason: string; reviewAt: number }): Promise<HoldResult> {
      if (member.role !== 'manager') return { ok: false, error: 'not-a-manager' };
      const reason = input.reason.trim();
      if (reason === '') return { ok: false, error: 'reason-empty' };
      if (reason.length > HOLD_REASON_MAX_LENGTH) return { ok: false, error: 'reason-too-long' };
      const at = now();
      if (input.reviewAt <= at) return { ok: false, error: 'review-past' };
      if (input.reviewAt > at + HOLD_REVIEW_MAX_DAYS * DAY_MS) return { ok: false, error: 'review-too-far' };
      const outcome = await retention.setHold(reference, {
        encryptedReason: encryptPayload(dataKey, reasonContext(reference), { text: reason }),
        reviewAt: input.reviewAt,
        staffId: member.id,
        now: at,
      });
      if (outcome !== 'set') return { ok: false, error: outcome };
      await record(member, 'hold', reference, new Date(input.reviewAt).toISOString().slice(0, 10));
      return { ok: true };
    },

    async requestLift(member: Manager, reference: string): Promise<HoldResult> {
      if (member.role !== 'manager') return { ok: false, error: 'not-a-manager' };
      const outcome = await retention.requestLift(reference, member.id, now());
      if (outcome === 'not-held') return { ok: false, error: 'not-held' };
      if (outcome === 'requested-already') return { ok: false, error: 'lift-requested-already' };
      await record(member, 'hold-lift-requested', reference);
      return { ok: true };
    },

    /** Lifts the hold: only a manager other than the one who asked. The case then follows its dates again. */
    async approveLift(member: Manager, reference: string): Promise<HoldResult> {
      if (member.role !== 'manager') return { ok: false, error: 'not-a-manager' };
      const outcome = await retention.approveLift(reference, member.id);
      if (outcome === 'not-held') return { ok: false, error: 'not-held' };
      if (outcome === 'no-request') return { ok: false, error: 'lift-not-requested' };
      if (outcome === 'same-manager') return { ok: false, error: 'lift-same-manager' };
      await record(member, 'hold-lifted', reference);
      return { ok: true };
    },
  };
}
export type LegalHolds = ReturnType<typeof createLegalHolds>;
