/**
 * The entry point the referral form's server action calls. Stores the referral (payload
 * encrypted at rest) and its delivery job in one transaction, and resolves with the reference
 * only after the commit; the same form token again resolves with the same reference and creates
 * nothing. It then wakes the outbox, which delivers in the background.
 *
 * Throws if the referral could not be stored: the form must then show an error with the helpline
 * numbers, and no reference.
 */
import 'server-only';
import { acceptReferralWith, type AcceptInput, type AcceptResult } from '@/lib/delivery/accept';
import { serverRuntime } from '@/lib/runtime/server';

export type { AcceptInput } from '@/lib/delivery/accept';
export type { Nation } from '@/lib/delivery/repository';

/** Accepts a referral; see the module comment for the guarantees. */
export async function acceptReferral(input: AcceptInput): Promise<AcceptResult> {
  const { storage, outbox } = await serverRuntime();
  const result = await acceptReferralWith({ repository: storage.store.delivery, dataKey: storage.dataKey }, input);
  outbox.kick();
  return result;
}

/** The reference already given to this form token, if any: for a Send posted again from history. */
export async function referenceForFormToken(formToken: string): Promise<string | undefined> {
  const { storage } = await serverRuntime();
  return storage.store.delivery.findReferenceByFormToken(formToken);
}
