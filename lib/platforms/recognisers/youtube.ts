/**
 * Recognises YouTube addresses (watch, youtu.be, Shorts, live and embed links to a video, and
 * channel pages) and @handles. youtu.be links carry the video id, so they are not short links
 * that hide the video: they are accepted as they are.
 */

import type { Detail, PlatformRecogniser } from '../types';
import { atHandle } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, type PlatformSpec, type RouteParts } from './platform-spec';
import { detail } from './results';

/** YouTube video ids: 11 letters, digits, hyphens or underscores. */
const videoId = '[\\w-]{11}';
/** YouTube handles: 3 to 30 letters, digits, underscores, hyphens or full stops. */
const handle = '[\\w.-]{3,30}';

const video = (id: string) => `/watch?v=${id}`;

/**
 * Where in the video a link starts ("t=92s", "t=1m32s", "start=92"), as minutes and seconds: the
 * time she appears, which YouTube's privacy form asks for (L4). As written if in no shape we know.
 */
function startTime(p: RouteParts): Detail | null {
  const written = p.query('t', /^[\dhms]{1,12}$/) ?? p.query('start', shapes.digits);
  if (written === null) return null;
  const parts = /^(?:(\d{1,2})h)?(?:(\d{1,3})m)?(?:(\d{1,6})s?)?$/.exec(written);
  if (parts === null || written === '') return detail('time', written);
  const seconds = Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return detail('time', hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`);
}

const spec: PlatformSpec = {
  platform: 'youtube',
  canonicalHost: 'www.youtube.com',
  routes: [
    {
      path: /^\/watch$/,
      kind: 'video',
      id: (p) => p.query('v', new RegExp(`^${videoId}$`)),
      canonical: (_, id) => video(id),
      details: (p) => [startTime(p)],
    },
    {
      path: new RegExp(`^/(?<id>${videoId})$`),
      hosts: ['youtu.be'],
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (_, id) => video(id),
      details: (p) => [startTime(p)],
    },
    {
      path: new RegExp(`^/(?:shorts|live|embed|v)/(?<id>${videoId})$`),
      kind: 'video',
      id: (p) => p.param('id'),
      canonical: (_, id) => video(id),
      details: (p) => [startTime(p)],
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
