/**
 * The storage the check-back needs, as an interface: a referral's PIN hash, the messages between
 * the person and their support worker (encrypted by the caller, bound to the reference), and the
 * withdrawal that turns a referral into a content-free tombstone. A withdrawn referral has no PIN
 * and no messages, and takes no new ones.
 */
import type { Priority } from '@/lib/referral/triage';

export type MessageAuthor = 'support-worker' | 'person';

export type StoredMessage = {
  id: number;
  author: MessageAuthor;
  /** The support worker's email, for the case page; null for the person's own. */
  staffEmail: string | null;
  encryptedBody: Buffer;
  createdAt: number;
  readAt: number | null;
};

export interface CheckBackRepository {
  /** Stores the PIN's hash, once: false when the referral has one already, is withdrawn or does not exist. */
  setPin(reference: string, pinHash: string, now: number): Promise<boolean>;
  /** The PIN's hash, or undefined when there is no such referral, no PIN, or it was withdrawn. */
  pinHash(reference: string): Promise<string | undefined>;
  /** False: no such referral, or withdrawn. */
  addMessage(reference: string, author: MessageAuthor, staffId: number | null, encryptedBody: Buffer, now: number): Promise<boolean>;
  /** Oldest first. */
  messages(reference: string): Promise<StoredMessage[]>;
  /** Marks the support worker's unread messages read; how many were. */
  markRead(reference: string, now: number): Promise<number>;
  /**
   * Deletes the referral's content, notes, messages, PIN and any legal hold now, and an
   * undelivered email with them, leaving the reference, its dates and the case closed as
   * withdrawn, and a tombstone (see `lib/retention/repository.ts`) with the priority the caller
   * read from the referral before it went (null: unreadable). False: nothing to withdraw (no
   * such referral, or withdrawn already).
   */
  withdraw(reference: string, now: number, priority: Priority | null): Promise<boolean>;
}
