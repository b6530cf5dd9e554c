/**
 * Recognises Snapchat usernames and addresses: snapchat.com/add/<name> and /@<name> profiles and
 * Spotlight videos. t.snapchat.com links are short links that hide the account.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shareLinkRoute, type PlatformSpec } from './platform-spec';

/** Snapchat usernames: 3 to 15 characters, starting with a letter, ending with a letter or digit. */
const username = '[A-Za-z][\\w.-]{1,13}[A-Za-z0-9]';

const spec: PlatformSpec = {
  platform: 'snapchat',
  canonicalHost: 'www.snapchat.com',
  routes: [
    // The Share button's links to a profile: t.snapchat.com/<code> and snapchat.com/t/<code>.
    shareLinkRoute(/^\/(?<code>[\w-]{1,64})$/, 'profile', { hosts: ['t.snapchat.com'] }),
    shareLinkRoute(/^\/t\/(?<code>[\w-]{1,64})$/, 'profile'),
    {
      path: new RegExp(`^/(?:add/|@)(?<user>${username})$`),
      kind: 'profile',
      id: (p) => p.param('user').toLowerCase(),
      canonical: (_, id) => `/add/${id}`,
    },
    {
      path: /^\/spotlight\/(?<id>[\w-]+)$/,
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/spotlight/${id}`,
    },
  ],
  handles: [
    atHandle(
      username,
      'Snapchat usernames have 3 to 15 letters, numbers, hyphens, underscores or full stops, and start with a letter',
      { path: (name) => `/add/${name}` },
    ),
  ],
  hint: 'Enter the Snapchat username, like @name, or a link to the profile',
  unknownLink: "We can't tell which account this Snapchat address is for: enter the username instead",
};

export const snapchatRecogniser: PlatformRecogniser = {
  hosts: platformHosts.snapchat,
  recognise: (input) => recogniseBySpec(spec, input),
};
