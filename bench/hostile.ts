/**
 * The hostile-load scenarios: costly step posts sent at the server as fast as a few connections
 * allow, while a real client completes referrals; reported as the real client's latency and
 * errors beside the same client on the idle server, in slices that alternate with the attack's
 * so that both meet the same background load.
 *
 * Each hostile post is the worst a step can carry: the evidence step with as many places as the
 * form allows (one more is refused before any is looked at), every one a different run of
 * almost 2,000 dots and an "@" for X (the input the security review timed at 7–11 ms per place
 * in the quadratic link check), with every earlier answer so the step may be visited. Like a
 * real attacker's script, each takes a fresh step token from a page of the form when the last
 * one was used, and keeps it when its post was refused unread (a refused post costs the script
 * nothing but the request).
 *
 * Two attackers, each against the server's default limits, behind one trusted proxy hop (so
 * X-Forwarded-For names the client):
 * - `one address`: an ordinary script from one address, which the per-client limit is for;
 * - `new address per post`: a distributed flood, every post from an address not seen before, so
 *   no per-client limit ever applies and every post is checked in full.
 * The real client stands for people, each sending one referral: every referral comes from its
 * own address (an IPv6 /64 of the documentation prefix), as it would in life.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { referralFormPath } from '@/lib/referral/addresses';
import { completeAnswers } from '@/testing/test-answers';
import { fields } from '@/lib/referral/definition';
import { controlNames, hiddenAnswerInputs, intentValue } from '@/lib/referral/wizard';
import { readActionFields, readStepTokens, referenceIn, submissionBodies } from './submission';

export type ClientFigures = { requests: number; errors: number; latencyP50Ms: number; latencyP99Ms: number };

/** The value at `fraction` (0.5, 0.99) of `values`, by the nearest-rank method. */
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/**
 * Multipart bodies of the hostile evidence step, built once: each differs only in its step
 * token, so the attacking process spends its time sending rather than building them.
 */
export function hostileStepBodies(actionFields: [string, string][]): { contentType: string; withToken(stepToken: string): string } {
  const boundary = '----benchhostile';
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  // Each place different, so no place is looked up once for several.
  const places = Array.from({ length: fields.evidence.maxItems }, (_, index) =>
    part(`evidence.${index}.platform`, 'x') + part(`evidence.${index}.where`, `${'.'.repeat(1999 - index)}@`),
  ).join('');
  const before =
    actionFields.map(([name, value]) => part(name, value)).join('') +
    hiddenAnswerInputs(completeAnswers(), ['evidence'])
      .map(({ name, value }) => part(name, value))
      .join('') +
    places +
    part(controlNames.step, 'evidence') +
    part(controlNames.intent, intentValue.continue);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    withToken: (stepToken) => `${before}${part(controlNames.stepToken, stepToken)}--${boundary}--\r\n`,
  };
}

export const HOSTILE_ATTACKS = ['one address', 'new address per post'] as const;
export type HostileAttack = (typeof HOSTILE_ATTACKS)[number];

export type HostileFigures = {
  scenario: 'hostile step posts';
  attack: HostileAttack;
  seconds: number;
  hostileConnections: number;
  idle: ClientFigures;
  underLoad: ClientFigures;
  /** Hostile posts answered during the loaded phase, and how many per second. */
  hostilePosts: number;
  hostilePostsPerSecond: number;
  /** Of those, the ones refused unread (429) by the per-client limit. */
  hostileRefused: number;
  /** underLoad p99 over idle p99: the target is 2 or less. */
  p99Ratio: number;
};

let person = 0;
/** A new person's address: the next /64 of 2001:db8::/32, so each referral is its own client. */
const personAddress = () => `2001:db8:${((person += 1) >> 16).toString(16)}:${(person & 0xffff).toString(16)}::1`;
const randomAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
const scriptAddress = '198.51.100.66';

type Samples = { latencies: number[]; errors: number };

/** The real client: sends referrals one after another until `until`, timing each Send, into `into`. */
async function realReferrals(baseUrl: string, actionFields: [string, string][], until: number, into: Samples): Promise<void> {
  while (Date.now() < until) {
    const bodies = submissionBodies(actionFields, await readStepTokens(baseUrl, 1, 1));
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}${referralFormPath}`, {
        method: 'POST',
        headers: { 'content-type': bodies.contentType, origin: baseUrl, accept: 'text/html', 'x-forwarded-for': personAddress() },
        body: bodies.next(),
        signal: AbortSignal.timeout(30_000),
      });
      if (!referenceIn(await response.text())) into.errors += 1;
    } catch {
      into.errors += 1;
    }
    into.latencies.push(performance.now() - started);
  }
}

function clientFigures({ latencies, errors }: Samples): ClientFigures {
  return {
    requests: latencies.length,
    errors,
    latencyP50Ms: Math.round(percentile(latencies, 0.5)),
    latencyP99Ms: Math.round(percentile(latencies, 0.99)),
  };
}

/**
 * One hostile connection: hostile post, again, until `until`, with a new token only when the
 * last was used. Resolves with the posts answered and how many of them were refused unread.
 */
async function hostileClient(baseUrl: string, bodies: ReturnType<typeof hostileStepBodies>, attack: HostileAttack, until: number) {
  let answered = 0;
  let refused = 0;
  let token: string | undefined;
  while (Date.now() < until) {
    try {
      token ??= (await readStepTokens(baseUrl, 1, 1))[0]!;
      const response = await fetch(`${baseUrl}${referralFormPath}`, {
        method: 'POST',
        headers: { 'content-type': bodies.contentType, origin: baseUrl, 'x-forwarded-for': attack === 'one address' ? scriptAddress : randomAddress() },
        body: bodies.withToken(token),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      answered += 1;
      if (response.status === 429) refused += 1;
      else token = undefined;
    } catch {
      // A hostile post that fails costs the attacker, not us.
      token = undefined;
    }
  }
  return { answered, refused };
}

type AttackResult = { answered: number; refused: number };

/** `connections` hostile connections until `until`, all in this process. */
async function attack(baseUrl: string, kind: HostileAttack, until: number, connections: number): Promise<AttackResult> {
  const bodies = hostileStepBodies(await readActionFields(baseUrl));
  const results = await Promise.all(Array.from({ length: connections }, () => hostileClient(baseUrl, bodies, kind, until)));
  return {
    answered: results.reduce((sum, result) => sum + result.answered, 0),
    refused: results.reduce((sum, result) => sum + result.refused, 0),
  };
}

const CHILD_FLAG = '--hostile-attacker';

type Attacker = { attackUntil(until: number): Promise<AttackResult>; stop(): void };

/**
 * The attacker in a process of its own, as an attacker's script would be: its work sending posts
 * and reading answers then never delays the real client's requests in this process, so the real
 * client's latency is the server's alone. It attacks when told, until the time it is given.
 */
async function startAttacker(baseUrl: string, kind: HostileAttack, connections: number): Promise<Attacker> {
  const child = fork(__filename, [CHILD_FLAG, JSON.stringify({ baseUrl, kind, connections })], { execArgv: process.execArgv });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`The hostile client exited (${code}) before answering`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  await next(); // ready
  return {
    async attackUntil(until) {
      const answer = next();
      child.send({ until });
      return (await answer) as AttackResult;
    },
    stop: () => child.kill(),
  };
}

if (process.argv[2] === CHILD_FLAG) {
  const { baseUrl, kind, connections } = JSON.parse(process.argv[3]!) as { baseUrl: string; kind: HostileAttack; connections: number };
  process.on('message', (message: { until: number }) => {
    void attack(baseUrl, kind, message.until, connections).then((result) => process.send!(result));
  });
  process.send!('ready');
}

/** Idle and loaded slices alternate, so that both meet the same background load on a shared machine. */
const SLICES = 5;
/** After a loaded slice, time for the hostile posts still in flight to be answered before idle is timed. */
const SETTLE_MS = 500;

/**
 * Runs one attack against a server behind one trusted proxy hop (so X-Forwarded-For names the
 * client): the real client alone and under attack, `seconds` of each, in alternating slices.
 */
export async function runHostileScenario(
  baseUrl: string,
  attack: HostileAttack,
  seconds: number,
  hostileConnections: number,
): Promise<HostileFigures> {
  const actionFields = await readActionFields(baseUrl);
  // Warm the routes, so the first measured request is not the first render.
  await realReferrals(baseUrl, actionFields, Date.now() + 1_000, { latencies: [], errors: 0 });
  const attacker = await startAttacker(baseUrl, attack, hostileConnections);
  const idle: Samples = { latencies: [], errors: 0 };
  const loaded: Samples = { latencies: [], errors: 0 };
  let hostilePosts = 0;
  let hostileRefused = 0;
  const sliceMs = (seconds * 1000) / SLICES;
  try {
    for (let slice = 0; slice < SLICES; slice += 1) {
      await realReferrals(baseUrl, actionFields, Date.now() + sliceMs, idle);
      const until = Date.now() + sliceMs;
      const attacked = attacker.attackUntil(until);
      await realReferrals(baseUrl, actionFields, until, loaded);
      const result = await attacked;
      hostilePosts += result.answered;
      hostileRefused += result.refused;
      await sleep(SETTLE_MS);
    }
  } finally {
    attacker.stop();
  }
  const idleFigures = clientFigures(idle);
  const underLoad = clientFigures(loaded);
  return {
    scenario: 'hostile step posts',
    attack,
    seconds,
    hostileConnections,
    idle: idleFigures,
    underLoad,
    hostilePosts,
    hostilePostsPerSecond: Math.round((hostilePosts / seconds) * 10) / 10,
    hostileRefused,
    p99Ratio: idleFigures.latencyP99Ms > 0 ? Math.round((underLoad.latencyP99Ms / idleFigures.latencyP99Ms) * 100) / 100 : 0,
  };
}

/**
 * The server's CPU time for one hostile post checked in full: `count` posts one at a time, each
 * from a new address with a token read beforehand, on an otherwise idle server, divided by the
 * CPU time (user and system) the server process used meanwhile. CPU time, not wall time, so
 * other work on a shared machine disturbs it less.
 */
export async function cpuPerHostilePost(baseUrl: string, serverPid: number, count: number): Promise<number> {
  const actionFields = await readActionFields(baseUrl);
  const tokens = await readStepTokens(baseUrl, count, 1);
  const before = processCpuMs(serverPid);
  const bodies = hostileStepBodies(actionFields);
  for (const token of tokens) {
    const response = await fetch(`${baseUrl}${referralFormPath}`, {
      method: 'POST',
      headers: { 'content-type': bodies.contentType, origin: baseUrl, 'x-forwarded-for': randomAddress() },
      body: bodies.withToken(token),
    });
    await response.arrayBuffer();
  }
  return Math.round(((processCpuMs(serverPid) - before) / count) * 10) / 10;
}

/** User and system CPU time of a process so far, in ms (Linux: /proc/<pid>/stat). */
function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, which /proc reports CPU time in: 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
