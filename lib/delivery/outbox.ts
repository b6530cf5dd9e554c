/**
 * The outbox worker: the one loop that sends every email the service sends. It takes due jobs
 * one at a time, whatever their kind (a referral, the managers' daily digest), composes each at
 * send time with its kind's composer, sends it, and records the outcome under one set of rules:
 *
 * - Temporary failures are retried with exponential backoff and jitter, up to `maxAttempts`.
 * - Permanent failures (5xx, authentication, envelope) go to `dead` after `permanentMaxAttempts`:
 *   kept, logged and listed by `npm run outbox -- status`, until a person retries them.
 * - A composer may dead-letter a job (nothing it could ever send) or block it (not yet: it stays
 *   pending, no attempt counted, with the reason as its error code).
 * - A job is leased while it is sent; if the process dies mid-send, the lease expires and the
 *   job is taken again. Delivery is therefore at least once: a crash between the relay's
 *   "250 OK" and the commit can send a message twice, which the stable Message-ID lets the
 *   receiving system recognise. It is never zero times.
 */
import 'server-only';
import type { ComposedEmail, DeliveryFacts } from '@/lib/referral/email';
import { backoffDelay, type BackoffPolicy } from '@/lib/delivery/backoff';
import { log as serviceLog, type Log, type LogFields } from '@/lib/log';
import type { ClaimedDigest, ClaimedJob, ClaimedReferral, DeliveryRepository, JobKind } from '@/lib/delivery/repository';
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

/** Composes the email for one referral at send time, from its decrypted answers (see `referral-job.ts`). */
export type Composer = (payload: Record<string, unknown>, reference: string, facts: DeliveryFacts) => ComposedEmail;

/** What a composer makes of a job: the message to send, or why it cannot go. */
export type Composed =
  | { send: Parameters<MailTransport['send']>[0] }
  /** Retrying will not help: a person must look. */
  | { deadLetter: string }
  /** Not yet, through no fault of the job (a PGP key problem): kept pending, no attempt counted. */
  | { blocked: string };

/** Composes one claimed job at send time (`now`). */
export type JobComposer<Job extends ClaimedJob> = (job: Job, now: number) => Promise<Composed>;

/** A composer for each kind this worker sends; it claims only jobs of those kinds. */
export type JobComposers = { referral?: JobComposer<ClaimedReferral>; digest?: JobComposer<ClaimedDigest> };

export type OutboxDependencies = {
  repository: DeliveryRepository;
  transport: MailTransport;
  composers: JobComposers;
  policy: OutboxPolicy;
  clock?: Clock;
  random?: () => number;
  log?: Log;
};

export type JobOutcome = 'sent' | 'retry' | 'blocked' | 'dead' | 'lost' | 'idle';

export type Outbox = {
  /** Takes one due job (of `kinds`, or any kind it can compose), if any, and tries to send it. */
  processOne(kinds?: readonly JobKind[]): Promise<JobOutcome>;
  /** Processes due jobs (of `kinds`) until none is due; returns how many were handled. */
  drain(kinds?: readonly JobKind[]): Promise<number>;
  /** Starts the background loop (once; further calls do nothing). */
  start(): void;
  /** Wakes the loop now, e.g. just after a referral was accepted. */
  kick(): void;
  /** Stops the loop after the job in hand, if any, is recorded. */
  stop(): Promise<void>;
};

export const systemClock: Clock = { now: () => Date.now() };

/** How a job's log lines start and what they carry: a referral's by its reference, a digest's by nothing of a case. */
function logged(job: ClaimedJob): { prefix: string; fields: LogFields } {
  return job.kind === 'referral' ? { prefix: 'delivery', fields: { reference: job.reference } } : { prefix: 'digest', fields: {} };
}

/** Creates an outbox over its dependencies; nothing runs until `start`, `processOne` or `drain`. */
export function createOutbox(deps: OutboxDependencies): Outbox {
  const clock = deps.clock ?? systemClock;
  const log = deps.log ?? serviceLog;
  const { policy, repository, composers } = deps;
  const composable = (Object.keys(composers) as JobKind[]).filter((kind) => composers[kind]);

  async function retryLater(job: ClaimedJob, code: string, countAttempt = true): Promise<JobOutcome> {
    const now = clock.now();
    const delay = backoffDelay(Math.max(1, job.attempt), policy.backoff, deps.random);
    const recorded = await repository.markRetry(job, now + delay, code, now, countAttempt);
    return recorded ? 'retry' : 'lost';
  }

  async function deadLetter(job: ClaimedJob, code: string): Promise<JobOutcome> {
    const recorded = await repository.markDead(job, code, clock.now());
    const { prefix, fields } = logged(job);
    if (recorded) log.error(`${prefix}.dead_letter`, { ...fields, errorCode: code, attempt: job.attempt });
    return recorded ? 'dead' : 'lost';
  }

  function compose(job: ClaimedJob): Promise<Composed> {
    const now = clock.now();
    // A worker claims only the kinds it has a composer for.
    return job.kind === 'referral' ? composers.referral!(job, now) : composers.digest!(job, now);
  }

  async function deliver(job: ClaimedJob): Promise<JobOutcome> {
    const composed = await compose(job);
    if ('deadLetter' in composed) return deadLetter(job, composed.deadLetter);
    if ('blocked' in composed) {
      const outcome = await retryLater(job, composed.blocked, false);
      return outcome === 'retry' ? 'blocked' : outcome;
    }

    const { prefix, fields } = logged(job);
    try {
      await deps.transport.send(composed.send);
    } catch (error) {
      const failure = judgeSendFailure(error, job.attempt, policy);
      if (failure.giveUp) return deadLetter(job, failure.code);
      log.warn(`${prefix}.failed`, { ...fields, errorCode: failure.code, attempt: job.attempt });
      return retryLater(job, failure.code);
    }

    const recorded = await repository.markSent(job, clock.now());
    // Not recorded: the lease ran out mid-send and another worker took the job, so it may go twice.
    if (recorded) log.info(`${prefix}.sent`, { ...fields, attempt: job.attempt });
    else log.warn(`${prefix}.lease_lost`, { ...fields, attempt: job.attempt });
    return recorded ? 'sent' : 'lost';
  }

  async function processOne(kinds: readonly JobKind[] = composable): Promise<JobOutcome> {
    const wanted = kinds.filter((kind) => composable.includes(kind));
    if (wanted.length === 0) return 'idle';
    const job = await repository.claimDueJob(clock.now(), policy.leaseMs, wanted);
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
    async drain(kinds) {
      let handled = 0;
      while ((await processOne(kinds)) !== 'idle') handled += 1;
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
