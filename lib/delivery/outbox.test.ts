/**
 * The outbox against real parts, on each store: a SQLite file in a temp directory and a fresh
 * real PostgreSQL database, a real SMTP server on loopback receiving over TCP, mailparser
 * reading what arrived, and real gpg for encrypted mode. Only the clock is fake, so backoff,
 * leases and retention can be stepped through, and must behave the same on both stores.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestKeyring, type TestKeyring } from '@/e2e/support/gpg';
import { startSmtpCapture, type SmtpCapture } from '@/e2e/support/smtp-capture';
import { composeReferralEmail, type ComposedEmail } from '@/lib/referral/email';
import { completeAnswers } from '@/testing/test-answers';
import { captureLog } from '@/testing/test-log';
import { openTestStore, STORE_KINDS, type StoreKind } from '@/testing/test-stores';
import { acceptReferralWith } from './accept';
import { createOutbox } from './outbox';
import { referralJobComposer, type ReferralJobDependencies } from './referral-job';
import type { Nation } from './repository';
import { createSmtpTransport } from './smtp-transport';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const routing = {
  mailFrom: 'referrals-noreply@get-help.example',
  recipient: 'intake@support-service.example',
  routes: { scotland: 'referrals@scottish-partner.example' } as Partial<Record<Nation, string>>,
};
const policy = {
  pollMs: 20,
  leaseMs: 30_000,
  backoff: { baseMs: 1_000, maxMs: 60_000 },
  maxAttempts: 5,
  permanentMaxAttempts: 3,
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The store the tests in progress run on (set by the describe.each below). */
let kind: StoreKind = 'sqlite';

async function setup(options: Partial<Pick<ReferralJobDependencies, 'compose' | 'pgpPublicKeyFile'>> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-test-'));
  const store = await openTestStore(kind);
  const repository = store.store.delivery;
  const capture: SmtpCapture = await startSmtpCapture();
  const transport = createSmtpTransport(`smtp://127.0.0.1:${capture.port}`);
  const clock = { t: START, now: () => clock.t };
  const { log, lines: events } = captureLog();
  const dataKey = randomBytes(32);
  const outbox = createOutbox({
    repository,
    transport,
    composers: {
      referral: referralJobComposer({ compose: options.compose ?? composeReferralEmail, dataKey, routing, pgpPublicKeyFile: options.pgpPublicKeyFile, log }),
    },
    policy,
    clock,
    random: () => 0.5,
    log,
  });
  cleanups.push(async () => {
    transport.close();
    await capture.close();
    await store.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const accept = (formToken: string, payload: Record<string, unknown>, nation: Nation = 'england') =>
    acceptReferralWith({ repository, dataKey, now: clock.now, log }, { formToken, nation, payload });
  /** Everything the store would give back: SQLite's files byte for byte, or every PostgreSQL row. */
  const storedBytes = () => store.storedText();
  return { dir, repository, capture, clock, log, events, outbox, accept, storedBytes, sql: store.sql };
}

const token = () => randomBytes(16).toString('base64url');

describe.each(STORE_KINDS)('on %s', (storeKind) => {
  beforeEach(() => {
    kind = storeKind;
  });

  describe('accepting and delivering', () => {
    it('stores the payload encrypted and delivers one email to the configured recipient', async () => {
      const { accept, outbox, capture, storedBytes, repository } = await setup();
      const { reference, created } = await accept(token(), completeAnswers({ preferredName: 'Canary Alpha', description: 'CanaryStory' }));
      expect(created).toBe(true);
      expect(await storedBytes()).not.toContain('Canary');
      expect(await repository.countByState()).toMatchObject({ pending: 1 });

      expect(await outbox.processOne()).toBe('sent');
      expect(capture.messages).toHaveLength(1);
      expect(capture.messages[0]!.envelope).toEqual({
        from: routing.mailFrom,
        to: [routing.recipient],
      });
      const mail = await capture.parse(0);
      expect(mail.subject).toBe(`Referral ${reference}, priority: High`);
      expect(mail.text).toContain('Canary Alpha');
      expect(mail.messageId).toBe(`<referral-${reference.toLowerCase()}@get-help.example>`);
      expect(mail.attachments.map((a) => a.filename)).toEqual([`referral-${reference}.json`]);
      expect(await repository.countByState()).toMatchObject({ pending: 0, sent: 1 });
      expect(await outbox.processOne()).toBe('idle');
    });

    it('routes by nation when a route is configured', async () => {
      const { accept, outbox, capture } = await setup();
      await accept(token(), { n: 1 }, 'scotland');
      await accept(token(), { n: 2 }, 'wales');
      expect(await outbox.drain()).toBe(2);
      expect(capture.messages.map((m) => m.envelope.to)).toEqual([
        ['referrals@scottish-partner.example'],
        [routing.recipient],
      ]);
    });

    it('gives the same reference for the same form token and sends one email', async () => {
      const { accept, outbox, capture, repository } = await setup();
      const formToken = token();
      const [first, second] = await Promise.all([accept(formToken, { a: 1 }), accept(formToken, { a: 2 })]);
      const third = await accept(formToken, { a: 3 });
      expect(second.reference).toBe(first.reference);
      expect(third.reference).toBe(first.reference);
      expect([first.created, second.created, third.created].filter(Boolean)).toHaveLength(1);
      expect(await outbox.drain()).toBe(1);
      expect(capture.messages).toHaveLength(1);
      expect(await repository.listJobs()).toHaveLength(1);
    });

    it('says whether a repeat of a form token had the first answers or different ones (L1)', async () => {
      const { accept } = await setup();
      const formToken = token();
      const first = await accept(formToken, completeAnswers({ phone: '07700 900 111' }));
      expect(first.created).toBe(true);
      expect(await accept(formToken, completeAnswers({ phone: '07700 900 111' }))).toEqual({ reference: first.reference, created: false, sameAnswers: true });
      expect(await accept(formToken, completeAnswers({ phone: '07700 900 222' }))).toEqual({ reference: first.reference, created: false, sameAnswers: false });
    });

    it('draws another reference when the random one is taken', async () => {
      const { repository, clock } = await setup();
      const dataKey = randomBytes(32);
      const draws = ['ACDE-FGHJ', 'ACDE-FGHJ', 'KQ7M-X4PD'];
      const deps = { repository, dataKey, now: clock.now, newReference: () => draws.shift()!, log: captureLog().log };
      await acceptReferralWith(deps, { formToken: token(), nation: 'england', payload: {} });
      const second = await acceptReferralWith(deps, { formToken: token(), nation: 'england', payload: {} });
      expect(second.reference).toBe('KQ7M-X4PD');
    });

    it('refuses input the form could not have sent, and stores nothing', async () => {
      const { accept, repository } = await setup();
      await expect(accept('short', {})).rejects.toThrow(/form token/);
      await expect(accept(token(), {}, 'mars' as Nation)).rejects.toThrow(/nation/);
      expect(await repository.listJobs()).toHaveLength(0);
    });
  });

  describe('retries, backoff and the dead letter state (fake clock)', () => {
    it('retries a temporary failure on the backoff schedule, never early', async () => {
      const { accept, outbox, capture, clock, repository } = await setup();
      await accept(token(), completeAnswers());
      capture.refuseWith = 451;

      expect(await outbox.processOne()).toBe('retry');
      // attempt 1 failed: delay = 500 + 0.5 * 500 = 750 ms (random fixed at 0.5)
      clock.t += 749;
      expect(await outbox.processOne()).toBe('idle');
      clock.t += 1;
      expect(await outbox.processOne()).toBe('retry');
      // attempt 2 failed: delay = 1000 + 0.5 * 1000 = 1500 ms
      const [job] = await repository.listJobs();
      expect(job).toMatchObject({ state: 'pending', attempts: 2, lastError: 'smtp-451', nextAttemptAt: clock.t + 1_500 });
      clock.t += 1_499;
      expect(await outbox.processOne()).toBe('idle');
      capture.refuseWith = undefined;
      clock.t += 1;
      expect(await outbox.processOne()).toBe('sent');
      expect(capture.messages).toHaveLength(1);
    });

    it('moves a permanent 550 to dead letter after the bound, keeps it, and never retries it alone', async () => {
      const { accept, outbox, capture, clock, repository, events } = await setup();
      const { reference } = await accept(token(), completeAnswers());
      capture.refuseWith = 550;
      const outcomes = [];
      for (let i = 0; i < 6; i += 1) {
        outcomes.push(await outbox.processOne());
        clock.t += 10 * 60_000;
      }
      expect(outcomes).toEqual(['retry', 'retry', 'dead', 'idle', 'idle', 'idle']);
      clock.t += 365 * DAY;
      expect(await outbox.processOne()).toBe('idle');
      expect(await repository.listJobs(['dead'])).toEqual([
        expect.objectContaining({ reference, attempts: 3, lastError: 'smtp-550' }),
      ]);
      expect(events.filter((e) => e.event === 'delivery.dead_letter')).toEqual([
        { level: 'error', time: expect.any(String), event: 'delivery.dead_letter', reference, errorCode: 'smtp-550', attempt: 3 },
      ]);
      // A person fixes the address and retries it.
      capture.refuseWith = undefined;
      expect(await repository.retry(reference, clock.t)).toBe(true);
      expect(await outbox.processOne()).toBe('sent');
      expect(capture.messages).toHaveLength(1);
    });

    it('gives up on a temporary failure after the attempt bound, instead of retrying forever', async () => {
      const { accept, outbox, capture, clock, repository } = await setup();
      await accept(token(), completeAnswers());
      capture.refuseWith = 421;
      for (let i = 0; i < policy.maxAttempts + 2; i += 1) {
        await outbox.processOne();
        clock.t += policy.backoff.maxMs;
      }
      expect(await repository.listJobs()).toEqual([
        expect.objectContaining({ state: 'dead', attempts: policy.maxAttempts, lastError: 'smtp-421' }),
      ]);
    });

    it('treats an unreachable relay as temporary', async () => {
      const { accept, outbox, capture, repository } = await setup();
      await accept(token(), completeAnswers());
      await capture.close();
      expect(await outbox.processOne()).toBe('retry');
      expect((await repository.listJobs())[0]).toMatchObject({ state: 'pending', lastError: 'ESOCKET' });
    });

    it('takes back a job left "sending" by a crashed worker once its lease expires', async () => {
      const { accept, outbox, capture, clock, repository } = await setup();
      await accept(token(), completeAnswers());
      const crashed = await repository.claimDueJob(clock.t, policy.leaseMs);
      expect(crashed).toBeDefined();
      expect(await outbox.processOne()).toBe('idle');
      clock.t += policy.leaseMs - 1;
      expect(await outbox.processOne()).toBe('idle');
      clock.t += 1;
      expect(await outbox.processOne()).toBe('sent');
      // The crashed worker's late outcome is refused: its lease was taken over.
      expect(await repository.markSent(crashed!, clock.t)).toBe(false);
      expect(capture.messages).toHaveLength(1);
    });

    it('dead-letters a payload whose stored bytes were tampered with, sending nothing', async () => {
      const { accept, outbox, capture, sql } = await setup();
      await accept(token(), completeAnswers());
      await sql(kind === 'sqlite' ? 'UPDATE referrals SET payload = zeroblob(64)' : "UPDATE referrals SET payload = decode(repeat('00', 64), 'hex')");
      expect(await outbox.processOne()).toBe('dead');
      expect(capture.messages).toHaveLength(0);
    });
  });

  describe('no injection into the email (fuzzed fields)', () => {
    const hostile = [
      'Canary\r\nBcc: attacker@evil.example',
      'x\nCc: attacker@evil.example\r\nReply-To: attacker@evil.example',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'attacker@evil.example',
      '"Attacker" <attacker@evil.example>',
      '\r\n\r\n--boundary\r\nContent-Type: text/html\r\n\r\n<b>smuggled</b>',
      'Subject: Fake',
    ];

    it('keeps the recipients, headers and subject fixed and escapes the HTML', async () => {
      const { accept, outbox, capture } = await setup();
      // Every free-text answer carries the hostile strings; the address is a real answer too.
      const { reference } = await accept(
        token(),
        completeAnswers({
          preferredName: hostile.join(' '),
          description: hostile.join('\n'),
          safeTimes: hostile.join(' '),
          contactMethod: 'email',
          email: 'attacker@evil.example',
        }),
      );
      await outbox.drain();
      expect(capture.messages).toHaveLength(1);
      const { envelope, raw } = capture.messages[0]!;
      expect(envelope).toEqual({ from: routing.mailFrom, to: [routing.recipient] });

      const mail = await capture.parse(0);
      expect(mail.subject).toBe(`Referral ${reference}, priority: High`);
      expect(mail.to).toMatchObject({ text: routing.recipient });
      for (const header of ['cc', 'bcc', 'reply-to', 'sender']) expect(mail.headers.has(header)).toBe(false);
      const headerBlock = raw.toString('latin1').split('\r\n\r\n')[0]!;
      expect(headerBlock).not.toMatch(/evil\.example/i);
      expect(headerBlock.match(/^subject:/gim)).toHaveLength(1);

      expect(mail.html).not.toMatch(/<script|<img/i);
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(mail.text).toContain('attacker@evil.example'); // kept as text, never as an address
    });

    it('strips CR/LF from a subject even if a formatter put an answer in it', async () => {
      const evilComposer = (payload: Record<string, unknown>, reference: string): ComposedEmail => ({
        ...composeReferralEmail(payload, reference),
        subject: `Referral ${reference}\r\nBcc: attacker@evil.example\nX-Injected: yes`,
      });
      const { accept, outbox, capture } = await setup({ compose: evilComposer });
      await accept(token(), completeAnswers());
      await outbox.drain();
      const mail = await capture.parse(0);
      expect(capture.messages[0]!.envelope.to).toEqual([routing.recipient]);
      expect(mail.headers.has('bcc')).toBe(false);
      expect(mail.headers.has('x-injected')).toBe(false);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    });
  });

  describe('encrypted mode (PGP/MIME, checked with gpg)', () => {
    let keyring: TestKeyring;
    const useKeyring = () => {
      keyring = createTestKeyring();
      cleanups.push(() => keyring.dispose());
      return keyring;
    };

    it('sends only multipart/encrypted that gpg --decrypt turns back into the referral', async () => {
      const { publicKeyFile, decrypt } = useKeyring();
      const { accept, outbox, capture, clock } = await setup({ pgpPublicKeyFile: publicKeyFile });
      // The key was made just now: the fake clock must not be before its creation.
      clock.t = Date.now();
      const { reference } = await accept(token(), completeAnswers({ preferredName: 'CanaryPgpName', description: 'CanaryPgpStory' }));
      expect(await outbox.processOne()).toBe('sent');
      const { raw, envelope } = capture.messages[0]!;
      expect(envelope.to).toEqual([routing.recipient]);
      const text = raw.toString('utf8');
      expect(text).not.toContain('Canary');
      expect(text).toMatch(/Content-Type: multipart\/encrypted;[\s\S]*protocol="application\/pgp-encrypted"/i);

      const mail = await capture.parse(0);
      // L2: the relay and a lock screen see the reference only; the priority is inside.
      expect(mail.subject).toBe(`Referral ${reference}`);
      expect(text).not.toMatch(/priority/i);
      expect(mail.text ?? '').not.toContain('Canary');
      expect(mail.html).toBeFalsy();
      const armored = mail.attachments.find((a) => a.contentType === 'application/octet-stream');
      expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pgp-encrypted', 'application/octet-stream']);

      const decrypted = decrypt(armored!.content.toString('utf8'));
      expect(decrypted).toContain('CanaryPgpName');
      expect(decrypted).toMatch(/Content-Type: multipart\/mixed/i);
      expect(decrypted).toContain(`referral-${reference}.json`);
      expect(decrypted).toMatch(new RegExp(`^Subject: Referral ${reference}, priority: High$`, 'm'));
    });

    it('sends nothing with a missing, unreadable or expired key, and keeps the job pending', async () => {
      const { publicKeyFile } = useKeyring();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'badkey-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      const garbage = path.join(dir, 'garbage.asc');
      fs.writeFileSync(garbage, '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----\n');

      const cases: [string, string, number][] = [
        [path.join(dir, 'missing.asc'), 'pgp-key-missing', 0],
        [garbage, 'pgp-key-invalid', 0],
        // The test key expires after a year: two years on, it must be refused.
        [publicKeyFile, 'pgp-key-unusable', 2 * 365 * DAY],
      ];
      for (const [file, code, later] of cases) {
        const { accept, outbox, capture, clock, repository, events } = await setup({ pgpPublicKeyFile: file });
        clock.t = Date.now() + later;
        const { reference } = await accept(token(), completeAnswers({ preferredName: 'CanaryPlain' }));
        expect(await outbox.processOne()).toBe('blocked');
        clock.t += 7 * DAY;
        expect(await outbox.processOne()).toBe('blocked');
        expect(capture.messages).toHaveLength(0);
        expect(await repository.listJobs()).toEqual([
          expect.objectContaining({ reference, state: 'pending', attempts: 0, lastError: code }),
        ]);
        expect(events.some((e) => e.event === 'delivery.blocked' && e.errorCode === code)).toBe(true);
      }
    });
  });
});
