/**
 * TEST ONLY. A real SMTP server on loopback (the `smtp-server` package) that keeps every
 * message it accepts, raw and with its SMTP envelope, and can be told to refuse: a reply code
 * for RCPT TO (e.g. 550 or 451) until told otherwise. Used by the delivery tests in place of a
 * support service's relay.
 */
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export type CapturedMessage = {
  raw: Buffer;
  envelope: { from: string; to: string[] };
};

export type SmtpCapture = {
  port: number;
  messages: CapturedMessage[];
  /** Refuse every recipient with this code (undefined: accept). */
  refuseWith: number | undefined;
  parse(index: number): Promise<ParsedMail>;
  /** Resolves when at least `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/** Starts a capture server on 127.0.0.1 (`port` 0: any free port). */
export async function startSmtpCapture(port = 0): Promise<SmtpCapture> {
  const capture: SmtpCapture = {
    port: 0,
    messages: [],
    refuseWith: undefined,
    parse: (index) => simpleParser(capture.messages[index]!.raw),
    async waitFor(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (capture.messages.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`Expected ${count} messages, received ${capture.messages.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    // smtp-server's bundled certificate has expired: no STARTTLS on this loopback test server.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (capture.refuseWith === undefined) return callback();
      callback(Object.assign(new Error('Refused by the test'), { responseCode: capture.refuseWith }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        capture.messages.push({
          raw: Buffer.concat(chunks),
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          },
        });
        callback();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  capture.port = (server.server.address() as net.AddressInfo).port;
  return capture;
}

/** A loopback port that was free a moment ago (for a server that must start later). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
