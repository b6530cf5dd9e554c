/**
 * The embedded SMTP server of the demo: a real SMTP server (the `smtp-server` package) on
 * loopback only, that saves every message it receives as an .eml file in the mailbox
 * directory. The outbox sends to it exactly as it would to a real relay, so the mailbox page
 * shows what a support worker would receive.
 *
 * No TLS (it never leaves the machine, and smtp-server's bundled certificate has expired) and
 * no authentication; it refuses to listen anywhere but loopback.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export type EmbeddedSmtpServer = {
  port: number;
  close(): Promise<void>;
};

/** Referral emails are small; this only stops a runaway client filling the disk. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** A new message file name: time first so names sort by arrival, then random to stay unique. */
function newMessageName(): string {
  return `${Date.now()}-${randomBytes(6).toString('hex')}.eml`;
}

/** Starts the server on 127.0.0.1 (`port` 0 picks a free one) and resolves once it listens. */
export async function startEmbeddedSmtpServer(options: {
  port: number;
  mailboxDir: string;
}): Promise<EmbeddedSmtpServer> {
  await fs.mkdir(options.mailboxDir, { recursive: true, mode: 0o700 });
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    size: MAX_MESSAGE_BYTES,
    banner: 'Local demo mailbox',
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          return;
        }
        const name = newMessageName();
        const finalPath = path.join(options.mailboxDir, name);
        const partPath = `${finalPath}.part`;
        // Written whole, then renamed: the mailbox page never reads half a message, and "250 OK"
        // is only sent once the message is on disk.
        fs.writeFile(partPath, Buffer.concat(chunks), { mode: 0o600 })
          .then(() => fs.rename(partPath, finalPath))
          .then(() => callback(null, `Saved ${name}`))
          .catch((error: Error) => callback(error));
      });
    },
  });
  server.on('error', () => {
    // Per-connection errors (a client hanging up) must not crash the service.
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.server.once('error', onError);
    server.listen(options.port, '127.0.0.1', () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
