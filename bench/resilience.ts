/**
 * The resilience scenarios' pure parts, tested without a server: a burst of referrals that
 * outlives a restart of the server under it, and the counts each scenario reports.
 *
 * A request that gets no answer (the server was killed under it, or it timed out) is sent again
 * with the same body, so the same form token, once the server is ready: what a browser's
 * resubmit does. The server is idempotent per token, so a resubmission never makes a second
 * referral: it gets the first one's reference if the killed server had already stored it, or
 * stores it now. Sending a new referral instead would leave an orphan for every request whose
 * answer the kill lost. An answer without a reference (a refusal) is counted, not resent.
 */

export type BurstOptions = {
  /** Referrals to send, each with a form token of its own. */
  count: number;
  concurrency: number;
  /** The body of a new referral (a new form token each call). */
  newBody: () => string;
  /** Posts a body: resolves with the reference shown or undefined for a page without one; rejects when no answer came. */
  post: (body: string) => Promise<string | undefined>;
  /** Awaited before every send: resolves when the server can take requests, rejects if it never will. */
  ready?: () => Promise<void>;
  /** Called after each reference with the number given so far; may close `ready` (to kill the server). */
  onReference?: (accepted: number) => void;
  /** Sends of one referral, the first included, before it is given up. */
  maxSends?: number;
  /** Wait before a resend, so a server that died unannounced is not hammered. */
  resendDelayMs?: number;
};

export type BurstResult = {
  /** Referrals sent at least once (distinct form tokens). */
  attempted: number;
  /** The reference of each accepted referral, in the order given. */
  references: string[];
  /** Referrals answered without a reference. */
  refused: number;
  /** Sends that got no answer. */
  cutOff: number;
  /** The references of referrals accepted only on a resubmission after a cut-off send. */
  resubmitted: string[];
  /** Referrals given up after `maxSends` sends without an answer. */
  abandoned: number;
  seconds: number;
};

/** Sends `count` referrals `concurrency` at a time, resending a cut-off one with the same token. */
export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const { count, concurrency, newBody, post, onReference } = options;
  const ready = options.ready ?? (() => Promise.resolve());
  const maxSends = options.maxSends ?? 3;
  const resendDelayMs = options.resendDelayMs ?? 200;
  const started = Date.now();
  const result: BurstResult = { attempted: 0, references: [], refused: 0, cutOff: 0, resubmitted: [], abandoned: 0, seconds: 0 };

  const sendOne = async (body: string) => {
    for (let send = 1; ; send += 1) {
      await ready();
      let reference: string | undefined;
      try {
        reference = await post(body);
      } catch {
        result.cutOff += 1;
        if (send >= maxSends) {
          result.abandoned += 1;
          return;
        }
        if (resendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, resendDelayMs));
        continue;
      }
      if (!reference) {
        result.refused += 1;
        return;
      }
      result.references.push(reference);
      if (send > 1) result.resubmitted.push(reference);
      onReference?.(result.references.length);
      return;
    }
  };

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (result.attempted < count) {
        result.attempted += 1;
        await sendOne(newBody());
      }
    }),
  );
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

export type ResilienceFigures = {
  scenario: string;
  attempted: number;
  /** Sends that got no answer; each was resent with the same form token. */
  cutOff: number;
  /** Referrals accepted on a resubmission. */
  resubmitted: number;
  /** Of those, the ones the server had stored before the kill (their first answer was lost). */
  resubmittedAlreadyStored: number;
  refused: number;
  abandoned: number;
  accepted: number;
  stored: number;
  delivered: number;
  duplicated: number;
  acceptedNotStored: number;
  storedNotDelivered: number;
  seconds: number;
  /**
   * SIGKILL only: references given when the kill was decided, and by the killed server in all
   * (answers it had already sent still arrive); referrals stored when it died; seconds from the
   * kill until the restarted server served.
   */
  acceptedAtKill?: number;
  acceptedByKilledServer?: number;
  storedAtKill?: number;
  downSeconds?: number;
};

/**
 * The counts a resilience scenario reports, from what the client was told (`burst`), what the
 * database holds (`stored`) and the references on the messages the relay received (`delivered`,
 * one per message, so a reference twice is a duplicate). `storedBeforeResubmission` is the
 * database as the killed server left it, when there was a kill.
 */
export function resilienceFigures(input: {
  scenario: string;
  burst: BurstResult;
  stored: string[];
  delivered: string[];
  storedBeforeResubmission?: string[];
  seconds: number;
}): ResilienceFigures {
  const { burst } = input;
  const storedSet = new Set(input.stored);
  const deliveredSet = new Set(input.delivered);
  const storedBefore = new Set(input.storedBeforeResubmission ?? []);
  const accepted = [...new Set(burst.references)];
  return {
    scenario: input.scenario,
    attempted: burst.attempted,
    cutOff: burst.cutOff,
    resubmitted: burst.resubmitted.length,
    resubmittedAlreadyStored: burst.resubmitted.filter((reference) => storedBefore.has(reference)).length,
    refused: burst.refused,
    abandoned: burst.abandoned,
    accepted: accepted.length,
    stored: input.stored.length,
    delivered: deliveredSet.size,
    duplicated: input.delivered.length - deliveredSet.size,
    acceptedNotStored: accepted.filter((reference) => !storedSet.has(reference)).length,
    storedNotDelivered: input.stored.filter((reference) => !deliveredSet.has(reference)).length,
    seconds: input.seconds,
  };
}
