/**
 * The audit log's hash chain: each row carries the SHA-256 of the row before it and of its own
 * fields, so changing or removing any row (or reordering them) breaks every hash after it, and
 * `npm run staff -- audit-verify` finds where. The database also refuses UPDATE and DELETE on the
 * table (triggers), so the chain is the second lock, for someone who edits the file directly.
 *
 * A chain cannot show that rows were cut off its end: `audit-verify` prints the count and the
 * last hash, for an operator to note somewhere else (a ticket, a printed log) and compare later.
 *
 * Pure apart from node:crypto.
 */
import { createHash } from 'node:crypto';

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caseworker, manager or the system did. Never case content, never an IP address. */
export const auditActions = [
  'staff-added',
  'staff-disabled',
  'enrolment-reset',
  'enrolment',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'recovery-code-used',
  'view',
  'status',
  'assign',
  'note',
  // The check-back: by the support worker (`message`) or the person (actor `person`), never the text.
  'message',
  'pin-chosen',
  'message-read',
  'reply',
  'withdrawn',
  // A case's whole life: a manager's hold (detail: the review date), the request to lift it and
  // a second manager's approval, deletion on the schedule (actor `schedule`) or by an operator,
  // and an export of the service's figures.
  'hold',
  'hold-lift-requested',
  'hold-lifted',
  'purged',
  'figures-exported',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One row as written: who (a staff email, or `operator` for the CLI), what, which case, when. */
export type AuditFields = {
  at: number;
  actor: string;
  action: AuditAction;
  /** The referral's reference; no other case detail. */
  reference: string | null;
  /** A code from a short list (a status, an outcome code, an assignee's email), never free text. */
  detail: string | null;
};

export type AuditEntry = AuditFields & { id: number; prevHash: string; hash: string };

/** The hash of a row, over its position, its fields and the hash of the row before. */
export function auditHash(id: number, prevHash: string, fields: AuditFields): string {
  const canonical = JSON.stringify([id, prevHash, fields.at, fields.actor, fields.action, fields.reference, fields.detail]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Why a row fails, as a code a log line may carry (the reason says it in words). */
export type ChainBreak = 'row-missing' | 'unlinked' | 'changed';

export type ChainVerdict =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; brokenAt: number; code: ChainBreak; reason: string };

/**
 * Checks every row in order: ids without gaps, each linked to the one before, each hash its own.
 * `from`: the rows continue a chain already verified up to row `from.id` with hash `from.hash`
 * (the count then includes those rows: ids start at 1 and have no gaps).
 */
export function verifyAuditChain(entries: Iterable<AuditEntry>, from?: { id: number; hash: string }): ChainVerdict {
  let previous = from?.hash ?? GENESIS_HASH;
  let expectedId: number | undefined = from && from.id + 1;
  let count = from?.id ?? 0;
  for (const entry of entries) {
    count += 1;
    if (expectedId !== undefined && entry.id !== expectedId) {
      return { ok: false, count, brokenAt: entry.id, code: 'row-missing', reason: `row ${expectedId} is missing` };
    }
    if (entry.prevHash !== previous) {
      return { ok: false, count, brokenAt: entry.id, code: 'unlinked', reason: 'it does not link to the row before it' };
    }
    if (auditHash(entry.id, entry.prevHash, entry) !== entry.hash) {
      return { ok: false, count, brokenAt: entry.id, code: 'changed', reason: 'its contents were changed' };
    }
    previous = entry.hash;
    expectedId = entry.id + 1;
  }
  return { ok: true, count, lastHash: previous };
}
