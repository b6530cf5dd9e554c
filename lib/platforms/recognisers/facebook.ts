/**
 * Recognises Facebook (and Messenger) addresses: posts, comments, photos, videos and reels,
 * stories, groups, message threads and profiles, plus Facebook usernames. The Share button's
 * links (/share/p/…, fb.watch, fb.me) are recognised as they are: opening one to find the full
 * address would show the person the image again.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle, unlessReserved } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, shareLinkRoute, type PlatformSpec, type RouteParts } from './platform-spec';
import { parseLink } from './pasted';
import { detail } from './results';
import { withoutTracking } from './tracking';

/** Facebook usernames: letters, digits and full stops, 5 or more long (a few early ones have 4). */
const username = '[A-Za-z0-9.]{4,50}';

/** First path parts that are Facebook's own pages, not usernames. */
const reserved = new Set([
  'login', 'watch', 'groups', 'marketplace', 'gaming', 'events', 'pages', 'help', 'settings',
  'messages', 'notifications', 'friends', 'bookmarks', 'search', 'hashtag', 'privacy', 'policies',
  'business', 'home.php', 'profile.php', 'photo.php', 'permalink.php', 'story.php', 'reels',
  'stories', 'share', 'people', 'saved', 'memories', 'videos', 'photos', 'about', 'legal', 'terms',
  'sharer', 'sharer.php', 'dialog', 'plugins', 'recover', 'checkpoint', 'watch.php', 'l.php',
]);

/** Which comment or reply a link opens: often the comment is the evidence. */
const comments = (p: RouteParts) => [
  detail('comment', p.query('comment_id', shapes.base64)),
  detail('reply', p.query('reply_comment_id', shapes.base64)),
];

/**
 * The page behind Facebook's link to another site (l.facebook.com/l.php?u=…), without tracking:
 * the wrapper only records the click, so the page it leads to is what the link is (L5).
 */
function wrappedPage(p: RouteParts): URL | null {
  const address = p.query('u', /^https?:\/\/\S{1,2000}$/);
  if (address === null) return null;
  const link = parseLink(address);
  return link.ok ? withoutTracking(link.url) : null;
}

const spec: PlatformSpec = {
  platform: 'facebook',
  canonicalHost: 'www.facebook.com',
  routes: [
    // The Share button's links: /share/p/ a post, /share/v/ a video, /share/r/ a reel, and
    // plain /share/ for anything else; fb.watch for videos; fb.me for pages and profiles.
    shareLinkRoute(/^\/share\/p\/(?<code>[\w-]{1,64})$/, 'post'),
    shareLinkRoute(/^\/share\/[vr]\/(?<code>[\w-]{1,64})$/, 'video'),
    shareLinkRoute(/^\/share\/(?:[a-z]\/)?(?<code>[\w-]{1,64})$/, 'post'),
    shareLinkRoute(/^\/(?<code>[\w-]{1,64})$/, 'video', { hosts: ['fb.watch'] }),
    shareLinkRoute(/^\/(?:[\w-]{1,64}\/)?(?<code>[\w.-]{1,64})$/, 'profile', { hosts: ['fb.me'] }),
    {
      path: /^\/l\.php$/,
      hosts: ['l.facebook.com', 'lm.facebook.com'],
      kind: 'page',
      id: (p) => wrappedPage(p)?.href ?? null,
      canonical: (p) => {
        const page = wrappedPage(p);
        return page === null ? '' : `${page.pathname}${page.search}${page.hash}`;
      },
      canonicalHost: (p) => wrappedPage(p)?.host ?? 'www.facebook.com',
      hint: 'This is Facebook’s link to a page on another website. The page it leads to is shown beside it.',
    },
    {
      path: /^\/(?:permalink|story)\.php$/,
      kind: 'post',
      id: (p) => (p.query('id', shapes.digits) ? p.query('story_fbid') : null),
      canonical: (p, id) => `/permalink.php?story_fbid=${id}&id=${p.query('id', shapes.digits)}`,
      details: (p) => comments(p),
    },
    {
      path: /^\/photo(?:\.php)?$/,
      kind: 'post',
      id: (p) => p.query('fbid', shapes.digits),
      canonical: (_, id) => `/photo/?fbid=${id}`,
    },
    {
      path: /^\/watch$/,
      kind: 'video',
      id: (p) => p.query('v', shapes.digits),
      canonical: (_, id) => `/watch/?v=${id}`,
    },
    { path: /^\/reel\/(?<id>\d+)$/, kind: 'video', id: (p) => p.param('id'), canonical: (_, id) => `/reel/${id}` },
    {
      // /name/videos/<title>/<id>: the title slug is optional.
      path: new RegExp(`^/(?<user>${username})/videos/(?:[^/]{1,200}/)?(?<id>\\d+)$`),
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/${p.param('user')}/videos/${id}`,
    },
    {
      path: new RegExp(`^/(?<user>${username})/posts/(?<id>[A-Za-z0-9]+)$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/${p.param('user')}/posts/${id}`,
      details: (p) => comments(p),
    },
    {
      // Album segments look like "a.123" or "pb.100012345678.-2207520000".
      path: new RegExp(`^/${username}/photos/(?:[\\w.-]{1,100}/)?(?<id>\\d+)$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/photo/?fbid=${id}`,
    },
    {
      path: /^\/groups\/(?<group>[A-Za-z0-9.]+)\/(?:posts|permalink)\/(?<id>\d+)$/,
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/groups/${p.param('group')}/posts/${id}`,
      details: (p) => comments(p),
    },
    {
      // A member's posts in a group: the member is the profile that matters.
      path: /^\/groups\/(?<group>[A-Za-z0-9.]+)\/user\/(?<id>\d+)$/,
      kind: 'profile',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/profile.php?id=${id}`,
      details: (p) => [detail('group', p.param('group'))],
    },
    {
      path: /^\/groups\/(?<group>[A-Za-z0-9.]+)$/,
      kind: 'group',
      id: (p) => p.param('group'),
      canonical: (_, id) => `/groups/${id}`,
    },
    {
      path: /^\/stories\/(?<user>[A-Za-z0-9.]+)\/(?<id>[A-Za-z0-9=_-]+)$/,
      kind: 'story',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/stories/${p.param('user')}/${id}`,
    },
    {
      path: /^\/profile\.php$/,
      kind: 'profile',
      id: (p) => p.query('id', shapes.digits),
      canonical: (_, id) => `/profile.php?id=${id}`,
    },
    {
      // /p/Jane-Smith-100012345678: the profile form search engines show.
      path: /^\/p\/[^/]{0,200}?-(?<id>\d{5,20})$/,
      kind: 'profile',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/profile.php?id=${id}`,
    },
    {
      path: /^\/people\/[^/]+\/(?<id>\d+)$/,
      kind: 'profile',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/profile.php?id=${id}`,
    },
    {
      // Messenger threads on facebook.com, end-to-end encrypted ones (the default since 2023) too.
      path: /^\/messages\/(?:e2ee\/)?t\/(?<id>[\w.]+)$/,
      kind: 'message',
      id: (p) => p.param('id'),
      canonical: (p, id) => `${p.path.includes('/e2ee/') ? '/messages/e2ee' : '/messages'}/t/${id}`,
    },
    {
      path: /^\/(?:e2ee\/)?t\/(?<id>[\w.]+)$/,
      hosts: ['messenger.com'],
      kind: 'message',
      id: (p) => p.param('id'),
      canonical: (p, id) => `${p.path.startsWith('/e2ee/') ? '/e2ee' : ''}/t/${id}`,
      canonicalHost: 'www.messenger.com',
    },
    {
      path: new RegExp(`^/(?<user>${username})$`),
      kind: 'profile',
      id: (p) => unlessReserved(p.param('user').toLowerCase(), reserved),
      canonical: (_, id) => `/${id}`,
    },
  ],
  handles: [
    atHandle(
      username,
      'Facebook usernames have at least 5 letters, numbers or full stops: or paste the address of the profile',
    ),
  ],
  hint: 'Enter the address of the Facebook post, profile or group, like https://www.facebook.com/name/posts/123',
  unknownLink:
    "We can't tell which post or profile this Facebook address is for: open the post and copy its address",
};

export const facebookRecogniser: PlatformRecogniser = {
  hosts: platformHosts.facebook,
  recognise: (input) => recogniseBySpec(spec, input),
};
