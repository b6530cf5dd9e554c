/**
 * Recognises how a WhatsApp account, group or channel is identified: a phone number (the key
 * identifier on WhatsApp), a wa.me or api.whatsapp.com/send link, a chat.whatsapp.com group
 * invite or a whatsapp.com/channel link.
 */

import type { PlatformRecogniser } from '../types';
import { normalisePhone, platformHosts, recogniseBySpec, shapes, type PlatformSpec } from './shared';

/** wa.me links carry the number in international form without the "+". */
function phoneId(digits: string | null): string | null {
  if (digits === null) return null;
  const phone = normalisePhone(digits.startsWith('0') ? digits : `+${digits}`);
  return phone.ok ? phone.e164 : null;
}

const waMe = (e164: string) => `/${e164.slice(1)}`;

const spec: PlatformSpec = {
  platform: 'whatsapp',
  canonicalHost: 'wa.me',
  routes: [
    {
      path: /^\/message\/[\w-]+$/,
      hosts: ['wa.me'],
      message: "This link doesn't show the phone number: open it in WhatsApp and note the number instead",
    },
    {
      path: /^\/\+?(?<number>\d{6,15})$/,
      hosts: ['wa.me'],
      kind: 'phone-number',
      id: (p) => phoneId(p.param('number')),
      canonical: (_, id) => waMe(id),
    },
    {
      path: /^\/send$/,
      kind: 'phone-number',
      id: (p) => phoneId(p.query('phone', shapes.digits)),
      canonical: (_, id) => waMe(id),
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
