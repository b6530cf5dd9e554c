/**
 * `npm run outbox -- <command>`: the operator's view of the outbox in the data directory.
 *
 *   status             counts by state, and every job not yet sent (dead letters first)
 *   drain              makes every waiting job due and delivers what it can now
 *   retry <reference>  puts a dead-letter (or waiting) referral back in the queue, due now
 *   purge              applies the retention period now
 *
 * Safe beside a running server: jobs are leased, so the CLI and the server never send the same
 * job at once. Prints references, states and error codes only.
 */
import 'server-only';
import fs from 'node:fs';
import type { Env } from '@/lib/env';
import { createConfiguredOutbox, embeddedSmtpPortFile, openDeliveryStorage } from '@/lib/delivery/delivery-runtime';
import { normaliseReference } from '@/lib/delivery/reference';
import type { DeliveryRepository, JobSummary } from '@/lib/delivery/repository';
import { purgeExpiredReferrals } from '@/lib/delivery/retention';

const USAGE = 'Usage: npm run outbox -- status | drain | retry <reference> | purge';

function describeJob(job: JobSummary): string {
  const next = job.state === 'pending' ? ` next attempt ${new Date(job.nextAttemptAt).toISOString()}` : '';
  return `${job.reference}  ${job.state.padEnd(7)}  attempts ${job.attempts}  ${job.lastError ?? '-'}${next}`;
}

async function printStatus(repository: DeliveryRepository, print: (line: string) => void): Promise<void> {
  const counts = await repository.countByState();
  print(`pending ${counts.pending}, sending ${counts.sending}, sent ${counts.sent}, dead ${counts.dead}`);
  const jobs = await repository.listJobs(['dead', 'pending', 'sending']);
  jobs.sort((a, b) => Number(b.state === 'dead') - Number(a.state === 'dead'));
  for (const job of jobs) print(describeJob(job));
  if (counts.dead > 0) {
    print(`${counts.dead} referral(s) could not be delivered: fix the cause, then "npm run outbox -- retry <reference>".`);
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

/** Runs one CLI command; resolves with the process exit code. */
export async function runOutboxCli(args: string[], env: Env, print: (line: string) => void): Promise<number> {
  const [command, argument] = args;
  if (!command || !['status', 'drain', 'retry', 'purge'].includes(command)) {
    print(USAGE);
    return 2;
  }
  const { repository, dataKey } = openDeliveryStorage(env);
  try {
    if (command === 'status') {
      await printStatus(repository, print);
      return 0;
    }
    if (command === 'retry') {
      const reference = argument ? normaliseReference(argument) : undefined;
      if (!reference) {
        print(`Give a reference like KQ7M-X4PD. ${USAGE}`);
        return 2;
      }
      if (!(await repository.retry(reference, Date.now()))) {
        print(`No dead-letter or waiting referral has the reference ${reference}.`);
        return 1;
      }
      print(`${reference} is queued for delivery now, with a fresh attempt count.`);
      return 0;
    }
    if (command === 'purge') {
      const purged = await purgeExpiredReferrals(repository, env.delivery.retentionDays);
      print(`Deleted ${purged.length} referral(s) delivered more than ${env.delivery.retentionDays} days ago.`);
      return 0;
    }
    // drain
    const smtpUrl = smtpUrlFor(env);
    if (!smtpUrl) {
      print('The embedded mail server is not running: start the site (npm run demo), then drain again.');
      return 1;
    }
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
    repository.close();
  }
}
