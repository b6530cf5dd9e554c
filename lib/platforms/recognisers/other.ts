/**
 * Recognises where content is on a platform the site has no guide for: any public web address,
 * an @handle, a phone number or an email address, each with the kind that fits it best. Links on
 * platforms the site does cover are pointed at that platform's guide.
 */

import type { ContentKind, PlatformRecogniser } from '../types';
import { platformHosts, platformOfUrl } from './hosts';
import { parseLink, readInput } from './pasted';
import { recognisePhone } from './platform-spec';
import { choosePlatformMessage, fail, recognised } from './results';
import { recognisePage } from './tracking';

const askForAnything = 'Enter a link, an @username or a phone number';

/** Path shapes many sites share, for a better guess than "page". First match wins. */
const kindsByPath: readonly { path: RegExp; kind: ContentKind }[] = [
  { path: /\/(?:videos?|watch|reels?|shorts|embed|v)(?:\/|$)/i, kind: 'video' },
  { path: /\/(?:posts?|p|status|comments|threads?|topic)(?:\/|$)/i, kind: 'post' },
  { path: /\/(?:stories|story)(?:\/|$)/i, kind: 'story' },
  { path: /\/(?:groups?|communities|community)(?:\/|$)/i, kind: 'group' },
  { path: /\/(?:channels?|c)(?:\/|$)/i, kind: 'channel' },
  { path: /^\/(?:@[^/]+|u|user|users|profile|people|members?)(?:\/|$)/i, kind: 'profile' },
];

/** Generic @handles: the characters almost every platform allows. */
const handle = /^@([\w.-]{1,50})$/;
/** A simple shape check; the email platform does the thorough one. */
const emailAddress = /^[^\s@]{1,64}@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

export const otherRecogniser: PlatformRecogniser = {
  hosts: platformHosts.other,
  recognise: (input) => {
    const read = readInput(input);
    if (!read.ok) return read;
    const { pasted } = read;
    if (pasted.type === 'phone') {
      return recognisePhone('other', pasted.text);
    }
    if (pasted.type === 'text') return fail(askForAnything);
    if (pasted.type === 'word') {
      const name = handle.exec(pasted.text)?.[1];
      if (name !== undefined) return recognised('other', 'profile', name);
      const email = emailAddress.exec(pasted.text);
      if (email) {
        const at = pasted.text.lastIndexOf('@');
        return recognised('other', 'email-address', `${pasted.text.slice(0, at)}@${pasted.text.slice(at + 1).toLowerCase()}`);
      }
    }
    const link = pasted.type === 'link' ? parseLink(pasted.url.href) : parseLink(pasted.text);
    if (!link.ok) return pasted.type === 'link' ? link : fail(askForAnything);
    const owner = platformOfUrl(link.url);
    if (owner) return fail(choosePlatformMessage(owner));
    const kind = kindsByPath.find(({ path }) => path.test(link.url.pathname))?.kind ?? 'page';
    return recognisePage('other', link.url, kind);
  },
};
