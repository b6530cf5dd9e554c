/**
 * Referrals sent to a bench server and what came out of it: a burst through the form as a
 * browser without JavaScript posts it, the wait for the outbox to drain, and the references the
 * SMTP capture received. The throughput and resilience scenarios share them.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { SmtpCapture } from '@/e2e/support/smtp-capture';
import { referralFormPath } from '@/lib/referral/addresses';
import { runBurst, type BurstOptions, type BurstResult } from './resilience';
import { outboxStates } from './server';
import { readActionFields, readStepTokens, referenceIn, submissionBodies } from './submission';

/** The reference each captured message carries in its stable Message-ID. */
export function deliveredReferences(smtp: SmtpCapture): string[] {
  return smtp.messages.map((message) => {
    const match = /^Message-ID:\s*<referral-([a-z0-9]{4}-[a-z0-9]{4})@/im.exec(message.raw.toString('latin1'));
    return match ? match[1]!.toUpperCase() : 'none';
  });
}

/**
 * Waits until the outbox has nothing pending or in flight and `expected` messages arrived, or
 * `timeoutMs` passes; `drained` says which.
 */
export async function waitForDrain(dataDir: string, smtp: SmtpCapture, expected: number, timeoutMs: number): Promise<{ seconds: number; drained: boolean }> {
  const started = Date.now();
  let drained = false;
  while (Date.now() - started < timeoutMs) {
    const states = outboxStates(dataDir);
    drained = !states.pending && !states.sending && smtp.messages.length >= expected;
    if (drained) break;
    await sleep(250);
  }
  await sleep(1_000); // room for any duplicate to arrive
  return { seconds: (Date.now() - started) / 1000, drained };
}

/** A referral unanswered for this long counts as cut off, and is resent with its form token. */
const REQUEST_TIMEOUT_MS = 60_000;

/** Submits `count` referrals through the form, `concurrency` at a time (resends: see resilience.ts). */
export async function burst(
  baseUrl: string,
  count: number,
  concurrency: number,
  options: Pick<BurstOptions, 'ready' | 'onReference'> = {},
): Promise<BurstResult> {
  const bodies = submissionBodies(await readActionFields(baseUrl), await readStepTokens(baseUrl, count));
  return runBurst({
    count,
    concurrency,
    newBody: () => bodies.next(),
    async post(body) {
      const response = await fetch(`${baseUrl}${referralFormPath}`, {
        method: 'POST',
        headers: { 'content-type': bodies.contentType, origin: baseUrl, accept: 'text/html' },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      return referenceIn(await response.text());
    },
    ...options,
  });
}
