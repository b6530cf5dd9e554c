/**
 * Recognises Instagram addresses (posts, reels, stories, highlights, direct messages and
 * profiles, on instagram.com or instagr.am) and Instagram usernames.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle, unlessReserved } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, shareLinkRoute, type PlatformSpec } from './platform-spec';
import { detail, hints } from './results';

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
    // The Share button's links, and /s/ for shared highlights (the story is in story_media_id).
    shareLinkRoute(/^\/share\/(?:p\/)?(?<code>[\w-]{1,64})$/, 'post'),
    shareLinkRoute(/^\/share\/(?:reels?|tv)\/(?<code>[\w-]{1,64})$/, 'video'),
    {
      path: /^\/s\/(?<code>[\w=-]{1,200})$/,
      kind: 'story',
      id: (p) => p.query('story_media_id') ?? p.param('code'),
      canonical: (p) => `${p.path}${p.query('story_media_id') ? `?story_media_id=${p.query('story_media_id')}` : ''}`,
      hint: hints.shareLink,
    },
    {
      // A comment: /p/CODE/c/<comment id>, with a reply after it sometimes.
      path: new RegExp(`^(?:/${username})?/(?:p|reels?)/(?<code>[\\w-]+)/c/(?<comment>\\d{1,30})(?:/r/(?<reply>\\d{1,30}))?$`),
      kind: 'comment',
      id: (p) => p.param('comment'),
      canonical: (p, id) => `/p/${p.param('code')}/c/${id}/`,
      details: (p) => [detail('post', p.param('code')), detail('reply', p.param('reply'))],
    },
    {
      // Newer links put the username first: /name/p/CODE/.
      path: new RegExp(`^(?:/${username})?/p/(?<code>[\\w-]+)$`),
      kind: 'post',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/p/${id}/`,
      // img_index says which picture of a carousel it is.
      details: (p) => [detail('slide', p.query('img_index', shapes.digits))],
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
      // ig.me/m/name opens a direct message with the account.
      path: new RegExp(`^/m/(?<user>${username})$`),
      hosts: ['ig.me'],
      kind: 'profile',
      id: (p) => p.param('user').toLowerCase(),
      canonical: (_, id) => `/${id}/`,
    },
    {
      // Today's stories of an account, without a story id.
      path: new RegExp(`^/stories/(?<user>${username})$`),
      kind: 'story',
      id: (p) => unlessReserved(p.param('user').toLowerCase(), reserved),
      canonical: (_, id) => `/stories/${id}/`,
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
