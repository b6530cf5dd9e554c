/**
 * Recognises the address of a page on any public website (adult sites, forums, image hosts).
 * Links on a platform the site has its own guide for are pointed at that platform instead.
 */

import type { PlatformRecogniser } from '../types';
import { platformHosts, platformOfUrl } from './hosts';
import { readPageAddress } from './pasted';
import { choosePlatformMessage, fail } from './results';
import { recognisePage } from './tracking';

const askForPage = 'Enter the address of the web page, like https://www.example.com/page';

export const websitesRecogniser: PlatformRecogniser = {
  hosts: platformHosts.websites,
  recognise: (input) => {
    const link = readPageAddress(input, askForPage);
    if (!link.ok) return link;
    const owner = platformOfUrl(link.url);
    if (owner) return fail(choosePlatformMessage(owner));
    return recognisePage('websites', link.url);
  },
};
