/**
 * Recognises TikTok addresses (/@user/video/<id>, photo posts, embeds and profiles) and
 * usernames. vm.tiktok.com, vt.tiktok.com and /t/ links are short links that hide the video.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shareLinkRoute, type PlatformSpec } from './platform-spec';

/** TikTok usernames: 2 to 24 letters, digits, underscores or full stops, not ending in a full stop. */
const username = '[\\w.]{1,23}\\w';

const spec: PlatformSpec = {
  platform: 'tiktok',
  canonicalHost: 'www.tiktok.com',
  routes: [
    // The Share button's links: vm.tiktok.com/<code>, vt.tiktok.com/<code> and /t/<code>.
    shareLinkRoute(/^\/(?<code>[\w-]{1,64})$/, 'video', { hosts: ['vm.tiktok.com', 'vt.tiktok.com'] }),
    shareLinkRoute(/^\/t\/(?<code>[\w-]{1,64})$/, 'video'),
    {
      path: new RegExp(`^/@(?<user>${username})/video/(?<id>\\d{1,25})$`),
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/@${p.param('user').toLowerCase()}/video/${id}`,
    },
    {
      path: new RegExp(`^/@(?<user>${username})/photo/(?<id>\\d{1,25})$`),
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/@${p.param('user').toLowerCase()}/photo/${id}`,
    },
    {
      path: /^\/(?:embed(?:\/v2)?\/(?<embed>\d{1,25})|v\/(?<old>\d{1,25})\.html)$/,
      kind: 'video',
      id: (p) => p.param('embed') || p.param('old'),
      canonical: (_, id) => `/embed/v2/${id}`,
    },
    {
      // A live stream is shown on the account's page.
      path: new RegExp(`^/@(?<user>${username})(?:/live)?$`),
      kind: 'profile',
      id: (p) => p.param('user').toLowerCase(),
      canonical: (_, id) => `/@${id}`,
    },
  ],
  handles: [
    atHandle(
      username,
      'TikTok usernames have 2 to 24 letters, numbers, underscores or full stops',
      { path: (name) => `/@${name}` },
    ),
  ],
  hint: 'Enter the address of the TikTok video, like https://www.tiktok.com/@name/video/123, or the @username',
  unknownLink: "We can't tell which video or account this TikTok address is for: open the video and copy its link",
};

export const tiktokRecogniser: PlatformRecogniser = {
  hosts: platformHosts.tiktok,
  recognise: (input) => recogniseBySpec(spec, input),
};
