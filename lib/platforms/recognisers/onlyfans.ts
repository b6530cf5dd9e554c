/**
 * Recognises OnlyFans addresses (onlyfans.com/<user> profiles and onlyfans.com/<post id>/<user>
 * posts) and usernames.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle, unlessReserved } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, type PlatformSpec } from './platform-spec';

/** OnlyFans usernames: letters, digits, full stops, underscores and hyphens. */
const username = '[\\w.-]{1,50}';

/** First path parts that are OnlyFans's own pages, not creators. */
const reserved = new Set([
  'my', 'login', 'terms', 'privacy', 'aup', 'help', 'faq', 'about', 'transparency-center',
  'contact', 'legal', 'blog', 'brand', 'how', 'complaints', 'dmca', 'usc2257', 'cookies', 'signup',
  'posts', 'notifications', 'messages', 'bookmarks', 'lists', 'subscriptions',
]);

const spec: PlatformSpec = {
  platform: 'onlyfans',
  canonicalHost: 'onlyfans.com',
  routes: [
    {
      // A chat, as the person who received it sees it.
      path: /^\/my\/chats\/chat\/(?<id>\d{1,20})$/,
      kind: 'message',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/my/chats/chat/${id}/`,
    },
    {
      path: new RegExp(`^/(?<post>\\d{1,20})/(?<user>${username})$`),
      kind: 'post',
      id: (p) => p.param('post'),
      canonical: (p, id) => `/${id}/${p.param('user').toLowerCase()}`,
    },
    {
      path: new RegExp(`^/(?<user>${username})(?:/(?:media|photos|videos|likes))?$`),
      kind: 'profile',
      id: (p) => unlessReserved(p.param('user').toLowerCase(), reserved),
      canonical: (_, id) => `/${id}`,
    },
  ],
  handles: [atHandle(username, 'OnlyFans usernames have letters, numbers, full stops, underscores or hyphens')],
  hint: 'Enter the address of the OnlyFans post or profile, like https://onlyfans.com/name, or the @username',
  unknownLink: "We can't tell which post or profile this OnlyFans address is for: copy the link again",
};

export const onlyfansRecogniser: PlatformRecogniser = {
  hosts: platformHosts.onlyfans,
  recognise: (input) => recogniseBySpec(spec, input),
};
