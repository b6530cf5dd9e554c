/**
 * The person's check-back: choosing a PIN after sending, signing in with the reference and PIN,
 * reading the status and the support worker's messages, replying, and withdrawing.
 *
 * Nothing is kept on the person's device. Between pages the state is a random token the page
 * carries in a hidden field; the server keeps what it stands for, in memory, for a few minutes.
 * Every token is single-use: each page gets a new one, so a page kept in the browser's history
 * and posted again shows nothing.
 *
 * A wrong PIN and a reference we do not know take the same work (an unknown reference is checked
 * against a dummy hash) and give the same answer; the lockout counts both alike.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import {
  CHECK_BACK_SESSION_MS,
  PIN_OFFER_MS,
  choosePinProblem,
  messageProblem,
  normalisePin,
  statusForPerson,
} from '@/lib/check-back/check-back-rules';
import { decryptMessages, encryptMessage } from '@/lib/check-back/messages';
import type { PinLockout } from '@/lib/check-back/pin-lockout';
import type { CheckBackPage } from '@/lib/check-back/check-back-state';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import { normaliseReference } from '@/lib/cases/reference';
import type { CaseRepository } from '@/lib/cases/case-repository';
import { storedPriority } from '@/lib/cases/stored-referral';
import { deleteMailboxCopiesOf } from '@/lib/mailbox/mailbox';
import { createMemorySharedState, type SharedState } from '@/lib/security/shared-state';
import type { AuditAction } from '@/lib/staff/audit-chain';
import { hashSecret } from '@/lib/crypto/secrets';

export type SignInResult =
  | { outcome: 'signed-in'; session: string; page: CheckBackPage }
  | { outcome: 'no-match' }
  | { outcome: 'locked'; retryAfterMs: number };

/** The answer to anything done with a session token: undefined when the token is used up or expired. */
export type SessionResult<T = object> = ({ session: string; page: CheckBackPage } & T) | undefined;

type PinOffer<T> = { reference: string; shown: T };

export type ChoosePinResult<T> =
  | ({ outcome: 'chosen' } & PinOffer<T>)
  | ({ outcome: 'refused'; error: { field: 'pin' | 'pinAgain'; message: string } } & PinOffer<T>)
  | { outcome: 'expired' };

export type CheckBackDeps = {
  checkBack: CheckBackRepository;
  cases: Pick<CaseRepository, 'findCase'>;
  dataKey: Buffer;
  lockout: PinLockout;
  /** Where the page tokens are held; this process's memory if not given. */
  state?: SharedState;
  /** Writes one audit row for the person's action (actor `person`): never a message's text. */
  audit: (action: AuditAction, reference: string, detail?: string) => Promise<unknown>;
  hashPin: (pin: string) => Promise<string>;
  /** Checks a PIN against its hash, or, given no hash, against a dummy one: the same work, always false. */
  verifyPin: (stored: string | undefined, pin: string) => Promise<boolean>;
  now: () => number;
  /**
   * The demo mailbox, when the embedded SMTP server keeps plain-text copies of the emails: a
   * withdrawal deletes them at once, with the rest of the content.
   */
  mailboxDir?: string;
};

export type CheckBack = ReturnType<typeof createCheckBack>;

/**
 * Single-use tokens, each standing for what it was issued with until it expires, kept in the
 * shared state (`lib/security/shared-state.ts`): this process's memory on one instance, the
 * database with several, so the next page works whichever instance it reaches. Only the token's
 * hash is stored, so a copy of the store cannot be used to open someone's page.
 */
function tokenStore<T>(state: SharedState, lifetimeMs: number, now: () => number) {
  const hashOf = (token: unknown) => (typeof token === 'string' && token.length <= 64 ? hashSecret(token) : undefined);
  const parse = (value: string | undefined) => (value === undefined ? undefined : (JSON.parse(value) as T));
  return {
    async issue(value: T): Promise<string> {
      const at = now();
      const token = randomBytes(32).toString('base64url');
      await state.holdToken(hashSecret(token), JSON.stringify(value), at + lifetimeMs, at);
      return token;
    },
    /** What the token stands for, if it is live; the token is then used up. */
    async take(token: unknown): Promise<T | undefined> {
      const hash = hashOf(token);
      return hash ? parse(await state.takeToken(hash, now())) : undefined;
    },
    /** What the token stands for, leaving it usable (a form shown again with an error). */
    async peek(token: unknown): Promise<T | undefined> {
      const hash = hashOf(token);
      return hash ? parse(await state.peekToken(hash, now())) : undefined;
    },
    async drop(token: unknown): Promise<void> {
      const hash = hashOf(token);
      if (hash) await state.dropToken(hash);
    },
  };
}

export function createCheckBack(deps: CheckBackDeps) {
  const { checkBack, cases, dataKey, lockout, audit, now, state = createMemorySharedState() } = deps;
  const sessions = tokenStore<string>(state, CHECK_BACK_SESSION_MS, now);
  const offers = tokenStore<PinOffer<object>>(state, PIN_OFFER_MS, now);

  async function pageFor(reference: string): Promise<CheckBackPage | undefined> {
    const record = await cases.findCase(reference);
    if (!record) return undefined;
    const read = await checkBack.markRead(reference, now());
    if (read > 0) await audit('message-read', reference, String(read));
    const messages = decryptMessages(dataKey, reference, await checkBack.messages(reference));
    return {
      reference,
      receivedAt: record.receivedAt,
      status: statusForPerson(record.status, record.outcome),
      canReply: record.status !== 'closed',
      messages: messages.map(({ author, text, createdAt }) => ({ author, text, createdAt })),
    };
  }

  /** Uses up `token`; on success, a fresh one and the page as it is now. */
  async function withSession<T extends object>(
    token: unknown,
    act: (reference: string) => Promise<T>,
  ): Promise<SessionResult<T>> {
    const reference = await sessions.take(token);
    if (!reference) return undefined;
    const result = await act(reference);
    const page = await pageFor(reference);
    return page ? { ...result, session: await sessions.issue(reference), page } : undefined;
  }

  return {
    /**
     * A token the confirmation page carries, letting that page (and only it) choose a PIN.
     * `shown` is what the confirmation needs to show itself again (codes, never answers).
     */
    offerPin<T extends object>(reference: string, shown: T): Promise<string> {
      return offers.issue({ reference, shown });
    },

    /** Stores the chosen PIN's hash. The offer stays usable while the PIN is refused. */
    async choosePin<T extends object>(offer: unknown, pin: string, pinAgain: string): Promise<ChoosePinResult<T>> {
      const held = (await offers.peek(offer)) as PinOffer<T> | undefined;
      if (!held) return { outcome: 'expired' };
      const error = choosePinProblem(pin, pinAgain);
      if (error) return { outcome: 'refused', ...held, error };
      await offers.drop(offer);
      const chosen = await checkBack.setPin(held.reference, await deps.hashPin(normalisePin(pin) ?? ''), now());
      if (!chosen) return { outcome: 'expired' };
      await audit('pin-chosen', held.reference);
      return { outcome: 'chosen', ...held };
    },

    /**
     * Signs in with a reference and PIN as typed. The caller has checked both are present and
     * the reference well formed; a PIN that cannot be one is still checked, so it takes the same
     * time as any other wrong PIN.
     */
    async signIn(reference: string, pin: string, client: string): Promise<SignInResult> {
      const wait = await lockout.waitFor(reference, client, now());
      if (wait > 0) return { outcome: 'locked', retryAfterMs: wait };
      const stored = await checkBack.pinHash(reference);
      const matches = await deps.verifyPin(stored, normalisePin(pin) ?? pin.slice(0, 64));
      if (!matches || !stored) {
        await lockout.recordFailure(reference, client, now());
        return { outcome: 'no-match' };
      }
      await lockout.recordSuccess(reference);
      const page = await pageFor(reference);
      if (!page) return { outcome: 'no-match' };
      return { outcome: 'signed-in', session: await sessions.issue(reference), page };
    },

    /** The page again, with a new token (for "check for new messages"). */
    refresh(token: unknown): Promise<SessionResult> {
      return withSession(token, async () => ({}));
    },

    /** Sends the person's reply, when it is acceptable; otherwise says why. */
    reply(token: unknown, text: string): Promise<SessionResult<{ error?: string }>> {
      return withSession(token, async (reference) => {
        const problem = messageProblem(text);
        if (problem) return { error: problem.message };
        const record = await cases.findCase(reference);
        if (!record || record.status === 'closed') return { error: 'Your referral is closed, so it cannot take a reply' };
        await checkBack.addMessage(reference, 'person', null, encryptMessage(dataKey, reference, text.trim()), now());
        await audit('reply', reference);
        return {};
      });
    },

    /** A token for the confirmation step of withdrawing, or undefined when the session has ended. */
    async askToWithdraw(token: unknown): Promise<{ session: string; reference: string } | undefined> {
      const reference = await sessions.take(token);
      return reference ? { session: await sessions.issue(reference), reference } : undefined;
    },

    /** Withdraws and deletes: true when done now (or done already, by this same session's reference). */
    async withdraw(token: unknown): Promise<{ reference: string } | undefined> {
      const reference = await sessions.take(token);
      if (!reference) return undefined;
      // The priority is read before the content goes, for the tombstone the figures count.
      const record = await cases.findCase(reference);
      const priority = record ? storedPriority(dataKey, record) : null;
      if (await checkBack.withdraw(reference, now(), priority)) await audit('withdrawn', reference);
      // Even when it was withdrawn already: a withdrawal cut off before this line leaves no copy
      // once the person tries again.
      if (deps.mailboxDir) await deleteMailboxCopiesOf(deps.mailboxDir, [reference]);
      return { reference };
    },

    /** Ends a session (Sign out, or Exit this page). */
    async end(token: unknown): Promise<void> {
      await sessions.drop(token);
    },
  };
}

/** A reference as typed, normalised; undefined when it is not the shape of one. */
export function readReference(typed: string): string | undefined {
  return normaliseReference(typed.slice(0, 40));
}
