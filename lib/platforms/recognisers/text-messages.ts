/**
 * Recognises the phone number text messages (SMS, iMessage, RCS) came from. Text messages have no
 * web address, so links are answered with what to enter instead.
 */

import type { PlatformRecogniser } from '../types';
import { fail, messages, normalisePhone, platformHosts, readInput, recognised } from './shared';

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
    if (pasted.type !== 'phone') return fail(messages.phone);
    const phone = normalisePhone(pasted.text);
    // A phone number has no https link, so there is no canonicalUrl.
    return phone.ok ? recognised('text-messages', 'phone-number', phone.e164) : phone;
  },
};
