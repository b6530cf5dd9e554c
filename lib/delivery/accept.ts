/**
 * Accepting a referral: the payload is encrypted, then the referral and its delivery job are
 * written in one transaction, and only after that commit does the caller get a reference to
 * show. The form token makes it idempotent: a double click or a retry after a timeout gets the
 * first submission's reference back and creates nothing. A repeat whose answers differ from the
 * first (she went back and corrected a phone number after a timeout) is said to differ, so the
 * form can tell her that only the first version was sent, rather than silently dropping it.
 */
import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { decryptPayload, encryptPayload } from '@/lib/crypto/payload-cipher';
import { generateReference } from '@/lib/cases/reference';
import { payloadPriority } from '@/lib/cases/stored-referral';
import { NATIONS, type DeliveryRepository, type Nation } from '@/lib/delivery/repository';
import { log as serviceLog, type Log } from '@/lib/log';

export type AcceptInput = {
  formToken: string;
  nation: Nation;
  payload: Record<string, unknown>;
};

/** The input is not something the form could have sent; nothing was stored. */
export class AcceptInputError extends Error {
  override name = 'AcceptInputError';
}

export type AcceptDependencies = {
  repository: DeliveryRepository;
  dataKey: Buffer;
  now?: () => number;
  newReference?: () => string;
  log?: Log;
};

/** Form tokens are random strings the form generates; anything else is refused. */
const FORM_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** A collision among 23^8 references is very unlikely; a few redraws make it impossible in practice. */
const REFERENCE_ATTEMPTS = 8;

/**
 * `created`: stored now. Otherwise the form token was already used, and `sameAnswers` says whether
 * this submission's answers were the first one's (false also when the first has been purged).
 */
export type AcceptResult = { reference: string; created: true } | { reference: string; created: false; sameAnswers: boolean };

/** Stores a referral with its delivery job; resolves with the reference once both are committed. */
export async function acceptReferralWith(
  deps: AcceptDependencies,
  input: AcceptInput,
): Promise<AcceptResult> {
  if (typeof input.formToken !== 'string' || !FORM_TOKEN.test(input.formToken)) {
    throw new AcceptInputError('The form token is missing or malformed');
  }
  if (!NATIONS.includes(input.nation)) throw new AcceptInputError('Unknown nation');
  if (typeof input.payload !== 'object' || input.payload === null || Array.isArray(input.payload)) {
    throw new AcceptInputError('The payload must be an object');
  }
  const log = deps.log ?? serviceLog;
  const newReference = deps.newReference ?? generateReference;
  // Triaged before it is encrypted, and stored beside it: the queue sorts on it without decrypting.
  const priority = payloadPriority(input.payload);

  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
    const reference = newReference();
    const result = await deps.repository.insertReferral({
      reference,
      formToken: input.formToken,
      nation: input.nation,
      encryptedPayload: encryptPayload(deps.dataKey, reference, input.payload),
      now: (deps.now ?? Date.now)(),
      priority,
    });
    if (result.outcome === 'reference-taken') continue;
    log.info(result.outcome === 'created' ? 'referral.accepted' : 'referral.repeat_submission', {
      reference: result.reference,
    });
    if (result.outcome === 'created') return { reference: result.reference, created: true };
    const first = await deps.repository.findReferral(result.reference);
    const sameAnswers =
      first !== undefined &&
      // A withdrawn referral keeps its row with no content: nothing to compare, and never the same.
      first.encryptedPayload.length > 0 &&
      isDeepStrictEqual(decryptPayload(deps.dataKey, first.reference, first.encryptedPayload), input.payload);
    return { reference: result.reference, created: false, sameAnswers };
  }
  throw new Error('Could not draw an unused reference');
}
