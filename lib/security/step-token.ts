/**
 * Single-use tokens for the referral form's pages without JavaScript. Each step there is a POST
 * that carries every earlier answer, and the browser keeps that body in the tab's history so it
 * can "resubmit" it: after she has pressed Exit, someone with the phone could press Back and
 * see every answer again. Each page the server renders carries a fresh token; a post is acted
 * on only the first time its token is seen, and a post with a used, expired or forged token is
 * answered with a page that shows none of the answers.
 *
 * Only posts made by the browser itself, without JavaScript, need this: with JavaScript the form
 * sends by fetch, which leaves nothing in the tab's history to resubmit.
 *
 * Tokens are `id.issuedAt.mac`: the MAC (HMAC-SHA-256 with a key derived from the data key) means
 * only this service can issue them, and a restart does not expire every form open at the time.
 * On one instance, the used ids are kept in memory until the token would have expired anyway,
 * so a restart does forget which were used: the one gap, written down in SECURITY.md. Memory is
 * bounded: past `maxUsed`, the oldest used ids are forgotten and every token issued before them
 * is treated as used, so forgetting never lets a replay through. With several instances on
 * PostgreSQL, a page may be posted back to any of them, so the used ids are kept in the shared
 * limits (`usedIds`), in the database, until they expire: the restart gap closes there too.
 */
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SharedState } from '@/lib/security/shared-state';

export type StepTokenCheck = 'fresh' | 'used' | 'invalid';

export type StepTokens = {
  issue(): string;
  /** Whether a posted token may be acted on; a fresh one is used up by this call. */
  redeem(token: unknown): Promise<StepTokenCheck>;
  /**
   * The same answer as `redeem`, leaving the token as it is: for Send, whose token is used up
   * only once the referral is stored or refused, so that a Send cut off by a dying server can be
   * sent again rather than told its page has expired.
   */
  check(token: unknown): Promise<StepTokenCheck>;
};

export type StepTokenOptions = {
  /** The MAC key; random (for tests) unless given. */
  key?: Buffer;
  /** How long a page may stay open before its Continue no longer works. */
  lifetimeMs?: number;
  maxUsed?: number;
  now?: () => number;
  /** Where used ids are kept when several instances share them; in this process's memory if not given. */
  usedIds?: Pick<SharedState, 'useOnce' | 'wasUsed'>;
};

/** Six hours: long enough for a person who stops halfway, short enough to bound memory. */
export const STEP_TOKEN_LIFETIME_MS = 6 * 60 * 60 * 1000;

/**
 * How far ahead of this server's clock an issue time may be. With several instances, a token
 * issued on one is posted to another, whose clock may be a little behind: without this, a person
 * who pressed Continue within that moment would be told her page had expired. Clocks kept by NTP
 * agree to well under a second; a few seconds covers one that has drifted, and lets no token
 * live meaningfully longer than its lifetime.
 */
export const STEP_TOKEN_CLOCK_SKEW_MS = 5_000;

const TOKEN = /^([A-Za-z0-9_-]{22})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

export function createStepTokens({
  key = randomBytes(32),
  lifetimeMs = STEP_TOKEN_LIFETIME_MS,
  maxUsed = 200_000,
  now = Date.now,
  usedIds,
}: StepTokenOptions = {}): StepTokens {
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  // Used ids with their issue times, in the order they were used.
  const used = new Map<string, number>();
  // Tokens issued before this are treated as used: their ids may have been forgotten.
  let forgottenBefore = 0;

  function forgetExpired(at: number): void {
    for (const [id, issuedAt] of used) {
      if (issuedAt > at - lifetimeMs && used.size <= maxUsed) break;
      used.delete(id);
      if (issuedAt > at - lifetimeMs) forgottenBefore = Math.max(forgottenBefore, issuedAt + 1);
    }
  }

  /** The token's id and issue time if this key issued it and it is within its lifetime. */
  function verify(token: unknown): { id: string; issuedAt: number; at: number } | undefined {
    const match = typeof token === 'string' ? TOKEN.exec(token) : null;
    if (!match) return undefined;
    const [, id = '', issued = '', given = ''] = match;
    const expected = Buffer.from(mac(`${id}.${issued}`));
    // Both are 43 characters: the pattern above fixes the given one's length.
    if (!timingSafeEqual(expected, Buffer.from(given))) return undefined;
    const at = now();
    const issuedAt = Number(issued);
    if (issuedAt > at + STEP_TOKEN_CLOCK_SKEW_MS || issuedAt <= at - lifetimeMs) return undefined;
    return { id, issuedAt, at };
  }

  return {
    issue() {
      const body = `${randomBytes(16).toString('base64url')}.${now()}`;
      return `${body}.${mac(body)}`;
    },
    async redeem(token) {
      const verified = verify(token);
      if (!verified) return 'invalid';
      const { id, issuedAt, at } = verified;
      if (usedIds) return (await usedIds.useOnce(`step-token:${id}`, issuedAt + lifetimeMs, at)) ? 'fresh' : 'used';
      forgetExpired(at);
      if (used.has(id) || issuedAt < forgottenBefore) return 'used';
      used.set(id, issuedAt);
      return 'fresh';
    },
    async check(token) {
      const verified = verify(token);
      if (!verified) return 'invalid';
      const { id, issuedAt, at } = verified;
      if (usedIds) return (await usedIds.wasUsed(`step-token:${id}`, at)) ? 'used' : 'fresh';
      forgetExpired(at);
      return used.has(id) || issuedAt < forgottenBefore ? 'used' : 'fresh';
    },
  };
}
