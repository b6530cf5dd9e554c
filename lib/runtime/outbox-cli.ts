/**
 * `npm run outbox -- <command>`: the operator's view of the outbox in the data directory.
 *
 *   status                    counts by state, and every job not yet sent (dead letters first):
 *                             referrals, then the managers' digests if there are any
 *   drain                     makes every waiting job due and delivers what it can now
 *   retry <reference>         puts a dead-letter (or waiting) referral back in the queue, due now
 *   purge                     applies the retention rules now (audited as done by `operator`)
 *   digest                    queues today's managers' digest, if not yet sent, and sends it now
 *   show <reference> [--json] prints one referral: the full email's text, or its referral.v1 JSON
 *
 * Safe beside a running server: jobs are leased, so the CLI and the server never send the same
 * job at once. Prints references, states and error codes only, except `show`, whose point is to
 * put a referral on the operator's screen (notice mode's way to read one). `show` writes only to
 * the terminal, never to the service log.
 */
import 'server-only';
import fs from 'node:fs';
import type { Env } from '@/lib/env';
import { createConfiguredOutbox, embeddedSmtpPortFile } from '@/lib/runtime/delivery-runtime';
import { openStorage } from '@/lib/runtime/open-storage';
import { decryptPayload, PayloadIntegrityError } from '@/lib/crypto/payload-cipher';
import { normaliseReference } from '@/lib/cases/reference';
import { OUTBOX_COMMAND, SHOW_JSON_OPTION } from '@/lib/runtime/referral-composer';
import type { DeliveryRepository, DigestSummary, JobState, JobSummary } from '@/lib/delivery/repository';
import { createSmtpTransport } from '@/lib/delivery/smtp-transport';
import { demoMailboxOf } from '@/lib/mailbox/mailbox';
import { caseLifecycleDeps, purgeDueCases, sendManagerDigest } from '@/lib/runtime/case-lifecycle';
import { OPERATOR } from '@/lib/runtime/staff-cli';
import { composeReferralJson, composeReferralText } from '@/lib/referral/email';

const USAGE = `Usage: ${OUTBOX_COMMAND} status | drain | retry <reference> | purge | digest | show <reference> [${SHOW_JSON_OPTION}]`;
const COMMANDS = ['status', 'drain', 'retry', 'purge', 'digest', 'show'];

function describeJob(job: JobSummary): string {
  const next = job.state === 'pending' ? ` next attempt ${new Date(job.nextAttemptAt).toISOString()}` : '';
  return `${job.reference}  ${job.state.padEnd(7)}  attempts ${job.attempts}  ${job.lastError ?? '-'}${next}`;
}

const describeCounts = (counts: Record<JobState, number>) =>
  `pending ${counts.pending}, sending ${counts.sending}, sent ${counts.sent}, dead ${counts.dead}`;

const describeDigest = (digest: DigestSummary) =>
  `${digest.day}  ${digest.state.padEnd(7)}  attempts ${digest.attempts}  ${digest.lastError ?? '-'}`;

async function printStatus(repository: DeliveryRepository, print: (line: string) => void): Promise<void> {
  const counts = await repository.countByState();
  print(describeCounts(counts));
  const jobs = await repository.listJobs(['dead', 'pending', 'sending']);
  jobs.sort((a, b) => Number(b.state === 'dead') - Number(a.state === 'dead'));
  for (const job of jobs) print(describeJob(job));
  if (counts.dead > 0) {
    print(`${counts.dead} referral(s) could not be delivered: fix the cause, then "${OUTBOX_COMMAND} retry <reference>".`);
  }
  // The managers' digests share the queue; said apart, so the referrals' line keeps its meaning.
  const digests = await repository.countByState('digest');
  if (Object.values(digests).some((n) => n > 0)) {
    print(`digests: ${describeCounts(digests)}`);
    for (const digest of await repository.listDigests()) if (digest.state !== 'sent') print(describeDigest(digest));
  }
}

function smtpUrlFor(env: Env): string | undefined {
  if (env.delivery.smtp.kind === 'url') return env.delivery.smtp.url;
  // Embedded mode: the mail server lives inside the running site; find the port it listens on.
  try {
    const port = Number(fs.readFileSync(embeddedSmtpPortFile(env.dataDir), 'utf8').trim());
    return Number.isInteger(port) && port > 0 ? `smtp://127.0.0.1:${port}` : undefined;
  } catch {
    return undefined;
  }
}

/** Prints one stored referral as its full email's plain text, or as referral.v1 JSON. */
async function showReferral(
  repository: DeliveryRepository,
  dataKey: Buffer,
  reference: string,
  json: boolean,
  print: (line: string) => void,
): Promise<number> {
  const stored = await repository.findReferral(reference);
  if (!stored) {
    print(
      `No referral has the reference ${reference}. Check it was typed correctly. ` +
        'Closed cases are deleted on their retention dates, so it may have been deleted.',
    );
    return 1;
  }
  let payload;
  try {
    payload = decryptPayload(dataKey, stored.reference, stored.encryptedPayload);
  } catch (error) {
    if (!(error instanceof PayloadIntegrityError)) throw error;
    print(`The referral ${reference} could not be decrypted: check DATA_KEY or DATA_KEY_FILE is the key it was stored with.`);
    return 1;
  }
  print(json ? composeReferralJson(payload, stored.reference).trimEnd() : composeReferralText(payload, stored.reference));
  return 0;
}

/** Runs one CLI command; resolves with the process exit code. */
export async function runOutboxCli(args: string[], env: Env, print: (line: string) => void): Promise<number> {
  const [command, ...rest] = args;
  const options = rest.filter((arg) => arg.startsWith('--'));
  const [argument, ...extra] = rest.filter((arg) => !arg.startsWith('--'));
  const allowedOptions = command === 'show' ? [SHOW_JSON_OPTION] : [];
  if (!command || !COMMANDS.includes(command) || extra.length > 0 || options.some((option) => !allowedOptions.includes(option))) {
    print(USAGE);
    return 2;
  }
  const storage = await openStorage(env);
  const { dataKey } = storage;
  const repository = storage.store.delivery;
  try {
    if (command === 'status') {
      await printStatus(repository, print);
      return 0;
    }
    if (command === 'retry' || command === 'show') {
      const reference = argument ? normaliseReference(argument) : undefined;
      if (!reference) {
        print(`Give a reference like KQ7M-X4PD. ${USAGE}`);
        return 2;
      }
      if (command === 'show') {
        return await showReferral(repository, dataKey, reference, options.includes(SHOW_JSON_OPTION), print);
      }
      if (!(await repository.retry(reference, Date.now()))) {
        print(`No dead-letter or waiting referral has the reference ${reference}.`);
        return 1;
      }
      print(`${reference} is queued for delivery now, with a fresh attempt count.`);
      return 0;
    }
    if (command === 'purge') {
      // The demo mailbox's copies go with their cases, as when the server's timer purges.
      const purged = await purgeDueCases(caseLifecycleDeps(env, storage, demoMailboxOf(env)), Date.now(), OPERATOR);
      print(`Deleted ${purged.length} closed case(s) past their retention date, leaving a tombstone for each${purged.length > 0 ? `: ${purged.join(', ')}` : ''}.`);
      return 0;
    }
    const smtpUrl = smtpUrlFor(env);
    if (!smtpUrl) {
      print(`The embedded mail server is not running: start the site (npm run demo), then ${command} again.`);
      return 1;
    }
    if (command === 'digest') {
      const transport = createSmtpTransport(smtpUrl);
      try {
        const sent = await sendManagerDigest(caseLifecycleDeps(env, storage), transport, Date.now(), true);
        const digests = await storage.store.delivery.listDigests();
        print(sent > 0 ? `Sent ${sent} digest(s).` : 'No digest was due: today’s has been sent already, or is waiting to retry.');
        for (const digest of digests.slice(-3)) print(describeDigest(digest));
        return digests.at(-1)?.state === 'dead' ? 1 : 0;
      } finally {
        transport.close();
      }
    }
    // drain
    const { outbox, transport } = createConfiguredOutbox(env, repository, dataKey, smtpUrl);
    try {
      await repository.makeAllDue(Date.now());
      const handled = await outbox.drain();
      print(`Handled ${handled} job(s).`);
    } finally {
      transport.close();
    }
    await printStatus(repository, print);
    const counts = await repository.countByState();
    return counts.pending + counts.dead > 0 ? 1 : 0;
  } finally {
    await storage.close();
  }
}
