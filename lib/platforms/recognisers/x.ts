/**
 * Recognises X (Twitter) addresses on x.com, twitter.com and their mobile hosts (posts,
 * communities and profiles) and @handles. Canonical links use x.com; t.co links are short links.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle, unlessReserved } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, shareLinkRoute, type PlatformSpec } from './platform-spec';
import { detail } from './results';

/** X handles: 1 to 15 letters, digits or underscores. */
const handle = '\\w{1,15}';

/** First path parts that are X's own pages, not handles. */
const reserved = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'login', 'logout',
  'signup', 'tos', 'privacy', 'compose', 'hashtag', 'intent', 'share', 'account', 'about', 'jobs',
]);

const spec: PlatformSpec = {
  platform: 'x',
  canonicalHost: 'x.com',
  routes: [
    // t.co links: X shortens every link in a post or message with one, most often to another
    // site, so it is a link to some page, not an X post (L3).
    shareLinkRoute(/^\/(?<code>\w{1,32})$/, 'page', { hosts: ['t.co'] }),
    {
      // /photo/3, /video/1 and the like are views of the same post: the number says which picture.
      path: new RegExp(`^/(?<user>${handle})/status(?:es)?/(?<id>\\d{1,25})(?:/(?<media>photo|video)/(?<n>\\d)|/\\w+)?$`),
      kind: 'post',
      // "/i/status/<id>" is X's own form, handled below.
      id: (p) => (unlessReserved(p.param('user'), reserved) === null ? null : p.param('id')),
      canonical: (p, id) => `/${p.param('user')}/status/${id}`,
      details: (p) => [detail(p.param('media'), p.param('n'))],
    },
    {
      path: /^\/(?:i\/)?messages\/(?<id>\d{1,25}-\d{1,25})$/,
      kind: 'message',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/messages/${id}`,
    },
    {
      // The account's number, which stays the same when its @handle changes.
      path: /^\/i\/user\/(?<id>\d{1,25})$/,
      kind: 'profile',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/i/user/${id}`,
    },
    {
      path: /^\/intent\/user$/,
      kind: 'profile',
      id: (p) => p.query('user_id', shapes.digits),
      canonical: (_, id) => `/i/user/${id}`,
    },
    {
      path: /^\/i\/(?:web\/)?status\/(?<id>\d{1,25})$/,
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/i/web/status/${id}`,
    },
    {
      path: /^\/i\/communities\/(?<id>\d{1,25})$/,
      kind: 'group',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/i/communities/${id}`,
    },
    {
      path: new RegExp(`^/(?<user>${handle})(?:/(?:media|with_replies|likes|highlights))?$`),
      kind: 'profile',
      id: (p) => unlessReserved(p.param('user'), reserved),
      canonical: (_, id) => `/${id}`,
    },
  ],
  handles: [
    // X ignores case in handles, but people recognise them as written.
    atHandle(handle, 'X handles have up to 15 letters, numbers or underscores, like @name', { lowerCase: false }),
  ],
  hint: 'Enter the address of the post, like https://x.com/name/status/123, or the @handle',
  unknownLink: "We can't tell which post or account this X address is for: open the post and copy its link",
};

export const xRecogniser: PlatformRecogniser = {
  hosts: platformHosts.x,
  recognise: (input) => recogniseBySpec(spec, input),
};
