/**
 * Recognises Discord addresses (a message or channel link copied with Copy Message Link, a
 * server invite, a user's profile link) and usernames.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, type PlatformSpec } from './platform-spec';
import { hints } from './results';

/** Discord's ids ("snowflakes") are 17 to 20 digits. */
const snowflake = '\\d{17,20}';
/**
 * Current Discord usernames: 2 to 32 lower-case letters, digits, underscores or full stops.
 * Capitals are read too and lower-cased (L5): people type a name as a display name shows it.
 */
const username = '[A-Za-z0-9_.]{2,32}';

const spec: PlatformSpec = {
  platform: 'discord',
  canonicalHost: 'discord.com',
  routes: [
    {
      path: new RegExp(`^/channels/(?<server>${snowflake}|@me)/(?<channel>${snowflake})/(?<message>${snowflake})$`),
      kind: 'message',
      id: (p) => p.param('message'),
      canonical: (p, id) => `/channels/${p.param('server')}/${p.param('channel')}/${id}`,
    },
    {
      path: new RegExp(`^/channels/(?<server>${snowflake}|@me)/(?<channel>${snowflake})$`),
      kind: 'channel',
      id: (p) => p.param('channel'),
      canonical: (p, id) => `/channels/${p.param('server')}/${id}`,
    },
    {
      path: /^\/(?<code>[\w-]{2,32})$/,
      hosts: ['discord.gg'],
      kind: 'group',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/invite/${id}`,
    },
    {
      path: /^\/invite\/(?<code>[\w-]{2,32})$/,
      kind: 'group',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/invite/${id}`,
    },
    {
      // A file sent in Discord, as "Copy Link" on it gives: the picture or video alone (L5).
      path: new RegExp(`^/attachments/(?<channel>${snowflake})/(?<id>${snowflake})/(?<file>[^/]{1,200})$`),
      hosts: ['cdn.discordapp.com', 'media.discordapp.net'],
      kind: 'media',
      id: (p) => p.param('id'),
      canonical: (p) => p.path,
      canonicalHost: (p) => p.hostname,
      hint: hints.mediaAddress,
    },
    {
      path: new RegExp(`^/users/(?<user>${snowflake})$`),
      kind: 'profile',
      id: (p) => p.param('user'),
      canonical: (_, id) => `/users/${id}`,
    },
  ],
  // A username has no public page, so it is recorded without a link.
  handles: [
    {
      ...atHandle(username, 'Discord usernames have 2 to 32 lower-case letters, numbers, underscores or full stops'),
      path: undefined,
    },
  ],
  hint: 'Enter the link to the Discord message (press and hold it, then Copy Message Link), the server invite, or the username',
  unknownLink: "We can't tell which message or server this Discord address is for: copy the message link again",
};

export const discordRecogniser: PlatformRecogniser = {
  hosts: platformHosts.discord,
  recognise: (input) => recogniseBySpec(spec, input),
};
