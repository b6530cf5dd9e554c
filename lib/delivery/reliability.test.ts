/**
 * Reliability, end to end with real processes: the delivery test server (the real start hook,
 * acceptReferral and outbox in a child process), a real SQLite file, and a real SMTP server on
 * loopback. SMTP outage, SIGKILL mid-burst, double submission, permanent refusal, the CLI,
 * injection, encrypted mode and the embedded default, each against the real thing.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { completeAnswers } from '@/testing/test-answers';
import { productionSettingsWithout } from '@/testing/test-env';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FAST_OUTBOX,
  runDeliveryProcessToExit,
  startDeliveryProcess,
  waitUntil,
  type DeliveryProcess,
} from '@/e2e/support/delivery-process';
import { createTestKeyring } from '@/e2e/support/gpg';
import { freePort, startSmtpCapture, type SmtpCapture } from '@/e2e/support/smtp-capture';
import { listMailbox, readMailboxMessage } from '@/lib/mailbox/mailbox';
import { createTestDatabase } from '@/testing/test-stores';

const RECIPIENT = 'intake@support-service.example';
const FROM = 'referrals-noreply@get-help.example';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'delivery-reliability-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function capture(port = 0): Promise<SmtpCapture> {
  const server = await startSmtpCapture(port);
  cleanups.push(() => server.close());
  return server;
}

async function server(env: Record<string, string>): Promise<DeliveryProcess> {
  const child = await startDeliveryProcess({ ...FAST_OUTBOX, MAIL_FROM: FROM, REFERRAL_TO_EMAIL: RECIPIENT, ...env });
  cleanups.push(() => (child.child.exitCode === null && child.child.signalCode === null ? child.kill9() : undefined));
  return child;
}

const token = () => randomBytes(16).toString('base64url');

/** The reference each captured message carries in its (stable) Message-ID. */
function deliveredReferences(smtp: SmtpCapture): string[] {
  return smtp.messages.map((message) => {
    const match = /^Message-ID:\s*<referral-([a-z0-9]{4}-[a-z0-9]{4})@/im.exec(message.raw.toString('latin1'));
    return match ? match[1]!.toUpperCase() : 'none';
  });
}

/** Submits `count` referrals, `concurrency` at a time; collects the references that came back. */
async function burst(child: DeliveryProcess, count: number, concurrency: number, received: string[]): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const index = next++;
      try {
        received.push(await child.submit({ formToken: token(), payload: completeAnswers({ description: `Canary ${index}` }) }));
      } catch {
        // The server was killed under this request: no reference was given, so nothing is owed.
        return;
      }
    }
  });
  await Promise.all(workers);
}

const cli = promisify(execFile);
async function outboxCli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await cli('npm', ['run', '-s', 'outbox', '--', ...args], {
      env: { ...process.env, APP_MODE: 'demo', DATA_DIR: dataDir, ...FAST_OUTBOX },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

describe('delivery reliability (real processes, real SMTP on loopback)', () => {
  it('accepts everything while SMTP is down, then delivers each exactly once when it is back', async () => {
    const port = await freePort();
    const child = await server({ DATA_DIR: tempDataDir(), SMTP_URL: `smtp://127.0.0.1:${port}` });
    const accepted: string[] = [];
    await burst(child, 25, 5, accepted);
    expect(accepted).toHaveLength(25);
    expect(new Set(accepted).size).toBe(25);
    // Let the worker fail against the closed port a few times.
    await waitUntil(async () => (await child.status()).pending === 25, 10_000, 'failed attempts');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await child.status()).sent).toBe(0);

    const smtp = await capture(port);
    await waitUntil(async () => (await child.status()).sent === 25, 30_000, 'delivery after the outage');
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // room for any duplicate to arrive
    const delivered = deliveredReferences(smtp);
    expect(delivered.length).toBe(25);
    expect(new Set(delivered)).toEqual(new Set(accepted));
    expect(smtp.messages.every((m) => m.envelope.to.join() === RECIPIENT)).toBe(true);

    // A clean stop on SIGTERM.
    expect(await child.stop()).toBe(0);
    expect(child.output()).toContain('"event":"outbox.stopped"');
  }, 90_000);

  it('loses nothing when killed with SIGKILL mid-burst: every reference given is stored and delivered', async () => {
    const dataDir = tempDataDir();
    const smtp = await capture();
    const env = { DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
    const first = await server(env);
    const received: string[] = [];
    const submissions = burst(first, 400, 8, received);
    await waitUntil(() => received.length >= 40, 30_000, 'the burst to be under way');
    await first.kill9();
    await submissions;
    expect(received.length).toBeGreaterThanOrEqual(40);
    expect(received.length).toBeLessThan(400);

    const db = new Database(path.join(dataDir, 'referrals.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(
      (db.prepare('SELECT reference FROM referrals').all() as { reference: string }[]).map((row) => row.reference),
    );
    db.close();
    for (const reference of received) expect(stored.has(reference), reference).toBe(true);

    const second = await server(env);
    await waitUntil(
      async () => (await second.status()).sent === stored.size,
      60_000,
      'every stored referral to be delivered after the restart',
    );
    const delivered = deliveredReferences(smtp);
    expect(new Set(delivered)).toEqual(stored);
    // At-least-once: only the one job in flight at the kill may have gone twice.
    expect(delivered.length - stored.size).toBeLessThanOrEqual(1);
    expect(await second.stop()).toBe(0);
  }, 120_000);

  it('on PostgreSQL too: SIGKILL mid-burst loses nothing, and each stored referral is delivered once', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const smtp = await capture();
    const env = { DATA_DIR: tempDataDir(), DATABASE_URL: database.url, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
    const first = await server(env);
    const received: string[] = [];
    const submissions = burst(first, 300, 8, received);
    await waitUntil(() => received.length >= 30, 30_000, 'the burst to be under way');
    await first.kill9();
    await submissions;
    expect(received.length).toBeLessThan(300);

    const second = await server(env);
    const stored = await second.status();
    const storedCount = stored.pending + stored.sending + stored.sent;
    expect(storedCount).toBeGreaterThanOrEqual(received.length);
    await waitUntil(async () => (await second.status()).sent === storedCount, 60_000, 'delivery after the restart');
    const delivered = deliveredReferences(smtp);
    for (const reference of received) expect(delivered, reference).toContain(reference);
    expect(new Set(delivered).size).toBe(storedCount);
    // At-least-once: only the one job in flight at the kill may have gone twice.
    expect(delivered.length - storedCount).toBeLessThanOrEqual(1);
    expect(await second.stop()).toBe(0);
    // It really was PostgreSQL: no SQLite file was made.
    expect(fs.existsSync(path.join(env.DATA_DIR, 'referrals.sqlite'))).toBe(false);
  }, 120_000);

  it('makes one referral and one email of the same form token sent twice', async () => {
    const smtp = await capture();
    const child = await server({ DATA_DIR: tempDataDir(), SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const formToken = token();
    const references = await Promise.all([
      child.submit({ formToken, payload: completeAnswers() }),
      child.submit({ formToken, payload: completeAnswers() }),
    ]);
    references.push(await child.submit({ formToken, payload: completeAnswers() }));
    expect(new Set(references).size).toBe(1);
    await smtp.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(deliveredReferences(smtp)).toEqual([references[0]]);
    expect(await child.status()).toMatchObject({ sent: 1, pending: 0 });
  }, 60_000);

  it('moves a permanent 550 to dead letter after the bound; the CLI shows it and retries it', async () => {
    const dataDir = tempDataDir();
    const smtp = await capture();
    smtp.refuseWith = 550;
    const child = await server({ DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const reference = await child.submit({ formToken: token(), payload: completeAnswers() });
    await waitUntil(async () => (await child.status()).dead === 1, 20_000, 'the dead letter');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await child.status()).toMatchObject({ dead: 1, pending: 0, sent: 0 });
    expect(smtp.messages).toHaveLength(0);
    expect(child.output()).toMatch(new RegExp(`"event":"delivery.dead_letter","reference":"${reference}","errorCode":"smtp-550","attempt":3`));

    const status = await outboxCli(dataDir, 'status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('dead 1');
    expect(status.stdout).toMatch(new RegExp(`${reference}\\s+dead\\s+attempts 3\\s+smtp-550`));

    smtp.refuseWith = undefined;
    const retry = await outboxCli(dataDir, 'retry', reference.toLowerCase());
    expect(retry.code).toBe(0);
    await smtp.waitFor(1);
    await waitUntil(async () => (await child.status()).sent === 1, 10_000, 'the retried delivery');
    expect((await outboxCli(dataDir, 'status')).stdout).toContain('pending 0, sending 0, sent 1, dead 0');
  }, 60_000);

  it('keeps recipients and headers fixed whatever the fields contain', async () => {
    const smtp = await capture();
    const child = await server({
      DATA_DIR: tempDataDir(),
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      ROUTE_SCOTLAND_EMAIL: 'referrals@scottish-partner.example',
    });
    const hostile = 'x\r\nBcc: attacker@evil.example\r\nSubject: pwned\n<script>alert(1)</script><img src=x onerror=alert(1)>';
    const reference = await child.submit({
      formToken: token(),
      nation: 'scotland',
      payload: completeAnswers({ preferredName: hostile, description: hostile, contactMethod: 'email', email: 'attacker@evil.example' }),
    });
    await smtp.waitFor(1);
    const [message] = smtp.messages;
    expect(message!.envelope).toEqual({ from: FROM, to: ['referrals@scottish-partner.example'] });
    const mail = await smtp.parse(0);
    expect(mail.subject).toBe(`Referral ${reference}, priority: High`);
    for (const header of ['cc', 'bcc', 'reply-to']) expect(mail.headers.has(header)).toBe(false);
    expect(message!.raw.toString('latin1').split('\r\n\r\n')[0]).not.toMatch(/evil\.example|pwned/);
    expect(mail.html).not.toMatch(/<script|<img/i);
  }, 60_000);

  it('in encrypted mode sends only PGP/MIME that gpg decrypts, and with a bad key sends nothing', async () => {
    const keyring = createTestKeyring();
    cleanups.push(() => keyring.dispose());
    const smtp = await capture();
    const good = await server({
      DATA_DIR: tempDataDir(),
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PGP_PUBLIC_KEY_FILE: keyring.publicKeyFile,
    });
    const reference = await good.submit({ formToken: token(), payload: completeAnswers({ description: 'CanaryEncrypted' }) });
    await smtp.waitFor(1);
    const raw = smtp.messages[0]!.raw.toString('utf8');
    expect(raw).not.toContain('CanaryEncrypted');
    const mail = await smtp.parse(0);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/encrypted' });
    const armored = mail.attachments.find((a) => a.contentType === 'application/octet-stream')!;
    const clear = keyring.decrypt(armored.content.toString('utf8'));
    expect(clear).toContain('CanaryEncrypted');
    expect(clear).toContain(`referral-${reference}.json`);

    const badKey = path.join(tempDataDir(), 'not-a-key.asc');
    fs.writeFileSync(badKey, 'this is not an OpenPGP key');
    const bad = await server({ DATA_DIR: tempDataDir(), SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PGP_PUBLIC_KEY_FILE: badKey });
    await bad.submit({ formToken: token(), payload: completeAnswers({ description: 'CanaryMustNotLeave' }) });
    await waitUntil(() => bad.output().includes('"event":"delivery.blocked"'), 10_000, 'the blocked delivery');
    // The log line comes just before the job goes back to waiting: wait for that, not for a
    // fixed time, which a busy machine may not keep.
    await waitUntil(async () => (await bad.status()).pending === 1, 10_000, 'the blocked job back to waiting');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.messages).toHaveLength(1);
    expect(await bad.status()).toMatchObject({ pending: 1, sent: 0, dead: 0 });
    expect(bad.output()).toContain('"errorCode":"pgp-key-invalid"');
  }, 60_000);

  it('in the embedded default, delivers to its own loopback SMTP server and the mailbox reads it', async () => {
    const dataDir = tempDataDir();
    const child = await server({ DATA_DIR: dataDir, EMBEDDED_SMTP_PORT: '0' });
    const reference = await child.submit({ formToken: token(), payload: completeAnswers({ description: 'Canary <b>bold</b>' }) });
    await waitUntil(async () => (await listMailbox(dataDir)).length === 1, 20_000, 'the mailbox');
    const [summary] = await listMailbox(dataDir);
    expect(summary!.subject).toBe(`Referral ${reference}, priority: High`);
    const message = await readMailboxMessage(dataDir, summary!.id);
    expect(message!.text).toContain('Canary <b>bold</b>');
    expect(message!.html).toContain('Canary &lt;b&gt;bold&lt;/b&gt;');
    expect(message!.attachments.map((a) => a.filename)).toEqual([`referral-${reference}.json`]);
    expect(fs.statSync(path.join(dataDir, 'data.key')).mode & 0o777).toBe(0o600);
    expect(child.output()).toContain('"event":"storage.data_key_created"');
  }, 60_000);

  it('refuses to start in production without a real SMTP relay, or with one reached without TLS', async () => {
    const production = { ...productionSettingsWithout('SMTP_URL'), DATA_DIR: tempDataDir() };
    const noRelay = await runDeliveryProcessToExit(production);
    expect(noRelay.code).toBe(1);
    expect(noRelay.output).toContain('SMTP_URL: is required when APP_MODE=production');
    expect(fs.existsSync(path.join(production.DATA_DIR, 'mailbox'))).toBe(false);

    const weakened = await runDeliveryProcessToExit({ ...production, SMTP_URL: 'smtp://relay.example.org?ignoreTLS=true' });
    expect(weakened.code).toBe(1);
    expect(weakened.output).toContain('SMTP_URL must not carry options');
  }, 60_000);
});
