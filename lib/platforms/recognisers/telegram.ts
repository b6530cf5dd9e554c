/**
 * Recognises Telegram addresses on t.me (and telegram.me): public channels, groups and accounts,
 * messages in them, private invite links, <name>.t.me links, and @usernames and phone numbers.
 */

import type { PlatformRecogniser } from '../types';
import { readPhoneNumber } from '../phone-numbers';
import { atHandle, unlessReserved } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, type PlatformSpec, type RouteParts } from './platform-spec';
import { detail } from './results';

/** Telegram usernames: letters, digits and underscores, starting with a letter (4 for collectible ones). */
const username = '[A-Za-z]\\w{3,31}';

/** t.me paths that are Telegram's own features, not usernames. */
const reserved = new Set([
  'share', 'addstickers', 'addemoji', 'proxy', 'socks', 'iv', 'login', 'setlanguage', 'addtheme',
  'confirmphone', 'boost', 'addlist', 'contact', 'invoice', 'giftcode', 'joinchat',
]);

/** Which comment under a channel post a link opens. */
const comment = (p: RouteParts) => [detail('comment', p.query('comment', shapes.digits))];

const spec: PlatformSpec = {
  platform: 'telegram',
  canonicalHost: 't.me',
  routes: [
    {
      // t.me/<name> links on a collectible <name>.t.me subdomain.
      path: /^$/,
      kind: 'channel',
      id: (p) => {
        const name = /^([A-Za-z]\w{3,31})\.(?:t\.me|telegram\.me)$/.exec(p.hostname)?.[1];
        return name === undefined ? null : unlessReserved(name.toLowerCase(), reserved);
      },
      canonical: (_, id) => `/${id}`,
    },
    {
      // t.me/+447700900123 opens a chat with whoever has that number.
      path: /^\/\+(?<number>\d{7,15})$/,
      kind: 'phone-number',
      id: (p) => {
        const phone = readPhoneNumber(`+${p.param('number')}`);
        return phone.known ? phone.e164 : null;
      },
      canonical: (_, id) => `/${id}`,
    },
    {
      path: /^\/(?:\+|joinchat\/)(?<code>[\w-]{10,40})$/,
      kind: 'group',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/+${id}`,
    },
    {
      // Messages in private groups and channels: only members can open them.
      path: /^\/c\/(?<chat>\d{1,20})\/(?:(?<topic>\d{1,20})\/)?(?<message>\d{1,20})$/,
      kind: 'message',
      id: (p) => `c/${p.param('chat')}/${p.param('message')}`,
      canonical: (_, id) => `/${id}`,
      // In a group with topics, which topic it was posted in (L4).
      details: (p) => [detail('topic', p.param('topic'))],
    },
    {
      // /name/<message>, or /name/<topic>/<message> in a group with topics.
      path: new RegExp(`^(?:/s)?/(?<name>${username})/(?:(?<topic>\\d{1,20})/)?(?<message>\\d{1,20})$`),
      kind: 'message',
      id: (p) => `${p.param('name').toLowerCase()}/${p.param('message')}`,
      canonical: (_, id) => `/${id}`,
      details: (p) => [detail('topic', p.param('topic')), ...comment(p)],
    },
    {
      // Telegram Web: web.telegram.org/k/#@name (or /a/).
      path: /^(?:\/[ak])?$/,
      hosts: ['web.telegram.org'],
      kind: 'profile',
      id: (p) => {
        const name = /^@([A-Za-z]\w{3,31})$/.exec(p.hash)?.[1];
        return name === undefined ? null : name.toLowerCase();
      },
      canonical: (_, id) => `/${id}`,
      canonicalHost: 't.me',
    },
    {
      // A t.me name can be a channel, a group, a bot or a person; channels are the usual case.
      path: new RegExp(`^(?:/s)?/(?<name>${username})$`),
      kind: 'channel',
      id: (p) => unlessReserved(p.param('name').toLowerCase(), reserved),
      canonical: (_, id) => `/${id}`,
    },
  ],
  handles: [
    // An @username typed in is most often the person who sent the messages.
    atHandle(username, 'Telegram usernames have 5 to 32 letters, numbers or underscores, and start with a letter'),
  ],
  phone: {},
  hint: 'Enter the t.me link, the @username or the phone number',
  unknownLink: "We can't tell which channel or message this Telegram address is for: copy the link again",
};

export const telegramRecogniser: PlatformRecogniser = {
  hosts: platformHosts.telegram,
  recognise: (input) => recogniseBySpec(spec, input),
};
