/**
 * Recognises Instagram addresses (posts, reels, stories, highlights, direct messages and
 * profiles, on instagram.com or instagr.am) and Instagram usernames.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle, messages, platformHosts, recogniseBySpec, unlessReserved, type PlatformSpec } from './shared';

/** Instagram usernames: up to 30 letters, digits, full stops and underscores. */
const username = '[\\w.]{1,30}';

/** First path parts that are Instagram's own pages, not usernames. */
const reserved = new Set([
  'explore', 'accounts', 'direct', 'about', 'developer', 'legal', 'reels', 'reel', 'stories', 'p',
  'tv', 'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'help', 'share', 'api', 'ar',
]);

const spec: PlatformSpec = {
  platform: 'instagram',
  canonicalHost: 'www.instagram.com',
  routes: [
    { path: /^\/share\/(?:[a-z]+\/)?[\w-]+$/, message: messages.shortLink },
    {
      // Newer links put the username first: /name/p/CODE/.
      path: new RegExp(`^(?:/${username})?/p/(?<code>[\\w-]+)$`),
      kind: 'post',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/p/${id}/`,
    },
    {
      path: new RegExp(`^(?:/${username})?/reels?/(?<code>[\\w-]+)$`),
      kind: 'video',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/reel/${id}/`,
    },
    { path: /^\/tv\/(?<code>[\w-]+)$/, kind: 'video', id: (p) => p.param('code'), canonical: (_, id) => `/tv/${id}/` },
    {
      path: /^\/stories\/highlights\/(?<id>\d+)$/,
      kind: 'story',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/stories/highlights/${id}/`,
    },
    {
      path: new RegExp(`^/stories/(?<user>${username})/(?<id>\\d+)$`),
      kind: 'story',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/stories/${p.param('user').toLowerCase()}/${id}/`,
    },
    {
      path: /^\/direct\/t\/(?<id>\d+)$/,
      kind: 'message',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/direct/t/${id}/`,
    },
    {
      path: new RegExp(`^/(?<user>${username})(?:/(?:tagged|reels|saved|followers|following))?$`),
      kind: 'profile',
      id: (p) => unlessReserved(p.param('user').toLowerCase(), reserved),
      canonical: (_, id) => `/${id}/`,
    },
  ],
  handles: [
    atHandle(
      username,
      'Instagram usernames have up to 30 letters, numbers, full stops or underscores',
      { path: (name) => `/${name}/` },
    ),
  ],
  hint: 'Enter the address of the Instagram post or profile, like https://www.instagram.com/p/ABC123/, or the @username',
  unknownLink:
    "We can't tell which post or profile this Instagram address is for: open the post and copy its link",
};

export const instagramRecogniser: PlatformRecogniser = {
  hosts: platformHosts.instagram,
  recognise: (input) => recogniseBySpec(spec, input),
};
