/**
 * Recognises links to files and albums on Google Drive, Docs and Photos. A shared file's id is
 * what Google needs to find it; a Photos share link (photos.app.goo.gl) is kept as it is,
 * because opening it to find the long address would show the person the images again.
 */

import type { PlatformRecogniser } from '../types';
import { platformHosts } from './hosts';
import { recogniseBySpec, shapes, type PlatformSpec } from './platform-spec';

/** Drive file and folder ids: letters, digits, hyphens and underscores. */
const fileId = '[\\w-]{10,100}';

const spec: PlatformSpec = {
  platform: 'google-drive-photos',
  canonicalHost: 'drive.google.com',
  routes: [
    {
      path: new RegExp(`^/file/d/(?<id>${fileId})(?:/(?:view|edit|preview))?$`),
      hosts: ['drive.google.com'],
      kind: 'page',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/file/d/${id}/view`,
    },
    {
      path: new RegExp(`^/drive/(?:u/\\d/)?folders/(?<id>${fileId})$`),
      hosts: ['drive.google.com'],
      kind: 'group',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/drive/folders/${id}`,
    },
    {
      path: /^\/(?:open|uc)$/,
      hosts: ['drive.google.com'],
      kind: 'page',
      id: (p) => p.query('id', shapes.token),
      canonical: (_, id) => `/file/d/${id}/view`,
    },
    {
      path: new RegExp(`^/(?<type>document|spreadsheets|presentation|forms)/d/(?<id>${fileId})(?:/\\w+)?$`),
      hosts: ['docs.google.com'],
      kind: 'page',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/${p.param('type')}/d/${id}`,
      canonicalHost: 'docs.google.com',
    },
    {
      path: /^\/(?:u\/\d\/)?share\/(?<id>[\w-]{10,200})$/,
      hosts: ['photos.google.com'],
      kind: 'group',
      id: (p) => p.param('id'),
      canonical: (p, id) => {
        const key = p.query('key', shapes.token);
        return key === null ? `/share/${id}` : `/share/${id}?key=${key}`;
      },
      canonicalHost: 'photos.google.com',
    },
    {
      path: /^\/(?:u\/\d\/)?(?<type>photo|album)\/(?<id>[\w-]{10,200})$/,
      hosts: ['photos.google.com'],
      kind: 'post',
      id: (p) => p.param('id'),
      canonical: (p, id) => `/${p.param('type')}/${id}`,
      canonicalHost: 'photos.google.com',
    },
    {
      path: /^\/(?<code>[\w-]{5,40})$/,
      hosts: ['photos.app.goo.gl'],
      kind: 'group',
      id: (p) => p.param('code'),
      canonical: (_, id) => `/${id}`,
      canonicalHost: 'photos.app.goo.gl',
    },
  ],
  hint: 'Enter the link to the Google Drive file or Google Photos album, like https://drive.google.com/file/d/abc123/view',
  unknownLink: "We can't tell which file or album this Google address is for: use Share, then Copy link",
};

export const googleDrivePhotosRecogniser: PlatformRecogniser = {
  hosts: platformHosts['google-drive-photos'],
  recognise: (input) => recogniseBySpec(spec, input),
};
