/**
 * Recognises Threads addresses (threads.net or threads.com: /@user/post/<code> and profiles)
 * and usernames. Threads accounts are Instagram accounts, so the usernames follow Instagram's
 * rules.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, type PlatformSpec } from './platform-spec';

/** Instagram (and so Threads) usernames: up to 30 letters, digits, full stops or underscores. */
const username = '[\\w.]{1,30}';

const spec: PlatformSpec = {
  platform: 'threads',
  canonicalHost: 'www.threads.net',
  routes: [
    {
      path: new RegExp(`^/@(?<user>${username})/post/(?<code>[\\w-]{5,60})(?:/media)?$`),
      kind: 'post',
      id: (p) => p.param('code'),
      canonical: (p, id) => `/@${p.param('user').toLowerCase()}/post/${id}`,
    },
    {
      path: new RegExp(`^/@(?<user>${username})$`),
      kind: 'profile',
      id: (p) => p.param('user').toLowerCase(),
      canonical: (_, id) => `/@${id}`,
    },
  ],
  handles: [
    atHandle(username, 'Threads usernames have up to 30 letters, numbers, full stops or underscores', {
      path: (name) => `/@${name}`,
    }),
  ],
  hint: 'Enter the address of the Threads post, like https://www.threads.net/@name/post/ABC123, or the @username',
  unknownLink: "We can't tell which post or profile this Threads address is for: use Share, then Copy link, on the post",
};

export const threadsRecogniser: PlatformRecogniser = {
  hosts: platformHosts.threads,
  recognise: (input) => recogniseBySpec(spec, input),
};
