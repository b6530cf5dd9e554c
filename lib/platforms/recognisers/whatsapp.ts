/**
 * Recognises how a WhatsApp account, group or channel is identified: a phone number (the key
 * identifier on WhatsApp), a wa.me or api.whatsapp.com/send link, a chat.whatsapp.com group
 * invite or a whatsapp.com/channel link.
 */

import type { PlatformRecogniser } from '../types';
import { readPhoneNumber } from '../phone-numbers';
import { platformHosts } from './hosts';
import { hints } from './results';
import { recogniseBySpec, shapes, shareLinkRoute, type PlatformSpec } from './platform-spec';

/** wa.me links carry the number in international form without the "+". */
function readDigits(digits: string | null): ReturnType<typeof readPhoneNumber> | null {
  return digits === null ? null : readPhoneNumber(digits.startsWith('0') ? digits : `+${digits}`);
}

/** The number in E.164, when its country code places it (in use or not). */
function phoneId(digits: string | null): string | null {
  const phone = readDigits(digits);
  return phone?.known ? phone.e164 : null;
}

/** "Not a number in use" beside a wa.me link whose number does not check out (a typo, a drama number). */
function notInUseHint(digits: string | null): string | undefined {
  const phone = readDigits(digits);
  return phone?.known && !phone.inUse ? hints.notInUse : undefined;
}

const waMe = (e164: string) => `/${e164.slice(1)}`;

const spec: PlatformSpec = {
  platform: 'whatsapp',
  canonicalHost: 'wa.me',
  routes: [
    // wa.me/message/<code>: a business's chat link, which hides its number.
    shareLinkRoute(/^\/message\/(?<code>[\w-]{1,64})$/, 'message', { hosts: ['wa.me'] }),
    {
      path: /^\/\+?(?<number>\d{6,15})$/,
      hosts: ['wa.me'],
      kind: 'phone-number',
      id: (p) => phoneId(p.param('number')),
      canonical: (_, id) => waMe(id),
      hint: (p) => notInUseHint(p.param('number')),
    },
    {
      path: /^\/send$/,
      kind: 'phone-number',
      id: (p) => phoneId(p.query('phone', shapes.digits)),
      canonical: (_, id) => waMe(id),
      hint: (p) => notInUseHint(p.query('phone', shapes.digits)),
    },
    {
      path: /^\/(?:invite\/)?(?<code>[A-Za-z0-9]{10,40})$/,
      hosts: ['chat.whatsapp.com'],
      kind: 'group',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/${id}`,
      canonicalHost: 'chat.whatsapp.com',
    },
    {
      path: /^\/channel\/(?<id>[A-Za-z0-9]{10,40})$/,
      kind: 'channel',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/channel/${id}`,
      canonicalHost: 'www.whatsapp.com',
    },
  ],
  phone: { canonical: (e164) => `https://wa.me${waMe(e164)}` },
  hint: 'Enter the phone number, like 07700 900 982, or a wa.me or chat.whatsapp.com link',
  unknownLink: "We can't tell which number or group this WhatsApp link is for: enter the phone number instead",
};

export const whatsappRecogniser: PlatformRecogniser = {
  hosts: platformHosts.whatsapp,
  recognise: (input) => recogniseBySpec(spec, input),
};
