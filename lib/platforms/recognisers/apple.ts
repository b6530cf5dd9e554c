/**
 * Recognises what identifies content or a sender on Apple's services: an iCloud shared album or
 * iCloud link (whose token is after the # in the address), an iCloud Drive file, or the email
 * address or phone number an iMessage came from.
 */

import type { PlatformRecogniser, Recognition } from '../types';
import { looksLikeEmail, recogniseAccountEmail } from './account-email';
import { hostMatches, platformHosts } from './hosts';
import { readInput } from './pasted';
import { recogniseBySpec, type PlatformSpec } from './platform-spec';
import { recognised } from './results';

/**
 * The token of an iCloud shared album or iCloud Photos link: letters, digits, hyphens, underscores,
 * after "#" or "#/" (icloud.com/photos/#/…, L5).
 */
const token = /^#\/?(?<token>[\w-]{5,100})(?:[;/].*)?$/;

const spec: PlatformSpec = {
  platform: 'apple',
  canonicalHost: 'www.icloud.com',
  routes: [
    {
      path: /^\/iclouddrive\/(?<id>[\w-]{10,100})$/,
      kind: 'page',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/iclouddrive/${id}`,
    },
    {
      path: /^\/photos\/(?<id>[\w-]{10,100})$/,
      hosts: ['share.icloud.com'],
      kind: 'group',
      id: (p) => p.param('id'),
      canonical: (_, id) => `/photos/${id}`,
      canonicalHost: 'share.icloud.com',
    },
  ],
  phone: {},
  hint: 'Enter the iCloud link of the shared album, or the email address or phone number the message came from',
  unknownLink: "We can't tell which album or file this iCloud address is for: copy the link from the Share menu again",
};

/** Shared albums and iCloud Photos links name the album after the #, which the route table does not read. */
function recogniseAlbumLink(input: string): Recognition | null {
  const read = readInput(input);
  if (!read.ok || read.pasted.type !== 'link') return null;
  const { url } = read.pasted;
  // Without its trailing slashes: /\/+$/ would rescan a run of slashes from each one (quadratic).
  const path = /^(?:.*[^/])?/s.exec(url.pathname)?.[0] ?? '';
  if (!hostMatches(url.hostname, 'icloud.com') || !['/sharedalbum', '/photos'].includes(path)) return null;
  const album = token.exec(url.hash)?.groups?.token;
  if (album === undefined) return null;
  return recognised('apple', 'group', album, `https://www.icloud.com${path}/#${album}`);
}

export const appleRecogniser: PlatformRecogniser = {
  hosts: platformHosts.apple,
  recognise: (input) => {
    if (looksLikeEmail(input)) return recogniseAccountEmail('apple', input);
    return recogniseAlbumLink(input) ?? recogniseBySpec(spec, input);
  },
};
