/**
 * Messages between a person and their support worker, encrypted at rest with the data key like
 * the referral and the notes, each bound to its case's reference so one cannot be moved to
 * another case.
 */
import 'server-only';
import type { StoredMessage } from '@/lib/check-back/repository';
import { decryptPayload, encryptPayload } from '@/lib/crypto/payload-cipher';

export type CaseMessage = Omit<StoredMessage, 'encryptedBody'> & { text: string };

const messageContext = (reference: string) => `case-message:${reference}`;

export function encryptMessage(dataKey: Buffer, reference: string, text: string): Buffer {
  return encryptPayload(dataKey, messageContext(reference), { text });
}

export function decryptMessages(dataKey: Buffer, reference: string, stored: StoredMessage[]): CaseMessage[] {
  return stored.map(({ encryptedBody, ...message }) => ({
    ...message,
    text: String(decryptPayload(dataKey, messageContext(reference), encryptedBody).text),
  }));
}
