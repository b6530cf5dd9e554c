/**
 * Recognises YouTube addresses (watch, youtu.be, Shorts, live and embed links to a video, and
 * channel pages) and @handles. youtu.be links carry the video id, so they are not short links
 * that hide the video: they are accepted as they are.
 */

import type { PlatformRecogniser } from '../types';
import { atHandle } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, type PlatformSpec } from './platform-spec';

/** YouTube video ids: 11 letters, digits, hyphens or underscores. */
const videoId = '[\\w-]{11}';
/** YouTube handles: 3 to 30 letters, digits, underscores, hyphens or full stops. */
const handle = '[\\w.-]{3,30}';

const video = (id: string) => `/watch?v=${id}`;

const spec: PlatformSpec = {
  platform: 'youtube',
  canonicalHost: 'www.youtube.com',
  routes: [
    {
      path: /^\/watch$/,
      kind: 'video',
      id: (p) => p.query('v', new RegExp(`^${videoId}$`)),
      canonical: (_, id) => video(id),
    },
    {
      path: new RegExp(`^/(?<id>${videoId})$`),
      hosts: ['youtu.be'],
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (_, id) => video(id),
    },
    {
      path: new RegExp(`^/(?:shorts|live|embed|v)/(?<id>${videoId})$`),
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (_, id) => video(id),
    },
    {
      path: new RegExp(`^/@(?<handle>${handle})(?:/(?:videos|shorts|streams|featured|about|community))?$`),
      kind: 'profile',
      id: (p) => p.param('handle').toLowerCase(),
      canonical: (_, id) => `/@${id}`,
    },
    {
      path: /^\/channel\/(?<id>UC[\w-]{22})(?:\/\w+)?$/,
      kind: 'channel',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/channel/${id}`,
    },
    {
      path: /^\/(?<prefix>c|user)\/(?<name>[\w.-]{1,100})(?:\/\w+)?$/,
      kind: 'channel',
      id: (p) => p.param('name'),
      canonical: (p, id) => `/${p.param('prefix')}/${id}`,
    },
    {
      path: /^\/playlist$/,
      kind: 'page',
      id: (p) => p.query('list', shapes.token),
      canonical: (_, id) => `/playlist?list=${id}`,
    },
  ],
  handles: [atHandle(handle, 'YouTube handles have 3 to 30 letters, numbers, underscores, hyphens or full stops', { path: (name) => `/@${name}` })],
  hint: 'Enter the address of the YouTube video, like https://www.youtube.com/watch?v=abc123DEF45, or the @handle of the channel',
  unknownLink: "We can't tell which video or channel this YouTube address is for: use Share, then Copy link, on the video",
};

export const youtubeRecogniser: PlatformRecogniser = {
  hosts: platformHosts.youtube,
  recognise: (input) => recogniseBySpec(spec, input),
};
