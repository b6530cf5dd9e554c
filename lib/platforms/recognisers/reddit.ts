/**
 * Recognises Reddit addresses on reddit.com (www, old, new, mobile) and redd.it: posts,
 * comments, user profiles and subreddits, plus "u/name" and "r/name" as people write them.
 */

import type { PlatformRecogniser } from '../types';
import { platformHosts } from './hosts';
import { recogniseBySpec, shareLinkRoute, type PlatformSpec, type RouteParts } from './platform-spec';
import { hints } from './results';

/** Reddit usernames: 3 to 20 letters, digits, underscores or hyphens. */
const username = '[\\w-]{3,20}';
/**
 * Subreddit names: 2 to 21 letters, digits or underscores; a user's own is "u_" and their
 * username, which may have hyphens.
 */
const subreddit = '(?:u_[\\w-]{3,20}|[A-Za-z0-9]\\w{1,20})';
/** Post and comment ids are short base-36 numbers. */
const postId = '[a-z0-9]{1,12}';

/** The file Reddit's image viewer shows: only one on Reddit's own file hosts. */
function viewedFile(p: RouteParts): URL | null {
  const address = p.query('url', /^https:\/\/(?:i|v|preview)\.redd\.it\/[\w.-]{1,200}(?:\?[^\s#]{0,500})?$/);
  return address === null ? null : new URL(address);
}

const spec: PlatformSpec = {
  platform: 'reddit',
  canonicalHost: 'www.reddit.com',
  routes: [
    {
      // i.redd.it and v.redd.it hold the picture or video alone, without the post around it.
      path: /^\/(?<file>[\w.-]{1,200})$/,
      hosts: ['i.redd.it', 'v.redd.it', 'preview.redd.it'],
      kind: 'media',
      id: (p) => p.param('file'),
      canonical: (p) => p.path,
      canonicalHost: (p) => p.hostname,
      hint: hints.mediaAddress,
    },
    {
      // reddit.com/media?url=…: Reddit's viewer for one picture, which names the file (L5).
      path: /^\/media$/,
      kind: 'media',
      id: (p) => viewedFile(p)?.pathname.slice(1) ?? null,
      canonical: (p) => viewedFile(p)?.pathname ?? '',
      canonicalHost: (p) => viewedFile(p)?.hostname ?? 'i.redd.it',
      hint: hints.mediaAddress,
    },
    {
      path: /^\/room\/(?<room>![\w-]{1,100}:reddit\.com)$/,
      hosts: ['chat.reddit.com'],
      kind: 'message',
      id: (p) => p.param('room'),
      canonical: (_, id) => `/room/${id}`,
      canonicalHost: 'chat.reddit.com',
    },
    {
      path: new RegExp(`^/(?<id>${postId})$`),
      hosts: ['redd.it'],
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/comments/${id}/`,
    },
    // /r/<sub>/s/<code> and /u/<name>/s/<code>: the Share button's links, for a post and for a
    // profile (L3: a /u/ share link shares the profile, not a post).
    shareLinkRoute(new RegExp(`^/r/[\\w-]{2,22}/s/(?<code>\\w{1,64})$`), 'post'),
    shareLinkRoute(new RegExp(`^/(?:u|user)/[\\w-]{2,22}/s/(?<code>\\w{1,64})$`), 'profile'),
    {
      path: new RegExp(`^/gallery/(?<id>${postId})$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/comments/${id}/`,
    },
    {
      // Old comment links put the title slug before the comment id; new ones put "comment".
      path: new RegExp(`^/r/(?<sub>${subreddit})/comments/(?<post>${postId})/[^/]+/(?<id>${postId})$`),
      kind: 'comment',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/r/${p.param('sub')}/comments/${p.param('post')}/comment/${id}/`,
    },
    {
      path: new RegExp(`^/r/(?<sub>${subreddit})/comments/(?<id>${postId})(?:/[^/]+)?$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/r/${p.param('sub')}/comments/${id}/`,
    },
    {
      path: new RegExp(`^/(?:user|u)/(?<user>${username})/comments/(?<id>${postId})(?:/[^/]+)?$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/user/${p.param('user')}/comments/${id}/`,
    },
    {
      path: new RegExp(`^/comments/(?<id>${postId})(?:/[^/]+)?$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/comments/${id}/`,
    },
    {
      path: new RegExp(`^/(?:user|u)/(?<user>${username})(?:/(?:submitted|comments|overview))?$`),
      kind: 'profile',
      id: (p) => p.param('user'),
      canonical: (_, id) => `/user/${id}/`,
    },
    {
      path: new RegExp(`^/r/(?<sub>${subreddit})$`),
      kind: 'group',
      id: (p) => p.param('sub'),
      canonical: (_, id) => `/r/${id}/`,
    },
  ],
  handles: [
    {
      prefix: /^\/?r\//,
      pattern: new RegExp(`^${subreddit}$`),
      kind: 'group',
      lowerCase: false,
      path: (name) => `/r/${name}/`,
      message: 'Subreddit names have 2 to 21 letters, numbers or underscores, like r/name',
    },
    {
      prefix: /^(?:\/?u(?:ser)?\/|@)?/,
      pattern: new RegExp(`^${username}$`),
      kind: 'profile',
      // Reddit shows usernames as they were written; keep the case.
      lowerCase: false,
      path: (name) => `/user/${name}/`,
      message: 'Reddit usernames have 3 to 20 letters, numbers, underscores or hyphens, like u/name',
    },
  ],
  hint: 'Enter the address of the Reddit post, like https://www.reddit.com/r/name/comments/abc123/, or u/username',
  unknownLink: "We can't tell which post or account this Reddit address is for: open the post and copy its link",
};

export const redditRecogniser: PlatformRecogniser = {
  hosts: platformHosts.reddit,
  recognise: (input) => recogniseBySpec(spec, input),
};
