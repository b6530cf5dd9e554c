/**
 * The delivery resilience scenarios, against the real server at a larger size: an SMTP outage
 * while referrals arrive, and a SIGKILL of the server a third of the way through a burst, which
 * then goes on against the server started again (the burst and its resends: resilience.ts).
 */
import fs from 'node:fs';
import { startSmtpCapture, type SmtpCapture } from '@/e2e/support/smtp-capture';
import { burst, deliveredReferences, waitForDrain } from './referral-traffic';
import { resilienceFigures, type ResilienceFigures } from './resilience';
import { outboxStates, startServer, storedReferences, type BenchServer } from './server';
import { BENCH_RATE_LIMIT, basePort, FAST_OUTBOX, MAIL, tempDir } from './settings';

/** `promise`, or an error saying `failure` once `ms` pass. */
async function within<T>(promise: Promise<T>, ms: number, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** SMTP down while `size` referrals arrive; then it comes back and the outbox catches up. */
export async function smtpOutage(size: number): Promise<ResilienceFigures> {
  const started = Date.now();
  const dataDir = tempDir('outage');
  const smtpPort = basePort + 11;
  const server = await startServer(basePort + 1, {
    DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    ...MAIL,
    ...BENCH_RATE_LIMIT,
    ...FAST_OUTBOX,
  });
  let smtp: SmtpCapture | undefined;
  try {
    const result = await burst(server.baseUrl, size, 10);
    smtp = await startSmtpCapture(smtpPort);
    await waitForDrain(dataDir, smtp, result.references.length, 300_000);
    return resilienceFigures({
      scenario: 'SMTP outage',
      burst: result,
      stored: storedReferences(dataDir),
      delivered: deliveredReferences(smtp),
      seconds: (Date.now() - started) / 1000,
    });
  } finally {
    await server.stop();
    await smtp?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * SIGKILL of the server once a third of a burst of `size` has been accepted. From the moment of
 * the kill every worker waits for the server to be started again (same data directory, same
 * port); the requests the kill cut off are resent with their own form tokens, and the burst goes
 * on to `size`. Then the outbox drains and everything is counted. Each wait is bounded, and a
 * bound passed ends the scenario with an error that says which.
 */
export async function sigkill(size: number): Promise<ResilienceFigures> {
  const started = Date.now();
  const dataDir = tempDir('sigkill');
  const port = basePort + 2;
  const smtp = await startSmtpCapture(basePort + 12);
  const env = { DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ...MAIL, ...BENCH_RATE_LIMIT, ...FAST_OUTBOX };
  const servers: BenchServer[] = [];
  try {
    const first = await startServer(port, env);
    servers.push(first);
    let restart: Promise<void> | undefined;
    let serverReady: Promise<void> = Promise.resolve();
    let accepted = 0;
    const atKill = { accepted: 0, acceptedByKilledServer: 0, stored: [] as string[], downSeconds: 0 };
    const result = await burst(first.baseUrl, size, 10, {
      ready: () => serverReady,
      onReference: (n) => {
        accepted = n;
        if (restart || accepted < Math.floor(size / 3)) return;
        // Set here, synchronously, so that no worker sends anything new to the server being killed.
        atKill.accepted = accepted;
        const killedAt = Date.now();
        restart = (async () => {
          await within(first.kill9(), 15_000, 'SIGKILL mid-burst: the killed server did not exit within 15 s');
          atKill.stored = storedReferences(dataDir);
          const second = await startServer(port, env).catch((error: unknown) => {
            throw new Error('SIGKILL mid-burst: the server did not start again (within 60 s)', { cause: error });
          });
          servers.push(second);
          // Nothing has been sent to the new server yet, so every reference so far came from the old one.
          atKill.acceptedByKilledServer = accepted;
          atKill.downSeconds = (Date.now() - killedAt) / 1000;
        })();
        // Awaited by every worker and below; this only keeps a failure from counting as unhandled meanwhile.
        restart.catch(() => undefined);
        serverReady = restart;
      },
    });
    if (!restart) throw new Error(`SIGKILL mid-burst: the server was never killed (${result.references.length} of ${size} accepted)`);
    await restart;
    const stored = storedReferences(dataDir);
    const drain = await waitForDrain(dataDir, smtp, stored.length, 300_000);
    if (!drain.drained) {
      throw new Error(
        `SIGKILL mid-burst: the outbox did not drain within 300 s (jobs ${JSON.stringify(outboxStates(dataDir))}, ${smtp.messages.length} messages for ${stored.length} stored)`,
      );
    }
    return {
      ...resilienceFigures({
        scenario: 'SIGKILL mid-burst',
        burst: result,
        stored: storedReferences(dataDir),
        delivered: deliveredReferences(smtp),
        storedBeforeResubmission: atKill.stored,
        seconds: (Date.now() - started) / 1000,
      }),
      acceptedAtKill: atKill.accepted,
      acceptedByKilledServer: atKill.acceptedByKilledServer,
      storedAtKill: atKill.stored.length,
      downSeconds: atKill.downSeconds,
    };
  } finally {
    for (const server of servers) await server.stop();
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
