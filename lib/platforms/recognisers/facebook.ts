/**
 * Recognises Facebook (and Messenger) addresses: posts, photos, videos and reels, stories,
 * groups and profiles, plus Facebook usernames. Share and fb.watch/fb.me links are short links
 * that hide the post, so the person is asked to open them and copy the full address.
 */

import type { PlatformRecogniser } from '../types';
import {
  atHandle,
  messages,
  platformHosts,
  recogniseBySpec,
  shapes,
  unlessReserved,
  type PlatformSpec,
} from './shared';

/** Facebook usernames: letters, digits and full stops, at least 5 long. */
const username = '[A-Za-z0-9.]{5,50}';

/** First path parts that are Facebook's own pages, not usernames. */
const reserved = new Set([
  'login', 'watch', 'groups', 'marketplace', 'gaming', 'events', 'pages', 'help', 'settings',
  'messages', 'notifications', 'friends', 'bookmarks', 'search', 'hashtag', 'privacy', 'policies',
  'business', 'home.php', 'profile.php', 'photo.php', 'permalink.php', 'story.php', 'reels',
  'stories', 'share', 'people', 'saved', 'memories', 'videos', 'photos', 'about', 'legal', 'terms',
  'sharer', 'sharer.php', 'dialog', 'plugins', 'recover', 'checkpoint', 'watch.php', 'l.php',
]);

const spec: PlatformSpec = {
  platform: 'facebook',
  canonicalHost: 'www.facebook.com',
  shortLinkHosts: ['fb.watch', 'fb.me'],
  routes: [
    // /share/p/..., /share/v/..., /share/r/...: short links made by the Share button.
    { path: /^\/share\/(?:[a-z]\/)?[\w-]+$/, message: messages.shortLink },
    {
      path: /^\/(?:permalink|story)\.php$/,
      kind: 'post',
      id: (p) => (p.query('id', shapes.digits) ? p.query('story_fbid') : null),
      canonical: (p, id) => `/permalink.php?story_fbid=${id}&id=${p.query('id', shapes.digits)}`,
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
      path: new RegExp(`^/(?<user>${username})/videos/(?<id>\\d+)$`),
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/${p.param('user')}/videos/${id}`,
    },
    {
      path: new RegExp(`^/(?<user>${username})/posts/(?<id>[A-Za-z0-9]+)$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/${p.param('user')}/posts/${id}`,
    },
    {
      path: new RegExp(`^/${username}/photos/(?:[\\w.]+/)?(?<id>\\d+)$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/photo/?fbid=${id}`,
    },
    {
      path: /^\/groups\/(?<group>[A-Za-z0-9.]+)\/(?:posts|permalink)\/(?<id>\d+)$/,
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/groups/${p.param('group')}/posts/${id}`,
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
      path: /^\/people\/[^/]+\/(?<id>\d+)$/,
      kind: 'profile',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/profile.php?id=${id}`,
    },
    {
      path: /^\/t\/(?<id>[\w.]+)$/,
      hosts: ['messenger.com'],
      kind: 'message',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/t/${id}`,
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
