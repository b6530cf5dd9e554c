/**
 * Recognises the email address messages came from: as typed, as "mailto:" or as the
 * "Name <address>" form mail apps show. The domain is lower-cased (domains ignore case); the
 * part before the @ is kept as written, because some mail servers treat its case as meaningful.
 */

import type { PlatformRecogniser } from '../types';
import { isPublicHostname, platformHosts } from './hosts';
import { cleanInput, readInput } from './pasted';
import { fail, recognised } from './results';

const askForAddress = 'Enter an email address, like name@example.com';

/** The characters RFC 5322 allows unquoted before the @ ("dot-atom"). */
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** Normalises an email address, or explains what to enter. */
function recogniseEmail(input: string) {
  const cleaned = cleanInput(input);
  if (!cleaned.ok) return cleaned;
  let text = cleaned.text;
  // "Jane Smith <jane@example.com>", as copied from a message's From line.
  const named = /^[^<>]*<([^<>]+)>$/.exec(text);
  if (named?.[1] !== undefined) text = named[1].trim();
  text = text.replace(/^mailto:/i, '');

  const at = text.lastIndexOf('@');
  if (at < 1) {
    // Links get their own message: they are the commonest mistake.
    const read = readInput(text);
    if (!read.ok) return read;
    return fail(read.pasted.type === 'link' ? `${askForAddress}, not a web address` : askForAddress);
  }
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (text.length > 254 || local.length > 64 || !localPart.test(local) || !isPublicHostname(domain)) {
    return fail(askForAddress);
  }
  const address = `${local}@${domain}`;
  return recognised('email', 'email-address', address);
}

export const emailRecogniser: PlatformRecogniser = {
  hosts: platformHosts.email,
  recognise: recogniseEmail,
};
