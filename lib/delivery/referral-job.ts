/**
 * How the outbox composes a referral's job at send time: decrypt the stored answers, compose the
 * email, fix its envelope and headers from configuration, and, with a PGP key configured,
 * encrypt it or send nothing.
 *
 * - A payload that cannot be read (tampered storage, a wrong key) or a formatter that throws:
 *   retrying will not help, so the job is dead-lettered for a person to look at.
 * - A key problem keeps the job pending (not dead, and no attempt counted) with the key's error code.
 */
import 'server-only';
import { log as serviceLog, type Log } from '@/lib/log';
import { buildOutgoingMessage, type Routing } from '@/lib/delivery/mail-message';
import type { Composer, JobComposer } from '@/lib/delivery/outbox';
import { decryptPayload } from '@/lib/crypto/payload-cipher';
import { PgpKeyError, encryptToPgpMime, loadPublicKey } from '@/lib/delivery/pgp-mime';
import type { ClaimedReferral } from '@/lib/delivery/repository';

export type ReferralJobDependencies = {
  /** Composes the email from the decrypted payload (the referral formatter, or a test's own). */
  compose: Composer;
  dataKey: Buffer;
  routing: Routing;
  pgpPublicKeyFile?: string;
  log?: Log;
};

/** The outbox's composer for referral jobs. */
export function referralJobComposer(deps: ReferralJobDependencies): JobComposer<ClaimedReferral> {
  const log = deps.log ?? serviceLog;
  return async (job, now) => {
    let message;
    try {
      const payload = decryptPayload(deps.dataKey, job.reference, job.encryptedPayload);
      const composed = deps.compose(payload, job.reference, { receivedAt: job.receivedAt, sentAt: now });
      message = buildOutgoingMessage(composed, job.reference, job.nation, deps.routing);
    } catch (error) {
      return { deadLetter: error instanceof Error && error.name === 'PayloadIntegrityError' ? 'payload-integrity' : 'compose-failed' };
    }
    if (!deps.pgpPublicKeyFile) return { send: message };
    try {
      const key = await loadPublicKey(deps.pgpPublicKeyFile, new Date(now));
      return { send: { envelope: message.envelope, raw: await encryptToPgpMime(message, job.reference, key, new Date(now)) } };
    } catch (error) {
      const code = error instanceof PgpKeyError ? error.code : 'pgp-encrypt-failed';
      log.error('delivery.blocked', { reference: job.reference, errorCode: code });
      return { blocked: code };
    }
  };
}
