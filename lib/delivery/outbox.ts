/**
 * The outbox worker: takes due delivery jobs one at a time, composes each email at send time,
 * sends it, and records the outcome.
 *
 * - Temporary failures are retried with exponential backoff and jitter, up to `maxAttempts`.
 * - Permanent failures (5xx, authentication, envelope) go to `dead` after `permanentMaxAttempts`:
 *   kept, logged and listed by `npm run outbox -- status`, until a person retries them.
 * - A job is leased while it is sent; if the process dies mid-send, the lease expires and the
 *   job is taken again. Delivery is therefore at least once: a crash between the relay's
 *   "250 OK" and the commit can send a message twice, which the stable Message-ID lets the
 *   receiving system recognise. It is never zero times.
 * - With a PGP key configured, nothing is sent unless it can be encrypted; a key problem keeps
 *   the job pending (not dead, and no attempt counted) with the key's error code.
 */
import 'server-only';
import type { ComposedEmail, DeliveryFacts } from '@/lib/referral/email';
import { backoffDelay, type BackoffPolicy } from '@/lib/delivery/backoff';
import { log as serviceLog, type Log } from '@/lib/log';
import { buildOutgoingMessage, type Routing } from '@/lib/delivery/mail-message';
import { decryptPayload } from '@/lib/crypto/payload-cipher';
import { PgpKeyError, encryptToPgpMime, loadPublicKey } from '@/lib/delivery/pgp-mime';
import type { ClaimedJob, DeliveryRepository } from '@/lib/delivery/repository';
import { judgeSendFailure } from '@/lib/delivery/smtp-errors';
import type { MailTransport } from '@/lib/delivery/smtp-transport';

export type OutboxPolicy = {
  pollMs: number;
  leaseMs: number;
  backoff: BackoffPolicy;
  maxAttempts: number;
  permanentMaxAttempts: number;
};

export type Clock = { now(): number };

/** Composes the email for one referral at send time, from its decrypted answers. */
export type Composer = (payload: Record<string, unknown>, reference: string, facts: DeliveryFacts) => ComposedEmail;

export type OutboxDependencies = {
  repository: DeliveryRepository;
  transport: MailTransport;
  /** Composes the email from the decrypted payload (the referral formatter, or a test's own). */
  compose: Composer;
  dataKey: Buffer;
  routing: Routing;
  pgpPublicKeyFile?: string;
  policy: OutboxPolicy;
  clock?: Clock;
  random?: () => number;
  log?: Log;
};

export type JobOutcome = 'sent' | 'retry' | 'blocked' | 'dead' | 'lost' | 'idle';

export type Outbox = {
  /** Takes one due job, if any, and tries to deliver it. */
  processOne(): Promise<JobOutcome>;
  /** Processes due jobs until none is due; returns how many were handled. */
  drain(): Promise<number>;
  /** Starts the background loop (once; further calls do nothing). */
  start(): void;
  /** Wakes the loop now, e.g. just after a referral was accepted. */
  kick(): void;
  /** Stops the loop after the job in hand, if any, is recorded. */
  stop(): Promise<void>;
};

export const systemClock: Clock = { now: () => Date.now() };

/** Creates an outbox over its dependencies; nothing runs until `start`, `processOne` or `drain`. */
export function createOutbox(deps: OutboxDependencies): Outbox {
  const clock = deps.clock ?? systemClock;
  const log = deps.log ?? serviceLog;
  const { policy, repository } = deps;

  async function retryLater(job: ClaimedJob, code: string, countAttempt = true): Promise<JobOutcome> {
    const now = clock.now();
    const delay = backoffDelay(Math.max(1, job.attempt), policy.backoff, deps.random);
    const recorded = await repository.markRetry(job, now + delay, code, now, countAttempt);
    return recorded ? 'retry' : 'lost';
  }

  async function deadLetter(job: ClaimedJob, code: string): Promise<JobOutcome> {
    const recorded = await repository.markDead(job, code, clock.now());
    if (recorded) {
      log.error('delivery.dead_letter', { reference: job.reference, errorCode: code, attempt: job.attempt });
    }
    return recorded ? 'dead' : 'lost';
  }

  async function deliver(job: ClaimedJob): Promise<JobOutcome> {
    let message;
    try {
      const payload = decryptPayload(deps.dataKey, job.reference, job.encryptedPayload);
      const composed = deps.compose(payload, job.reference, { receivedAt: job.receivedAt, sentAt: clock.now() });
      message = buildOutgoingMessage(composed, job.reference, job.nation, deps.routing);
    } catch (error) {
      // Tampered storage, a wrong key or a formatter bug: retrying will not help, a person must look.
      const code = error instanceof Error && error.name === 'PayloadIntegrityError' ? 'payload-integrity' : 'compose-failed';
      return deadLetter(job, code);
    }

    let send: Parameters<MailTransport['send']>[0] = message;
    if (deps.pgpPublicKeyFile) {
      try {
        const key = await loadPublicKey(deps.pgpPublicKeyFile, new Date(clock.now()));
        const raw = await encryptToPgpMime(message, job.reference, key, new Date(clock.now()));
        send = { envelope: message.envelope, raw };
      } catch (error) {
        const code = error instanceof PgpKeyError ? error.code : 'pgp-encrypt-failed';
        log.error('delivery.blocked', { reference: job.reference, errorCode: code });
        const outcome = await retryLater(job, code, false);
        return outcome === 'retry' ? 'blocked' : outcome;
      }
    }

    try {
      await deps.transport.send(send);
    } catch (error) {
      const failure = judgeSendFailure(error, job.attempt, policy);
      if (failure.giveUp) return deadLetter(job, failure.code);
      log.warn('delivery.failed', { reference: job.reference, errorCode: failure.code, attempt: job.attempt });
      return retryLater(job, failure.code);
    }

    const recorded = await repository.markSent(job, clock.now());
    // Not recorded: the lease ran out mid-send and another worker took the job, so it may go twice.
    if (recorded) log.info('delivery.sent', { reference: job.reference, attempt: job.attempt });
    else log.warn('delivery.lease_lost', { reference: job.reference, attempt: job.attempt });
    return recorded ? 'sent' : 'lost';
  }

  async function processOne(): Promise<JobOutcome> {
    const job = await repository.claimDueJob(clock.now(), policy.leaseMs);
    if (!job) return 'idle';
    return deliver(job);
  }

  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let kicked = false;

  async function run(): Promise<void> {
    while (running) {
      let outcome: JobOutcome;
      try {
        outcome = await processOne();
      } catch (error) {
        // Storage trouble (disk full, a lock held too long): wait and try again, never crash the server.
        log.error('outbox.error', { errorCode: error instanceof Error ? error.name : 'unknown' });
        outcome = 'idle';
      }
      if (outcome !== 'idle' || !running) continue;
      if (kicked) {
        kicked = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, policy.pollMs);
        timer.unref?.();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    processOne,
    async drain() {
      let handled = 0;
      while ((await processOne()) !== 'idle') handled += 1;
      return handled;
    },
    start() {
      if (running) return;
      running = true;
      loop = run();
      log.info('outbox.started');
    },
    kick() {
      kicked = true;
      wake?.();
    },
    async stop() {
      if (!running) return;
      running = false;
      wake?.();
      await loop;
      log.info('outbox.stopped');
    },
  };
}
