/**
 * Delivery's parts of a process: the mail transport it sends through (a relay, or in the embedded
 * default a loopback SMTP server that keeps what it receives in the demo mailbox) and the outbox as
 * configured. The server's runtime (`server.ts`) and `npm run outbox` build their delivery here.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '@/lib/env';
import { log } from '@/lib/log';
import { createOutbox, type JobComposer, type Outbox } from '@/lib/delivery/outbox';
import { loadPublicKey, PgpKeyError } from '@/lib/delivery/pgp-mime';
import { referralJobComposer } from '@/lib/delivery/referral-job';
import type { ClaimedDigest, DeliveryRepository } from '@/lib/delivery/repository';
import { createSmtpTransport, smtpOptionsFromUrl, type MailTransport } from '@/lib/delivery/smtp-transport';
import { startEmbeddedSmtpServer, type EmbeddedSmtpServer } from '@/lib/mailbox/embedded-smtp-server';
import { mailboxDirectory } from '@/lib/mailbox/mailbox';
import { referralComposer } from '@/lib/runtime/referral-composer';

/** Where the embedded SMTP server writes the port it listens on (useful when it was 0: any free port). */
export function embeddedSmtpPortFile(dataDir: string): string {
  return path.join(dataDir, 'embedded-smtp.port');
}

export type MailRelay = {
  /** Where the outbox sends: the configured relay, or the embedded server on loopback. */
  smtpUrl: string;
  /** Only in the embedded default. */
  embeddedSmtp: EmbeddedSmtpServer | undefined;
  close(): Promise<void>;
};

/**
 * Checks the relay's URL (so a bad one stops the server at once) or, in the embedded default,
 * starts the loopback SMTP server and writes its port file for `npm run outbox`.
 */
export async function startMailRelay(env: Env): Promise<MailRelay> {
  const smtp = env.delivery.smtp;
  if (smtp.kind === 'url') {
    smtpOptionsFromUrl(smtp.url);
    return { smtpUrl: smtp.url, embeddedSmtp: undefined, close: async () => {} };
  }
  const embeddedSmtp = await startEmbeddedSmtpServer({ port: smtp.port, mailboxDir: mailboxDirectory(env.dataDir) });
  const portFile = embeddedSmtpPortFile(env.dataDir);
  fs.writeFileSync(portFile, `${embeddedSmtp.port}\n`, { mode: 0o600 });
  log.info('mailbox.embedded_smtp_started', { port: embeddedSmtp.port });
  return {
    smtpUrl: `smtp://127.0.0.1:${embeddedSmtp.port}`,
    embeddedSmtp,
    async close() {
      await embeddedSmtp.close();
      // A port file left behind would send `outbox drain` to whoever listens there next.
      fs.rmSync(portFile, { force: true });
    },
  };
}

/** Says at start whether referrals leave encrypted, so an operator who meant to encrypt sees it. */
export async function checkEncryptionKey(env: Env): Promise<void> {
  if (!env.delivery.pgpPublicKeyFile) {
    log.warn('delivery.encryption_off');
    return;
  }
  // Not fatal: referrals are still accepted and kept, but the log says at once why none leave.
  try {
    await loadPublicKey(env.delivery.pgpPublicKeyFile);
    log.info('delivery.pgp_enabled');
  } catch (error) {
    log.error('delivery.pgp_key_unusable', { errorCode: error instanceof PgpKeyError ? error.code : 'unknown' });
  }
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
