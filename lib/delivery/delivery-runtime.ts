/**
 * The delivery machinery of one server process, started once from the server start hook:
 * the database (refused if its durability settings do not hold), the data key, the SMTP
 * transport (or, in the embedded default, a loopback SMTP server and its mailbox), the outbox
 * worker (referrals and the managers' daily digest), and the hourly timer that applies retention
 * and queues the digest.
 *
 * Kept on `globalThis` because Next.js loads the start hook and the routes as separate module
 * graphs in the same process: a module-level variable would give each its own database handle
 * and worker. The first caller starts it; everyone else gets the same instance.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDataDirectory } from '@/lib/data-directory';
import { getEnv, type Env } from '@/lib/env';
import { log } from '@/lib/log';
import { loadDataKey } from '@/lib/delivery/data-key';
import { createOutbox, type JobComposer, type Outbox } from '@/lib/delivery/outbox';
import { loadPublicKey, PgpKeyError } from '@/lib/delivery/pgp-mime';
import { referralComposer } from '@/lib/delivery/referral-composer';
import { referralJobComposer } from '@/lib/delivery/referral-job';
import type { ClaimedDigest, DeliveryRepository } from '@/lib/delivery/repository';
import { createSmtpTransport, smtpOptionsFromUrl, type MailTransport } from '@/lib/delivery/smtp-transport';
import { startEmbeddedSmtpServer, type EmbeddedSmtpServer } from '@/lib/mailbox/embedded-smtp-server';
import { mailboxDirectory } from '@/lib/mailbox/mailbox';
import { managerDigestComposer, purgeDueCases, queueManagerDigest, type CaseLifecycleDeps } from '@/lib/retention/case-lifecycle';
import { openStore } from '@/lib/storage/store';
import type { StaffRepository } from '@/lib/staff/repository';

// Where it was first defined: tests and tools that open SQLite's file directly still import it here.
export { databaseFile } from '@/lib/storage/store';

export type DeliveryRuntime = {
  env: Env;
  repository: DeliveryRepository;
  dataKey: Buffer;
  outbox: Outbox;
  /** Only in the embedded default. */
  embeddedSmtp: EmbeddedSmtpServer | undefined;
  stop(): Promise<void>;
};

const RUNTIME = Symbol.for('get-help-with-intimate-image-abuse.delivery-runtime');
const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

type Holder = { [RUNTIME]?: Promise<DeliveryRuntime> };

/** Where the embedded SMTP server writes the port it listens on (useful when it was 0: any free port). */
export function embeddedSmtpPortFile(dataDir: string): string {
  return path.join(dataDir, 'embedded-smtp.port');
}

/**
 * Opens storage (the store `DATABASE_URL` selects, migrated) and the data key: what both the
 * server and the CLI need. Rejects if the store cannot be opened, so a server stops at once.
 */
export async function openDeliveryStorage(env: Env): Promise<{ repository: DeliveryRepository; dataKey: Buffer }> {
  // DATA_DIR holds the data key and the demo's mailbox with either store, and SQLite's file.
  ensureDataDirectory(env.dataDir);
  const store = openStore(env.storage, env.dataDir);
  try {
    await store.ready;
    return { repository: store.delivery, dataKey: loadDataKey(env.delivery.dataKey) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * What the retention schedule and the managers' digest need, on a connection of their own (on SQLite, WAL
 * lets it work beside the outbox's): the server's hourly timer and the CLI both start here.
 */
export function openCaseLifecycle(
  env: Env,
  dataKey: Buffer,
  mailboxDir?: string,
): { deps: CaseLifecycleDeps & { staff: StaffRepository }; close(): Promise<void> } {
  const store = openStore(env.storage, env.dataDir);
  return {
    deps: {
      env,
      retention: store.retention,
      delivery: store.delivery,
      staff: store.staff,
      dataKey,
      ...(mailboxDir ? { mailboxDir } : {}),
    },
    close: () => store.close(),
  };
}

/**
 * The outbox as configured, sending through `smtpUrl`: referrals, and the managers' digest when
 * given its composer (the server's worker sends both; the CLI's `drain` sends referrals).
 */
export function createConfiguredOutbox(
  env: Env,
  repository: DeliveryRepository,
  dataKey: Buffer,
  smtpUrl: string,
  digest?: JobComposer<ClaimedDigest>,
): { outbox: Outbox; transport: MailTransport } {
  const transport = createSmtpTransport(smtpUrl);
  const referral = referralJobComposer({
    compose: referralComposer(env.delivery, env.retention.policy, env.publicBaseUrl),
    dataKey,
    routing: { mailFrom: env.delivery.mailFrom, recipient: env.delivery.recipient, routes: env.delivery.routes },
    pgpPublicKeyFile: env.delivery.pgpPublicKeyFile,
  });
  const outbox = createOutbox({ repository, transport, composers: { referral, ...(digest ? { digest } : {}) }, policy: env.delivery.outbox });
  return { outbox, transport };
}

async function boot(env: Env): Promise<DeliveryRuntime> {
  const smtpConfig = env.delivery.smtp;
  // Check the relay's URL before anything starts, so a bad one stops the server at once.
  if (smtpConfig.kind === 'url') smtpOptionsFromUrl(smtpConfig.url);

  const { repository, dataKey } = await openDeliveryStorage(env);
  let embeddedSmtp: EmbeddedSmtpServer | undefined;
  let smtpUrl: string;
  try {
    if (smtpConfig.kind === 'embedded') {
      embeddedSmtp = await startEmbeddedSmtpServer({
        port: smtpConfig.port,
        mailboxDir: mailboxDirectory(env.dataDir),
      });
      fs.writeFileSync(embeddedSmtpPortFile(env.dataDir), `${embeddedSmtp.port}\n`, { mode: 0o600 });
      log.info('mailbox.embedded_smtp_started', { port: embeddedSmtp.port });
      smtpUrl = `smtp://127.0.0.1:${embeddedSmtp.port}`;
    } else {
      smtpUrl = smtpConfig.url;
    }
  } catch (error) {
    await repository.close();
    throw error;
  }

  if (env.delivery.pgpPublicKeyFile) {
    // Not fatal: referrals are still accepted and kept, but the log says at once why none leave.
    try {
      await loadPublicKey(env.delivery.pgpPublicKeyFile);
      log.info('delivery.pgp_enabled');
    } catch (error) {
      log.error('delivery.pgp_key_unusable', { errorCode: error instanceof PgpKeyError ? error.code : 'unknown' });
    }
  } else {
    // Said at every start, so that an operator who meant to encrypt sees it in the log.
    log.warn('delivery.encryption_off');
  }

  // The demo mailbox keeps plain-text copies of what it received: they go with their case.
  const lifecycle = openCaseLifecycle(env, dataKey, embeddedSmtp ? mailboxDirectory(env.dataDir) : undefined);
  const { outbox, transport } = createConfiguredOutbox(env, repository, dataKey, smtpUrl, managerDigestComposer(lifecycle.deps));
  outbox.start();

  const purge = async () => {
    try {
      await purgeDueCases(lifecycle.deps, Date.now());
      // The outbox's worker sends it, with the referrals, retried by the same rules.
      if (await queueManagerDigest(lifecycle.deps, Date.now())) outbox.kick();
    } catch (error) {
      log.error('retention.failed', { errorCode: error instanceof Error ? error.name : 'unknown' });
    }
  };
  void purge();
  const retentionTimer = setInterval(purge, RETENTION_INTERVAL_MS);
  retentionTimer.unref();

  let stopping: Promise<void> | undefined;
  const runtime: DeliveryRuntime = {
    env,
    repository,
    dataKey,
    outbox,
    embeddedSmtp,
    stop() {
      stopping ??= (async () => {
        clearInterval(retentionTimer);
        await outbox.stop();
        transport.close();
        await embeddedSmtp?.close();
        // A port file left behind would send `outbox drain` to whoever listens there next.
        if (embeddedSmtp) fs.rmSync(embeddedSmtpPortFile(env.dataDir), { force: true });
        await lifecycle.close();
        await repository.close();
      })();
      return stopping;
    },
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Finish (or abandon to its lease) the job in hand and close the database cleanly. When
      // nothing else handles the signal, leave afterwards; Next.js's own handler exits itself, and
      // anything cut short is safe anyway: commits are durable and an interrupted send is retried.
      const othersListen = process.listenerCount(signal) > 0;
      void runtime.stop().finally(() => {
        if (!othersListen) process.exit(0);
      });
    });
  }
  return runtime;
}

/** Starts delivery for this process (once) and resolves with it. */
export function startDelivery(env: Env = getEnv()): Promise<DeliveryRuntime> {
  const holder = globalThis as Holder;
  holder[RUNTIME] ??= boot(env);
  return holder[RUNTIME];
}
