/**
 * Recognises the phone number text messages (SMS, iMessage, RCS) came from. Text messages have no
 * web address, so links are answered with what to enter instead.
 */

import type { PlatformRecogniser } from '../types';
import { emailRecogniser } from './email';
import { platformHosts } from './hosts';
import { readInput } from './pasted';
import { recogniseNumberWithNote, recognisePhone } from './platform-spec';
import { fail, messages } from './results';

export const textMessagesRecogniser: PlatformRecogniser = {
  hosts: platformHosts['text-messages'],
  recognise: (input) => {
    const read = readInput(input);
    if (!read.ok) return read;
    const { pasted } = read;
    if (pasted.type === 'link') {
      return fail(
        "Text messages don't have a web address: enter the phone number they came from, like 07700 900 982",
      );
    }
    if (pasted.type === 'word' && pasted.text.includes('@')) {
      // iMessage from an Apple ID: the sender is an email address.
      const email = emailRecogniser.recognise(pasted.text);
      return email.ok ? { ...email, platform: 'text-messages' } : email;
    }
    // "07911 123456 (mobile)": a number with a note, as it is copied from a contact card.
    if (pasted.type === 'text') return recogniseNumberWithNote('text-messages', pasted.text) ?? fail(messages.phone);
    if (pasted.type !== 'phone') return fail(messages.phone);
    // A phone number has no https link, so there is no canonicalUrl.
    return recognisePhone('text-messages', pasted.text);
  },
};
