/**
 * For the account platforms (Apple, Microsoft) whose accounts are named by an email address: an
 * Apple Account can send iMessages from one, and an Outlook address is a Microsoft account.
 * Reads the input with the email recogniser and records it under the account's platform.
 */

import type { PlatformId } from '../catalogue';
import type { Recognition } from '../types';
import { emailRecogniser } from './email';
import { readInput } from './pasted';

/** Whether the input is meant as an email address: one word with an @ after its first letter. */
export function looksLikeEmail(input: string): boolean {
  const read = readInput(input);
  return read.ok && read.pasted.type !== 'link' && /^[^@\s]+@[^@\s]+$/.test(read.pasted.text.replace(/^mailto:/i, ''));
}

/** The email address as the email recogniser reads it, recorded under `platform`. */
export function recogniseAccountEmail(platform: PlatformId, input: string): Recognition {
  const email = emailRecogniser.recognise(input);
  return email.ok ? { ...email, platform } : email;
}
