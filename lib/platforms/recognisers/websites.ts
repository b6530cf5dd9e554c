/**
 * Recognises the address of a page on any public website (adult sites, forums, image hosts).
 * Links on a platform the site has its own guide for are pointed at that platform instead.
 */

import type { PlatformRecogniser } from '../types';
import {
  choosePlatformMessage,
  fail,
  parseLink,
  platformHosts,
  platformOfHost,
  readInput,
  recognisePage,
} from './shared';

const askForPage = 'Enter the address of the web page, like https://www.example.com/page';

export const websitesRecogniser: PlatformRecogniser = {
  hosts: platformHosts.websites,
  recognise: (input) => {
    const read = readInput(input);
    if (!read.ok) return read;
    const { pasted } = read;
    // A bare "example.com" is a website's home page here, not a username.
    const link =
      pasted.type === 'link'
        ? parseLink(pasted.url.href)
        : pasted.type === 'word' && pasted.text.includes('.') && !pasted.text.includes('@')
          ? parseLink(pasted.text)
          : fail(askForPage);
    if (!link.ok) return pasted.type === 'link' ? link : fail(askForPage);
    const owner = platformOfHost(link.url.hostname);
    if (owner) return fail(choosePlatformMessage(owner));
    return recognisePage('websites', link.url);
  },
};
