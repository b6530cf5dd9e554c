/**
 * Two app instances on one shared store, behind a round-robin proxy: what a helpline running the
 * service on more than one server relies on. Used by `npm run bench` (1,000 referrals) and by a
 * smaller run in `npm test` (two-instances.after-build.test.ts). What a run reports, and when it
 * fails, is two-instances-judgement.ts.
 *
 * Everything is real: the production build started twice (`next start`, as bench/server.ts
 * starts it, in demo mode with the relay, the proxy hop and a fast outbox set below; each runs
 * its own outbox worker), the shared store, an SMTP receiver on loopback, and the form posted as
 * a browser without JavaScript posts it. Each referral comes from a loopback address of its own
 * (127.x.y.z), which the proxy writes into X-Forwarded-For, so the service's own rate limits
 * (5 referrals per client in 10 minutes) stay on throughout.
 *
 * 1. Throughput (optional): referrals posted through a proxy over one instance, then through
 *    the proxy over both, in alternating rounds; referrals accepted per second of each.
 * 2. The burst: `size` referrals through the proxy over both, `concurrency` at a time. Once a
 *    third are accepted, instance A is killed with SIGKILL and started again, while the burst
 *    goes on through B. A referral counts as **attempted** when its form (one form token) is
 *    sent once; a send that gets no whole answer (the proxy's 502 for a request A died holding,
 *    or a connection cut) is sent again with the same body, as a person presses Send again, up
 *    to five sends; an answer without a reference is a refusal and is not resent. The page
 *    tokens are shared between instances, so a resend whose first send the killed instance had
 *    already acted on is answered "Your referral has already been sent", as a person resending
 *    would see it: that counts as accepted when the store holds the referral of that form token
 *    (its reference is then the one counted), and as refused when it does not. A Send's page
 *    token is used up only once the Send has been dealt with, so a resend whose first send the
 *    killed instance died holding is acted on. Were it answered "This page has expired", the
 *    person would start again, as the page says, and that new referral would be the one
 *    counted; `startedAgain` says how many, and any at all fails the run: she would have typed
 *    everything twice.
 * 3. The rate limit across instances: one new client sends its 5 referrals through a proxy over
 *    A alone; its sixth, through a proxy over B alone, must be refused as rate-limited, and at
 *    the same moment a second new client's first referral through B accepted.
 * 4. The outbox drains; then every referral is counted in the store (by reference) and at the
 *    SMTP receiver (by the reference in each message's subject, with its Message-ID).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startSmtpCapture, freePort } from '@/e2e/support/smtp-capture';
import { referralFormPath } from '@/lib/referral/addresses';
import { clientAddressFor, postFrom } from './loopback-client';
import { runBurst, type BurstResult } from './resilience';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';
import { startServer, type BenchServer } from './server';
import type { SharedStore } from './shared-store';
import { median } from './stats';
import { readActionFields, readStepTokens, referenceIn, submissionBodies } from './submission';
import {
  answerKind,
  deliveryCounts,
  formTokenOf,
  MAIL_FROM,
  receivedReferrals,
  type ThroughputFigures,
  type TwoInstanceFigures,
} from './two-instances-judgement';

/** The service's own default: referrals one client may send in the window. */
const SUBMISSION_LIMIT = 5;

const INSTANCE_ENV = {
  MAIL_FROM,
  REFERRAL_TO_EMAIL: 'intake@support-service.example',
  // Behind the proxy, one hop: each client is known by the address the proxy saw.
  TRUSTED_PROXY_HOPS: '1',
  // The service's default limits, said here so a changed default cannot weaken the check.
  RATE_LIMIT_SUBMISSIONS: String(SUBMISSION_LIMIT),
  RATE_LIMIT_WINDOW_SECONDS: '600',
  // Retries in seconds, as in the other resilience scenarios. The lease is longer than theirs:
  // with two workers, a lease that expires while its holder is merely slow (a busy machine can
  // stall a process for seconds) lets the other instance send the same message again, a
  // duplicate the production lease (2 minutes) would not cause. 15 s still has the job the
  // killed instance held taken again well within the drain's bound.
  OUTBOX_POLL_MS: '50',
  OUTBOX_LEASE_MS: '15000',
  OUTBOX_BACKOFF_BASE_MS: '200',
  OUTBOX_BACKOFF_MAX_MS: '1000',
  OUTBOX_MAX_ATTEMPTS: '1000',
};

/**
 * Loopback address blocks (127.<block>.x.y), one per phase, so no two phases share a client:
 * the throughput rounds take two blocks each from 10 upwards, never as far as the burst's.
 */
const BLOCKS = { throughputOne: 10, throughputTwo: 11, burst: 200, rateLimit: 201 } as const;

export type TwoInstanceOptions = {
  store: SharedStore;
  /** Referrals in the burst; instance A is killed when a third are accepted. */
  size: number;
  concurrency?: number;
  /** Referrals per throughput round (0: no throughput phase), and rounds of each. */
  throughputSize?: number;
  throughputRounds?: number;
  /** First of six consecutive loopback ports to use (instances, proxies, SMTP); any free ones if unset. */
  basePort?: number;
  log?: (line: string) => void;
};

type AppInstance = { name: string; port: number; server: BenchServer | undefined };

/** The burst, throughput and rate-limit counts collected as they come, with every reference given. */
type Tally = Pick<TwoInstanceFigures, 'attempted' | 'refused' | 'cutOff' | 'resubmitted' | 'resentAlreadySent' | 'startedAgain' | 'abandoned'> & {
  references: string[];
};

/** Runs the scenario; resolves with its figures (judge them with `twoInstanceProblems`). */
export async function runTwoInstances(options: TwoInstanceOptions): Promise<TwoInstanceFigures> {
  const { store, size } = options;
  const concurrency = options.concurrency ?? 10;
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const port = async (offset: number) => (options.basePort === undefined ? freePort() : options.basePort + offset);
  const smtp = await startSmtpCapture(await port(5));
  const instances: AppInstance[] = [
    { name: 'A', port: await port(0), server: undefined },
    { name: 'B', port: await port(1), server: undefined },
  ];
  const proxies: RoundRobinProxy[] = [];
  const tally: Tally = { attempted: 0, references: [], refused: {}, cutOff: 0, resubmitted: 0, resentAlreadySent: 0, startedAgain: 0, abandoned: 0 };
  let leaseLost = 0;
  /** Counts lease_lost events in one instance's log, whole lines only (a chunk may end mid-line). */
  const leaseLostCounter = () => {
    let partial = '';
    return (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      leaseLost += lines.filter((line) => line.includes('"event":"delivery.lease_lost"')).length;
    };
  };

  const start = async (instance: AppInstance, index: number) => {
    instance.server = await startServer(
      instance.port,
      { ...INSTANCE_ENV, ...store.instanceEnv(index), SMTP_URL: `smtp://127.0.0.1:${smtp.port}` },
      leaseLostCounter(),
    );
  };

  /** Posts `count` referrals through `proxy`, each from its own address in `block`; adds to the tally. */
  const post = async (proxy: RoundRobinProxy, block: number, count: number, onReference?: (accepted: number) => void): Promise<BurstResult> => {
    const actionFields = await readActionFields(proxy.baseUrl);
    const bodies = submissionBodies(actionFields, await readStepTokens(proxy.baseUrl, count));
    const addressOf = new Map<string, string>();
    const sentBefore = new Set<string>();
    let sent = 0;
    const send = (body: string, contentType: string, address: string | undefined) =>
      postFrom(`${proxy.baseUrl}${referralFormPath}`, { localAddress: address, body, headers: { 'content-type': contentType, origin: proxy.baseUrl, accept: 'text/html' } });
    /**
     * The person starts again, as the expired page tells them to: a new page of the form (a new
     * form token and page token), the same answers, sent (again, if it is cut off) until answered.
     */
    const startAgain = async (address: string | undefined): Promise<string | undefined> => {
      const again = submissionBodies(actionFields, await readStepTokens(proxy.baseUrl, 1));
      const body = again.next();
      for (let sends = 1; sends <= 3; sends += 1) {
        const answer = await send(body, again.contentType, address).catch(() => undefined);
        if (!answer || answer.status === 502) continue;
        const kind = answerKind(answer.status, answer.body);
        if (kind !== 'accepted') tally.refused[kind] = (tally.refused[kind] ?? 0) + 1;
        return referenceIn(answer.body);
      }
      tally.abandoned += 1;
      return undefined;
    };
    const result = await runBurst({
      count,
      concurrency,
      newBody: () => {
        const body = bodies.next();
        addressOf.set(body, clientAddressFor(block, sent++));
        return body;
      },
      async post(body) {
        const resend = sentBefore.has(body);
        sentBefore.add(body);
        const answer = await send(body, bodies.contentType, addressOf.get(body));
        // The proxy's 502: the instance died holding the request, so no answer came.
        if (answer.status === 502) throw new Error('Cut off');
        const kind = answerKind(answer.status, answer.body);
        if (kind === 'already-sent' && resend) {
          const stored = await store.referenceForFormToken(formTokenOf(body));
          if (stored) {
            tally.resentAlreadySent += 1;
            return stored;
          }
        }
        // Told her page has expired after the kill: she would have to type it all again (the
        // verdict fails the run on any of these).
        if (kind === 'expired' && resend) {
          tally.startedAgain += 1;
          return startAgain(addressOf.get(body));
        }
        if (kind !== 'accepted') tally.refused[kind] = (tally.refused[kind] ?? 0) + 1;
        return referenceIn(answer.body);
      },
      onReference,
      // A resend can meet a kept-alive connection to the killed instance the proxy has not yet
      // seen close; a person would press Send more than twice too.
      maxSends: 5,
    });
    tally.attempted += result.attempted;
    tally.references.push(...result.references);
    tally.cutOff += result.cutOff;
    tally.resubmitted += result.resubmitted.length;
    tally.abandoned += result.abandoned;
    return result;
  };

  /** One referral from `address` through `proxy`, and what the page said. */
  const sendOne = async (proxy: RoundRobinProxy, address: string): Promise<string> => {
    const [stepToken] = await readStepTokens(proxy.baseUrl, 1);
    const bodies = submissionBodies(await readActionFields(proxy.baseUrl), [stepToken!]);
    const answer = await postFrom(`${proxy.baseUrl}${referralFormPath}`, {
      localAddress: address,
      body: bodies.next(),
      headers: { 'content-type': bodies.contentType, origin: proxy.baseUrl, accept: 'text/html' },
    });
    const kind = answerKind(answer.status, answer.body);
    tally.attempted += 1;
    const reference = referenceIn(answer.body);
    if (reference) tally.references.push(reference);
    else tally.refused[kind] = (tally.refused[kind] ?? 0) + 1;
    return kind;
  };

  try {
    // One after the other: the first start creates the store's schema.
    for (const [index, instance] of instances.entries()) await start(instance, index);
    const both = await startRoundRobinProxy([instances[0]!.port, instances[1]!.port], await port(2));
    const onlyA = await startRoundRobinProxy([instances[0]!.port], await port(3));
    const onlyB = await startRoundRobinProxy([instances[1]!.port], await port(4));
    proxies.push(both, onlyA, onlyB);
    log(`two instances on ${store.name}: A on ${instances[0]!.port}, B on ${instances[1]!.port}, proxy on ${both.port}`);

    let throughput: ThroughputFigures | undefined;
    const throughputSize = options.throughputSize ?? 0;
    if (throughputSize > 0) {
      const rounds = options.throughputRounds ?? 2;
      if (BLOCKS.throughputTwo + (rounds - 1) * 2 >= BLOCKS.burst) throw new Error(`two instances: ${rounds} throughput rounds would share the burst's clients`);
      const oneInstance: number[] = [];
      const twoInstances: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        // Alternating, so a machine getting busier or quieter during the run weighs on both alike.
        for (const [proxy, rates, block] of [
          [onlyA, oneInstance, BLOCKS.throughputOne],
          [both, twoInstances, BLOCKS.throughputTwo],
        ] as const) {
          const result = await post(proxy, block + round * 2, throughputSize);
          rates.push(Math.round((result.references.length / result.seconds) * 10) / 10);
        }
        log(`throughput round ${round + 1}: one instance ${oneInstance.at(-1)}/s, two ${twoInstances.at(-1)}/s`);
      }
      throughput = {
        referralsPerRound: throughputSize,
        concurrency,
        oneInstance,
        twoInstances,
        ratio: Math.round((median(twoInstances) / median(oneInstance)) * 100) / 100,
      };
    }

    // The burst, with A killed a third of the way through and started again meanwhile.
    const a = instances[0]!;
    const cutOffBefore = both.cutOff;
    let restart: Promise<void> | undefined;
    const kill = { acceptedAtKill: 0, cutOffByProxy: 0, downSeconds: 0, messagesAtKill: 0 };
    const burstReferencesBefore = tally.references.length;
    await post(both, BLOCKS.burst, size, (accepted) => {
      if (restart || accepted < Math.floor(size / 3)) return;
      kill.acceptedAtKill = accepted;
      kill.messagesAtKill = smtp.messages.length;
      const killedAt = Date.now();
      restart = (async () => {
        await a.server!.kill9();
        log(`instance A killed with SIGKILL after ${accepted} referrals of the burst`);
        await start(a, 0);
        kill.downSeconds = (Date.now() - killedAt) / 1000;
        log(`instance A serving again after ${kill.downSeconds} s`);
      })();
      // Awaited below; this only keeps a failure from counting as unhandled meanwhile.
      restart.catch(() => undefined);
    });
    if (!restart) throw new Error(`two instances: A was never killed (${tally.references.length - burstReferencesBefore} of ${size} accepted)`);
    await restart;
    kill.cutOffByProxy = both.cutOff - cutOffBefore;

    // The rate limit: one client to its limit through A, then its next referral through B.
    const limited = clientAddressFor(BLOCKS.rateLimit, 0);
    let acceptedThroughA = 0;
    for (let n = 0; n < SUBMISSION_LIMIT; n += 1) if ((await sendOne(onlyA, limited)) === 'accepted') acceptedThroughA += 1;
    const nextThroughB = await sendOne(onlyB, limited);
    const newClientThroughB = await sendOne(onlyB, clientAddressFor(BLOCKS.rateLimit, 1));
    log(`rate limit: ${acceptedThroughA} accepted through A, then B said "${nextThroughB}" (a new client: "${newClientThroughB}")`);

    // Drain: nothing pending or being sent, and a message for every stored referral.
    const drainStarted = Date.now();
    for (;;) {
      const states = await store.jobStates();
      const stored = await store.storedReferences();
      if (!states.pending && !states.sending && smtp.messages.length >= stored.length) break;
      if (Date.now() - drainStarted > 300_000) {
        throw new Error(`two instances: the outbox did not drain within 300 s (jobs ${JSON.stringify(states)}, ${smtp.messages.length} messages for ${stored.length} stored)`);
      }
      await sleep(250);
    }
    const drainSeconds = (Date.now() - drainStarted) / 1000;
    await sleep(1_000); // room for any duplicate to arrive

    const counts = deliveryCounts(tally.references, await store.storedReferences(), receivedReferrals(smtp));
    return {
      store: store.name,
      size,
      attempted: tally.attempted,
      refused: tally.refused,
      cutOff: tally.cutOff,
      resubmitted: tally.resubmitted,
      resentAlreadySent: tally.resentAlreadySent,
      startedAgain: tally.startedAgain,
      abandoned: tally.abandoned,
      ...counts,
      kill,
      rateLimit: { limit: SUBMISSION_LIMIT, acceptedThroughA, nextThroughB, newClientThroughB },
      leaseLost,
      throughput,
      drainSeconds,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    for (const proxy of proxies) await proxy.close();
    for (const instance of instances) await instance.server?.stop();
    await smtp.close();
  }
}
