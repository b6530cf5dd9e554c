/**
 * Recognises what a person can record about a dating-app match: a Tinder profile link (the
 * only one of Bumble, Tinder, Hinge and Grindr with public profile pages we know of), or the
 * name or username shown on the profile. Most matches have no link, so the name is accepted as
 * written.
 */

import type { PlatformRecogniser } from '../types';
import type { HandleRule } from './handles';
import { platformHosts } from './hosts';
import { recogniseBySpec, type PlatformSpec } from './platform-spec';

/** Tinder's shareable usernames: letters, digits, full stops, underscores or hyphens. */
const tinderUsername = '[\\w.-]{1,50}';

/** The name on a profile, as shown: no link, kept as written because case may be all there is. */
const profileName: HandleRule = {
  prefix: /^@?/,
  pattern: /^[\p{L}\p{N}._'-]{1,50}$/u,
  kind: 'profile',
  lowerCase: false,
  message: 'Enter the name or username shown on the profile, using letters, numbers, full stops, hyphens or underscores',
};

const spec: PlatformSpec = {
  platform: 'dating-apps',
  canonicalHost: 'tinder.com',
  routes: [
    {
      path: new RegExp(`^/@(?<user>${tinderUsername})$`),
      hosts: ['tinder.com', 'gotinder.com'],
      kind: 'profile',
      id: (p) => p.param('user'),
      canonical: (_, id) => `/@${id}`,
    },
  ],
  handles: [profileName],
  hint: 'Enter the name or username shown on the profile, or a Tinder profile link like https://tinder.com/@name',
  unknownLink: "We can't tell which profile this address is for: write down the name shown on the profile instead",
};

export const datingAppsRecogniser: PlatformRecogniser = {
  hosts: platformHosts['dating-apps'],
  recognise: (input) => recogniseBySpec(spec, input),
};
