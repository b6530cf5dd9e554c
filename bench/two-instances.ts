/**
 * Two app instances on one shared store, behind a round-robin proxy: what a helpline running the
 * service on more than one server relies on. Used by `npm run bench` (1,000 referrals) and by a
 * smaller run in `npm test` (two-instances.after-build.test.ts).
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
import { startSmtpCapture, freePort, type SmtpCapture } from '@/e2e/support/smtp-capture';
import { messageIdFor } from '@/lib/delivery/mail-message';
import { controlNames } from '@/lib/referral/wizard';
import { referralFormPath } from '@/lib/referral/addresses';
import { clientAddressFor, postFrom } from './loopback-client';
import { runBurst, type BurstResult } from './resilience';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';
import { startServer, type BenchServer } from './server';
import type { SharedStore } from './shared-store';
import { median } from './stats';
import { readActionFields, readStepTokens, referenceIn, submissionBodies } from './submission';

const MAIL_FROM = 'referrals-noreply@get-help.example';
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

export type ThroughputFigures = {
  referralsPerRound: number;
  concurrency: number;
  /** Referrals accepted per second, each round, through the proxy over one instance and over both. */
  oneInstance: number[];
  twoInstances: number[];
  /** Median of two over median of one. */
  ratio: number;
};

export type TwoInstanceFigures = {
  store: string;
  size: number;
  /** Forms sent at least once, across every phase. */
  attempted: number;
  accepted: number;
  /** Answers without a reference, by what the page said. */
  refused: Record<string, number>;
  /** Sends with no whole answer, each sent again with the same body. */
  cutOff: number;
  /** Referrals accepted only on a resend. */
  resubmitted: number;
  /** Of those, the ones answered "already sent" (their first send had been stored). */
  resentAlreadySent: number;
  /**
   * Referrals whose resend was answered "This page has expired": the killed instance had used
   * the page token and not stored the referral, so the person starts again and sends it anew
   * (counted as accepted when that send is). Each is a person made to type everything again.
   */
  startedAgain: number;
  /** Referrals given up after five sends with no answer. */
  abandoned: number;
  stored: number;
  /** References stored in more than one row. */
  storedTwice: number;
  acceptedNotStored: number;
  /** Referrals stored that no client was told about (a second referral made by a resend). */
  storedNotAccepted: number;
  delivered: number;
  /** Messages beyond the first for a reference. */
  duplicated: number;
  /** Each duplicated reference with the arrival order of its copies (compare `kill.messagesAtKill`). */
  duplicates: { reference: string; arrivals: number[] }[];
  /** Duplicated references whose messages do not all carry the referral's one Message-ID. */
  duplicatesWithAnotherMessageId: number;
  storedNotDelivered: number;
  /** Messages whose subject names no reference. */
  unreadable: number;
  kill: {
    /** References given when the kill was decided. */
    acceptedAtKill: number;
    /** Requests the proxy answered 502 because A died holding them. */
    cutOffByProxy: number;
    /** From the kill until A served again. */
    downSeconds: number;
    /** Messages received when A was killed: a copy sent by A before it died arrived before this. */
    messagesAtKill: number;
  };
  /**
   * Sends whose lease ran out before they were recorded, so another worker took the job and may
   * have sent it again (the instances' `delivery.lease_lost` log events; the killed instance's
   * in-flight job is not among them, as it never got to record anything).
   */
  leaseLost: number;
  rateLimit: {
    limit: number;
    acceptedThroughA: number;
    /** What B answered the same client's next referral: 'rate-limited' is the pass. */
    nextThroughB: string;
    /** What B answered a new client's first referral at the same moment: 'accepted' is the pass. */
    newClientThroughB: string;
  };
  throughput?: ThroughputFigures;
  drainSeconds: number;
  seconds: number;
};

/** The form token in a submission body (submission.ts), which the store keeps beside the referral. */
export function formTokenOf(body: string): string {
  const token = new RegExp(`name="${controlNames.token}"\\r\\n\\r\\n([^\\r]+)\\r\\n`).exec(body)?.[1];
  if (!token) throw new Error('No form token in the submission body');
  return token;
}

/** What a form page says, in one word: 'accepted' when it shows a reference. */
export function answerKind(status: number, html: string): string {
  if (status !== 200) return `status-${status}`;
  if (referenceIn(html)) return 'accepted';
  if (html.includes('This device has sent several referrals')) return 'rate-limited';
  if (html.includes('This device has sent a lot of pages')) return 'too-many-posts';
  if (html.includes('Your referral has already been sent')) return 'already-sent';
  if (html.includes('This page has expired')) return 'expired';
  return 'other';
}

type AppInstance = { name: string; port: number; server: BenchServer | undefined };

/** The burst, throughput and rate-limit counts collected as they come, with every reference given. */
type Tally = Pick<TwoInstanceFigures, 'attempted' | 'refused' | 'cutOff' | 'resubmitted' | 'resentAlreadySent' | 'startedAgain' | 'abandoned'> & {
  references: string[];
};

/** The reference named by each received message's subject, with its Message-ID. */
export function receivedReferrals(smtp: SmtpCapture): { reference: string | undefined; messageId: string | undefined }[] {
  return smtp.messages.map((message) => {
    const head = message.raw.toString('latin1').split(/\r?\n\r?\n/, 1)[0]!;
    return {
      reference: /^Subject:\s*Referral ([A-Z0-9]{4}-[A-Z0-9]{4})\b/im.exec(head)?.[1],
      messageId: /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(head)?.[1],
    };
  });
}

/**
 * What the store and the receiver hold against what the clients were told: the counts of
 * `TwoInstanceFigures` that judge "stored once, delivered once".
 */
export function deliveryCounts(accepted: string[], stored: string[], received: { reference: string | undefined; messageId: string | undefined }[]) {
  const acceptedSet = new Set(accepted);
  const storedSet = new Set(stored);
  const byReference = new Map<string, Set<string | undefined>>();
  const arrivals = new Map<string, number[]>();
  for (const [index, { reference, messageId }] of received.entries()) {
    if (!reference) continue;
    byReference.set(reference, (byReference.get(reference) ?? new Set()).add(messageId));
    arrivals.set(reference, [...(arrivals.get(reference) ?? []), index]);
  }
  const duplicates = [...arrivals].filter(([, order]) => order.length > 1).map(([reference, order]) => ({ reference, arrivals: order }));
  return {
    accepted: acceptedSet.size,
    stored: stored.length,
    storedTwice: stored.length - storedSet.size,
    acceptedNotStored: [...acceptedSet].filter((reference) => !storedSet.has(reference)).length,
    storedNotAccepted: [...storedSet].filter((reference) => !acceptedSet.has(reference)).length,
    delivered: byReference.size,
    duplicated: duplicates.reduce((sum, { arrivals: order }) => sum + order.length - 1, 0),
    duplicates,
    duplicatesWithAnotherMessageId: duplicates.filter(({ reference }) => {
      const ids = byReference.get(reference)!;
      return ids.size !== 1 || !ids.has(messageIdFor(reference, MAIL_FROM));
    }).length,
    storedNotDelivered: [...storedSet].filter((reference) => !byReference.has(reference)).length,
    unreadable: received.filter(({ reference }) => !reference).length,
  };
}

/** What is wrong with a run, in words; empty when every property held. */
export function twoInstanceProblems(figures: TwoInstanceFigures): string[] {
  const problems: string[] = [];
  const refusals = Object.values(figures.refused).reduce((sum, n) => sum + n, 0);
  // The rate-limit phase's one refusal is the expected one; anything else is a lost referral.
  const expectedRefusals = figures.rateLimit.nextThroughB === 'rate-limited' ? 1 : 0;
  if (figures.accepted !== figures.attempted - expectedRefusals || refusals !== expectedRefusals || figures.abandoned > 0) {
    problems.push(`not every attempted referral was accepted: ${figures.accepted} of ${figures.attempted - expectedRefusals} (refused ${JSON.stringify(figures.refused)}, abandoned ${figures.abandoned})`);
  }
  if (figures.acceptedNotStored || figures.storedNotAccepted || figures.storedTwice || figures.stored !== figures.accepted) {
    problems.push(`not stored once: ${figures.stored} rows for ${figures.accepted} accepted (${figures.acceptedNotStored} accepted not stored, ${figures.storedNotAccepted} stored not accepted, ${figures.storedTwice} twice)`);
  }
  if (figures.storedNotDelivered || figures.unreadable) {
    problems.push(`not delivered: ${figures.storedNotDelivered} stored referrals never arrived (${figures.unreadable} messages without a reference)`);
  }
  if (figures.duplicated > 1 || figures.duplicatesWithAnotherMessageId > 0) {
    problems.push(`delivered more than once: ${figures.duplicated} extra messages (at most the 1 in flight at the kill), ${figures.duplicatesWithAnotherMessageId} with another Message-ID`);
  }
  if (figures.startedAgain > 0) {
    problems.push(`${figures.startedAgain} people whose Send was cut off were told their page had expired and had to start again`);
  }
  const { rateLimit } = figures;
  if (rateLimit.acceptedThroughA !== rateLimit.limit || rateLimit.nextThroughB !== 'rate-limited' || rateLimit.newClientThroughB !== 'accepted') {
    problems.push(`the rate limit did not hold across instances: ${rateLimit.acceptedThroughA} of ${rateLimit.limit} accepted through A, then B answered the same client "${rateLimit.nextThroughB}" and a new client "${rateLimit.newClientThroughB}"`);
  }
  return problems;
}

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
