/**
 * Checking the audit log's hash chain a slice at a time, with a yield between slices, so that no
 * check holds the whole log in memory or keeps other requests waiting: the full walk from the
 * first row (`npm run staff -- audit-verify`), and the incremental check from the last row a check
 * verified (its id and hash, kept in the store), which the audit log page and the hourly run use.
 * Each view of the log, or of a case, adds a row; re-hashing every row on every view made each
 * view slower than the last. A row changed before the checkpoint is found by the full walk, and
 * the page says so.
 */
import 'server-only';
import type { Log } from '@/lib/log';
import { GENESIS_HASH, verifyAuditChain, type ChainVerdict } from '@/lib/staff/audit-chain';
import type { AuditCheckpoint, StaffRepository } from '@/lib/staff/repository';

/** Rows hashed per slice before the check yields to other requests. */
const SLICE = 5_000;

/**
 * Verifies the rows after `from` (from the first row when undefined), one slice in memory at a
 * time; `verified` hears of each slice's last row once the chain up to it holds.
 */
export async function verifyAuditFrom(
  staff: Pick<StaffRepository, 'auditAfter'>,
  from: AuditCheckpoint | undefined,
  verified: (checkpoint: AuditCheckpoint) => Promise<void> = async () => {},
  slice = SLICE,
): Promise<ChainVerdict> {
  for (;;) {
    const rows = await staff.auditAfter(from?.id ?? 0, slice);
    if (rows.length === 0) return { ok: true, count: from?.id ?? 0, lastHash: from?.hash ?? GENESIS_HASH };
    const verdict = verifyAuditChain(rows, from);
    if (!verdict.ok) return verdict;
    from = { id: rows[rows.length - 1]!.id, hash: verdict.lastHash };
    await verified(from);
    if (rows.length < slice) return verdict;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Verifies the rows after the checkpoint, moving it to the newest row that verifies. */
export async function verifyAuditSinceCheckpoint(
  staff: Pick<StaffRepository, 'auditCheckpoint' | 'auditAfter' | 'saveAuditCheckpoint'>,
  now: number,
  slice = SLICE,
): Promise<ChainVerdict> {
  return verifyAuditFrom(staff, await staff.auditCheckpoint(), (checkpoint) => staff.saveAuditCheckpoint(checkpoint, now), slice);
}

/**
 * The hourly run's share: moves the checkpoint on, so a manager's view of the log has only the
 * last hour's rows to check. A broken chain is logged by row and reason code (never a row's
 * content); the audit log page goes on showing it, as its own check finds the same break.
 */
export async function advanceAuditCheckpoint(
  staff: Pick<StaffRepository, 'auditCheckpoint' | 'auditAfter' | 'saveAuditCheckpoint'>,
  now: number,
  log: Log,
): Promise<void> {
  try {
    const verdict = await verifyAuditSinceCheckpoint(staff, now);
    if (!verdict.ok) log.error('audit.chain_broken', { row: verdict.brokenAt, errorCode: verdict.code });
  } catch (error) {
    log.error('audit.check_failed', { errorCode: error instanceof Error ? error.name : 'unknown' });
  }
}
