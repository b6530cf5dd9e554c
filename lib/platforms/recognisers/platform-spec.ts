/**
 * The small table-driven matcher each platform recogniser is built from, so each platform file
 * is mostly a list of the link shapes that platform uses: its routes, its handle rules and
 * whether a phone number names an account there.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import type { PlatformId } from '../catalogue';
import { readPhoneNumber, removedMarks, type PhoneUnsure } from '../phone-numbers';
import type { ContentKind, Detail, Recognised, Recognition } from '../types';
import { parseHandle, type HandleRule } from './handles';
import { hostMatchesAny, platformHosts, platformOfUrl } from './hosts';
import { readInput } from './pasted';
import { fail, hints, recognised, wrongPlatformMessage } from './results';

/** What a matched path offers to the functions in a route. */
export type RouteParts = {
  /** A named group from the path pattern ('' if it didn't take part). */
  param: (name: string) => string;
  /** A query parameter, if present and of the expected shape. */
  query: (name: string, shape?: RegExp) => string | null;
  hostname: string;
  /** The path without trailing slashes. */
  path: string;
  /** The fragment without its "#", or ''. */
  hash: string;
};

/** Shapes for ids found in query strings, so nothing unexpected reaches a canonical link. */
export const shapes = {
  digits: /^\d{1,30}$/,
  token: /^[A-Za-z0-9_-]{1,200}$/,
  /** Facebook's comment ids are base64 ("Y29tbWVudDox..."), sometimes with padding. */
  base64: /^[A-Za-z0-9_=+/-]{1,300}$/,
} as const;

/**
 * One link shape a platform uses, and what it points at. Patterns are anchored and built from
 * character classes that cannot overlap, so matching takes time in proportion to the path.
 */
export type LinkRoute = {
  /** Matched against the path without trailing slashes ("" for the home page). */
  path: RegExp;
  /** Only on these hosts (and their subdomains); any of the platform's hosts if absent. */
  hosts?: readonly string[];
  kind: ContentKind;
  /** The id, or null when the link lacks one (then later routes are tried). */
  id: (parts: RouteParts) => string | null;
  /** Path (and query) of the canonical link, used to match and de-duplicate, never shown instead. */
  canonical: (parts: RouteParts, id: string) => string;
  /** Host of the canonical link, when not the platform's usual one. */
  canonicalHost?: string | ((parts: RouteParts) => string);
  /** The parts of the link that say exactly what it shows: the comment, the slide, the photo. */
  details?: (parts: RouteParts) => readonly (Detail | null)[];
  /** A note for the person, such as "this is a share link: fine as it is", or one that depends on the link. */
  hint?: string | ((parts: RouteParts) => string | undefined);
};

/**
 * A share link, as an app's Share or Copy link button makes it: a code that opens the post. It
 * is evidence as it is (opening it to find the full address would show the victim the image
 * again), so it is recognised with its code as the id and the link itself as the canonical form.
 */
export function shareLinkRoute(path: RegExp, kind: ContentKind, options: { hosts?: readonly string[] } = {}): LinkRoute {
  return {
    path,
    ...(options.hosts ? { hosts: options.hosts } : {}),
    kind,
    id: (p) => p.param('code') || null,
    canonical: (p) => p.path,
    // Share links only work on the host that made them (fb.watch, vm.tiktok.com…).
    canonicalHost: (p) => p.hostname,
    hint: hints.shareLink,
  };
}

/** How one platform's links, handles and phone numbers are recognised. */
export type PlatformSpec = {
  platform: PlatformId;
  canonicalHost: string;
  routes: readonly LinkRoute[];
  handles?: readonly HandleRule[];
  /** Whether a phone number identifies an account here, and its link if it has one. */
  phone?: { canonical?: (e164: string) => string };
  /** What to ask for when the input is none of the platform's forms. */
  hint: string;
  /** What to say for a link on the platform's hosts in no shape we know. */
  unknownLink: string;
};

function partsOf(url: URL, path: string, match: RegExpExecArray): RouteParts {
  return {
    path,
    param: (name) => match.groups?.[name] ?? '',
    query: (name, shape = shapes.token) => {
      const value = url.searchParams.get(name)?.trim() ?? null;
      return value !== null && shape.test(value) ? value : null;
    },
    hostname: url.hostname,
    hash: url.hash.slice(1),
  };
}

/** Recognises a link on one of the platform's hosts by its table of routes. */
export function recogniseLink(spec: PlatformSpec, url: URL): Recognition {
  const hosts = platformHosts[spec.platform];
  if (!hostMatchesAny(url.hostname, hosts)) {
    const owner = platformOfUrl(url);
    return fail(owner ? wrongPlatformMessage(owner, spec.platform) : spec.hint);
  }
  // Without its trailing slashes: /\/+$/ would rescan a run of slashes from each one (quadratic).
  const path = /^(?:.*[^/])?/s.exec(url.pathname)?.[0] ?? '';
  for (const route of spec.routes) {
    if (route.hosts && !hostMatchesAny(url.hostname, route.hosts)) continue;
    const match = route.path.exec(path);
    if (!match) continue;
    const parts = partsOf(url, path, match);
    const id = route.id(parts);
    if (id === null || id === '') continue;
    const host =
      typeof route.canonicalHost === 'function' ? route.canonicalHost(parts) : (route.canonicalHost ?? spec.canonicalHost);
    const canonical = `https://${host}${route.canonical(parts, id)}`;
    const details = route.details?.(parts).filter((found): found is Detail => found !== null);
    const hint = typeof route.hint === 'function' ? route.hint(parts) : route.hint;
    return recognised(spec.platform, route.kind, id, canonical, { details, hint });
  }
  return fail(spec.unknownLink);
}

/** Recognises anything pasted for a platform described by a spec: link, @handle or phone. */
export function recogniseBySpec(spec: PlatformSpec, input: string): Recognition {
  const read = readInput(input);
  if (!read.ok) return read;
  const { pasted } = read;
  switch (pasted.type) {
    case 'link':
      return recogniseLink(spec, pasted.url);
    case 'phone':
      return spec.phone ? recognisePhone(spec.platform, pasted.text, spec.phone.canonical) : fail(spec.hint);
    case 'word': {
      if (!spec.handles) return fail(spec.hint);
      const handle = parseHandle(pasted.text, spec.handles);
      if (!handle.ok) return handle;
      const path = handle.rule.path?.(handle.name);
      return recognised(
        spec.platform,
        handle.rule.kind,
        handle.name,
        path === undefined ? undefined : `https://${spec.canonicalHost}${path}`,
      );
    }
    case 'text': {
      // "+44 7700 900123 (WhatsApp)": a number with a note, as people copy it from a contact card.
      if (spec.phone) {
        const phone = recogniseNumberWithNote(spec.platform, pasted.text, spec.phone.canonical);
        if (phone !== null) return phone;
      }
      return fail(spec.hint);
    }
  }
}

/** The note beside a number that could not be given in E.164, by why not. */
const unsureHints: Record<PhoneUnsure, string> = {
  'not-in-use': hints.notInUse,
  'not-a-uk-number': hints.notInUseNational,
  'short-code': hints.shortCode,
  'country-not-known': hints.countryNotKnown,
};

/**
 * A phone number as evidence on a platform: in E.164 when its country is certain (a country code
 * she wrote makes it certain, with a note when it is not a number in use), otherwise exactly as
 * typed with a note that says why (never guessed into another number).
 */
export function recognisePhone(platform: PlatformId, text: string, canonical?: (e164: string) => string): Recognised {
  const phone = readPhoneNumber(text);
  if (phone.known) {
    return recognised(platform, 'phone-number', phone.e164, canonical?.(phone.e164), phone.inUse ? {} : { hint: hints.notInUse });
  }
  const typed = text.replace(removedMarks, '').trim();
  return recognised(platform, 'phone-number', typed, undefined, { hint: unsureHints[phone.unsure] });
}

/**
 * "+44 7700 900123 (WhatsApp)", "07911 123456 (mobile)": a number with a note, as people copy it
 * from a contact card. Recognised when the number in it can be placed; otherwise null, and the
 * text is kept as typed all the same.
 */
export function recogniseNumberWithNote(platform: PlatformId, text: string, canonical?: (e164: string) => string): Recognised | null {
  // The phone library finds the number in the text and leaves the note aside.
  const phone = readPhoneNumber(text);
  if (!phone.known) return null;
  return recognised(platform, 'phone-number', phone.e164, canonical?.(phone.e164), phone.inUse ? {} : { hint: hints.notInUse });
}
