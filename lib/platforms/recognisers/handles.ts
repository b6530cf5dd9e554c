/**
 * Account names typed as text (@name, u/name, r/name): each platform's rules for them, and the
 * reading of a name against those rules.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import type { ContentKind, NotRecognised } from '../types';
import { fail, messages } from './results';

/** One way a platform lets people name an account or community in text. */
export type HandleRule = {
  /** What may come before the name and is dropped: "@", "u/". */
  prefix: RegExp;
  /** The whole name: the platform's allowed characters and length. */
  pattern: RegExp;
  kind: ContentKind;
  /** Lower-case the name where the platform ignores case, so one account has one id. */
  lowerCase: boolean;
  /** The path of the account's page on the platform's canonical host. */
  path?: (name: string) => string;
  /** What to say when the name breaks the rule. */
  message: string;
};

/**
 * The usual rule for an account name typed with or without "@": a profile whose page is
 * "/name" on the canonical host unless `path` says otherwise, lower-cased unless the platform
 * shows names as written. `name` is the pattern of the name alone, without anchors.
 */
export function atHandle(
  name: string,
  message: string,
  options: { path?: (name: string) => string; lowerCase?: boolean } = {},
): HandleRule {
  return {
    prefix: /^@?/,
    pattern: new RegExp(`^${name}$`),
    kind: 'profile',
    lowerCase: options.lowerCase ?? true,
    path: options.path ?? ((handle) => `/${handle}`),
    message,
  };
}

/** Reads an @handle (or "u/name" and the like) against a platform's rules, in order. */
export function parseHandle(
  text: string,
  rules: readonly HandleRule[],
): { ok: true; name: string; rule: HandleRule } | NotRecognised {
  let message: string | undefined;
  for (const rule of rules) {
    const prefix = rule.prefix.exec(text);
    if (!prefix || prefix.index !== 0) continue;
    const rest = text.slice(prefix[0].length);
    if (rule.pattern.test(rest)) return { ok: true, name: rule.lowerCase ? rest.toLowerCase() : rest, rule };
    // A rule whose own prefix ("r/") was written explains the problem better than the default.
    if (prefix[0] !== '') return fail(rule.message);
    message ??= rule.message;
  }
  return fail(message ?? messages.empty);
}

/** Names that are a platform's own pages, not accounts: "/login" is not a profile. */
export function unlessReserved(name: string, reserved: ReadonlySet<string>): string | null {
  return reserved.has(name.toLowerCase()) ? null : name;
}
