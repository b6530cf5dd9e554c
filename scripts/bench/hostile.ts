/**
 * The hostile-load scenario: cheap, costly-to-serve step posts sent at the server as fast as a
 * few connections allow, while a second client completes real referrals; reported as the real
 * client's latency and errors beside the same client on an idle server.
 *
 * Each hostile post is the worst a step can carry: the evidence step with as many places as the
 * form allows (one more is refused before any is looked at), every one a different run of
 * almost 2,000 dots and an "@" for X (the input the security review timed at 7–11 ms per place
 * in the quadratic link check), with every earlier answer so the step may be visited. Like a real attacker's script, each takes a fresh step token from
 * a page of the form first, and comes from a new address each time (X-Forwarded-For behind one
 * trusted proxy), so the per-client rate limit does not hide the cost of checking it.
 */
import { referralFormPath } from '@/lib/referral/addresses';
import { completeAnswers } from '@/lib/referral/test-answers';
import { fields } from '@/lib/referral/definition';
import { controlNames, hiddenAnswerInputs, intentValue } from '@/lib/referral/wizard';
import { readActionFields, readStepTokens, referenceIn, submissionBodies } from './submission';

export type ClientFigures = { requests: number; errors: number; latencyP50Ms: number; latencyP99Ms: number };

export type HostileFigures = {
  scenario: 'hostile step posts';
  seconds: number;
  hostileConnections: number;
  idle: ClientFigures;
  underLoad: ClientFigures;
  /** Hostile posts answered during the loaded phase, and how many per second. */
  hostilePosts: number;
  hostilePostsPerSecond: number;
  /** underLoad p99 over idle p99: the target is 2 or less. */
  p99Ratio: number;
};

/** The value at `fraction` (0.5, 0.99) of `values`, by the nearest-rank method. */
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** A multipart body of the hostile evidence step, with this step token. */
export function hostileStepBody(actionFields: [string, string][], stepToken: string): { contentType: string; body: string } {
  const boundary = '----benchhostile';
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  // Each place different, so no place is looked up once for several.
  const places = Array.from({ length: fields.evidence.maxItems }, (_, index) =>
    part(`evidence.${index}.platform`, 'x') + part(`evidence.${index}.where`, `${'.'.repeat(1999 - index)}@`),
  ).join('');
  const body =
    actionFields.map(([name, value]) => part(name, value)).join('') +
    hiddenAnswerInputs(completeAnswers(), ['evidence'])
      .map(({ name, value }) => part(name, value))
      .join('') +
    places +
    part(controlNames.step, 'evidence') +
    part(controlNames.intent, intentValue.continue) +
    part(controlNames.stepToken, stepToken) +
    `--${boundary}--\r\n`;
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}

const realClient = '203.0.113.10';
const randomAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

/** The real client: sends referrals one after another until `until`, timing each Send. */
async function realReferrals(baseUrl: string, until: number): Promise<ClientFigures> {
  const actionFields = await readActionFields(baseUrl);
  const latencies: number[] = [];
  let errors = 0;
  while (Date.now() < until) {
    const bodies = submissionBodies(actionFields, await readStepTokens(baseUrl, 1, 1));
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}${referralFormPath}`, {
        method: 'POST',
        headers: { 'content-type': bodies.contentType, origin: baseUrl, accept: 'text/html', 'x-forwarded-for': realClient },
        body: bodies.next(),
        signal: AbortSignal.timeout(30_000),
      });
      if (!referenceIn(await response.text())) errors += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - started);
  }
  return {
    requests: latencies.length,
    errors,
    latencyP50Ms: Math.round(percentile(latencies, 0.5)),
    latencyP99Ms: Math.round(percentile(latencies, 0.99)),
  };
}

/** One hostile connection: token, hostile post, again, until `until`. Resolves with posts answered. */
async function hostileClient(baseUrl: string, actionFields: [string, string][], until: number): Promise<number> {
  let answered = 0;
  while (Date.now() < until) {
    try {
      const [token] = await readStepTokens(baseUrl, 1, 1);
      const { contentType, body } = hostileStepBody(actionFields, token!);
      const response = await fetch(`${baseUrl}${referralFormPath}`, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: baseUrl, 'x-forwarded-for': randomAddress() },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      answered += 1;
    } catch {
      // A hostile post that fails costs the attacker, not us.
    }
  }
  return answered;
}

/**
 * Runs the scenario against a server behind one trusted proxy hop (so X-Forwarded-For names the
 * client): the real client alone for `seconds`, then again while `hostileConnections` hostile
 * clients post for the same time.
 */
export async function runHostileScenario(baseUrl: string, seconds: number, hostileConnections: number): Promise<HostileFigures> {
  // Warm the routes, so the first measured request is not the first render.
  await realReferrals(baseUrl, Date.now() + 1_000);
  const idle = await realReferrals(baseUrl, Date.now() + seconds * 1000);

  const actionFields = await readActionFields(baseUrl);
  const until = Date.now() + seconds * 1000;
  const hostile = Array.from({ length: hostileConnections }, () => hostileClient(baseUrl, actionFields, until));
  const underLoad = await realReferrals(baseUrl, until);
  const hostilePosts = (await Promise.all(hostile)).reduce((sum, count) => sum + count, 0);
  return {
    scenario: 'hostile step posts',
    seconds,
    hostileConnections,
    idle,
    underLoad,
    hostilePosts,
    hostilePostsPerSecond: Math.round((hostilePosts / seconds) * 10) / 10,
    p99Ratio: idle.latencyP99Ms > 0 ? Math.round((underLoad.latencyP99Ms / idle.latencyP99Ms) * 100) / 100 : 0,
  };
}
