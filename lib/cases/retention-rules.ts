/**
 * Retention rules, defined once: how long a closed case is kept (by its outcome), when managers
 * are reminded before it goes, how new activity pushes the date out, and when an open case has
 * been idle long enough to flag. An open case is never deleted by age: losing a live case is as
 * bad as keeping a dead one, so a person decides.
 *
 * Pure: no Node, database or environment imports. The sweep, the digest, the inbox, the
 * privacy page and the form's consent step all read these functions.
 */
import { DAY_MS, type CaseOutcome, type CaseStatus } from '@/lib/cases/case-state';

export type RetentionPolicy = {
  /** Days a closed case is kept after closing (or its last activity, if later), by outcome. */
  daysByOutcome: Record<CaseOutcome, number>;
  /** Days before the deletion date that managers are told (in the digest and the inbox). */
  reminderDays: number;
  /** Days without any change after which an open case is flagged for a manager. */
  idleDays: number;
};

/** The service's defaults; the README ("Retention") says why each was chosen. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  daysByOutcome: { supported: 90, 'referred-on': 90, 'could-not-contact': 90, declined: 30, withdrawn: 30 },
  reminderDays: 14,
  idleDays: 30,
};

/** What the rules need to know about a case. */
export type RetentionFacts = {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  receivedAt: number;
  closedAt: number | null;
  /** The newest note, or message from the person. */
  lastActivityAt: number | null;
  /** Any change to the case (status, assignment). */
  updatedAt: number | null;
  held: boolean;
};

export type CaseSchedule =
  | {
      state: 'open';
      /** When the case last changed in any way. */
      lastChangeAt: number;
      /** Idle for `idleDays` or more: shown to managers, never deleted for it. */
      idle: boolean;
    }
  | {
      state: 'closed';
      /** From this moment the managers' digest and the inbox say it is due for deletion soon. */
      remindAt: number;
      deleteAt: number;
      /** Due (deleteAt has passed) and not held: the sweep deletes it. */
      due: boolean;
      held: boolean;
    };

/** Days kept for an outcome; a closed case with no outcome recorded gets the longest, to err towards keeping. */
export function retentionDaysFor(outcome: CaseOutcome | null, policy: RetentionPolicy): number {
  return outcome ? policy.daysByOutcome[outcome] : Math.max(...Object.values(policy.daysByOutcome));
}

/**
 * The fewest and most days a closed case's content is kept, for what the notice email and the
 * privacy page promise. Withdrawn cases are left out: their content went at withdrawal, and
 * their days only keep the empty, content-free row.
 */
export function keptAfterClosing(policy: RetentionPolicy): { shortest: number; longest: number } {
  const days = Object.entries(policy.daysByOutcome)
    .filter(([outcome]) => outcome !== 'withdrawn')
    .map(([, count]) => count);
  return { shortest: Math.min(...days), longest: Math.max(...days) };
}

/**
 * How long a closed case's content is kept, in the words the person reads ("90 days", "between
 * 30 and 90 days"): the one phrase the consent step and the privacy notice both use
 * (lib/cases/answers-notice.ts), so they cannot promise different things.
 */
export function keptAfterClosingWords(policy: RetentionPolicy): string {
  const { shortest, longest } = keptAfterClosing(policy);
  const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;
  return shortest === longest ? days(longest) : `between ${shortest} and ${days(longest)}`;
}

/** Where a case stands in its life at `now`. */
export function scheduleFor(facts: RetentionFacts, policy: RetentionPolicy, now: number): CaseSchedule {
  if (facts.status !== 'closed') {
    const lastChangeAt = Math.max(facts.receivedAt, facts.updatedAt ?? 0, facts.lastActivityAt ?? 0);
    return { state: 'open', lastChangeAt, idle: now - lastChangeAt >= policy.idleDays * DAY_MS };
  }
  // A case closed before closing was recorded counts from its last change, or its arrival.
  const closedAt = facts.closedAt ?? facts.updatedAt ?? facts.receivedAt;
  const from = Math.max(closedAt, facts.lastActivityAt ?? 0);
  const deleteAt = from + retentionDaysFor(facts.outcome, policy) * DAY_MS;
  return {
    state: 'closed',
    remindAt: deleteAt - policy.reminderDays * DAY_MS,
    deleteAt,
    due: now >= deleteAt && !facts.held,
    held: facts.held,
  };
}
