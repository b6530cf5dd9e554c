/**
 * Recognises what identifies content or an account on Microsoft's consumer services: a OneDrive
 * file or share link (1drv.ms links are kept as they are: opening one to find the long address
 * would show the content again), an Outlook address, or an Xbox gamertag.
 */

import type { PlatformRecogniser } from '../types';
import { looksLikeEmail, recogniseAccountEmail } from './account-email';
import type { HandleRule } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, type PlatformSpec } from './platform-spec';

/** OneDrive item ids look like "ABC123DEF456!789". */
const oneDriveId = /^[\w]{1,40}![\w]{1,40}$/;

/** Gamertags: letters and digits, up to 16 with the number suffix; no public page to link to. */
const gamertag: HandleRule = {
  prefix: /^@?/,
  pattern: /^[\p{L}\p{N}]{1,16}(?:#\d{1,4})?$/u,
  kind: 'profile',
  lowerCase: false,
  message: 'Enter the Xbox gamertag as shown, using letters and numbers',
};

const spec: PlatformSpec = {
  platform: 'microsoft',
  canonicalHost: 'onedrive.live.com',
  routes: [
    {
      path: /^(?:\/redir)?$/,
      hosts: ['onedrive.live.com'],
      kind: 'page',
      id: (p) => p.query('resid', oneDriveId) ?? p.query('id', oneDriveId),
      canonical: (_, id) => `/?id=${encodeURIComponent(id)}`,
    },
    {
      path: /^\/(?<link>[\w!-]{1,10}(?:\/[\w!-]{1,100}){1,3})$/,
      hosts: ['1drv.ms'],
      kind: 'page',
      id: (p) => p.param('link'),
      canonical: (_, id) => `/${id}`,
      canonicalHost: '1drv.ms',
    },
  ],
  handles: [gamertag],
  hint: 'Enter the OneDrive link, the Outlook email address or the Xbox gamertag',
  unknownLink: "We can't tell which file or account this Microsoft address is for: use Share, then Copy link",
};

export const microsoftRecogniser: PlatformRecogniser = {
  hosts: platformHosts.microsoft,
  recognise: (input) =>
    looksLikeEmail(input) ? recogniseAccountEmail('microsoft', input) : recogniseBySpec(spec, input),
};
