/**
 * The audit log page's check of the hash chain, incremental: from the last row a check verified
 * (its id and hash, kept in the store), only the rows written since, a slice at a time with a
 * yield between slices. Each view of the log, or of a case, adds a row; re-hashing every row on
 * every view made each view slower than the last. A row changed before the checkpoint is found by
 * the full walk (`npm run staff -- audit-verify`), and the page says so.
 */
import 'server-only';
import { GENESIS_HASH, verifyAuditChain, type ChainVerdict } from '@/lib/staff/audit-chain';
import type { StaffRepository } from '@/lib/staff/repository';

/** Rows hashed per slice before the check yields to other requests. */
const SLICE = 5_000;

/** Verifies the rows after the checkpoint, moving it to the newest row that verifies. */
export async function verifyAuditSinceCheckpoint(
  staff: Pick<StaffRepository, 'auditCheckpoint' | 'auditAfter' | 'saveAuditCheckpoint'>,
  now: number,
  slice = SLICE,
): Promise<ChainVerdict> {
  let from = await staff.auditCheckpoint();
  for (;;) {
    const rows = await staff.auditAfter(from?.id ?? 0, slice);
    if (rows.length === 0) return { ok: true, count: from?.id ?? 0, lastHash: from?.hash ?? GENESIS_HASH };
    const verdict = verifyAuditChain(rows, from);
    if (!verdict.ok) return verdict;
    from = { id: rows[rows.length - 1]!.id, hash: verdict.lastHash };
    await staff.saveAuditCheckpoint(from, now);
    if (rows.length < slice) return verdict;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
