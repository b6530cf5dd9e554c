/**
 * The check-back on each real store (a SQLite file, and a PostgreSQL database), with referrals
 * accepted the way the form accepts them and a clock the test moves: choosing a PIN, the same
 * answer and the same work for a wrong PIN and an unknown reference, the lockout and its end,
 * single-use page tokens, messages both ways (encrypted at rest), and withdrawal leaving no
 * content anywhere the store keeps it (SQLite's file, WAL and shared memory byte for byte; every
 * row of every PostgreSQL table).
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { encryptNote, loadCase } from '@/lib/runtime/case-view';
import { parseEnv } from '@/lib/env';
import { canaryAnswers } from '@/testing/test-answers';
import { hashPassword, verifyPassword } from '@/lib/crypto/password';
import { demoSettings } from '@/testing/test-env';
import { captureLog } from '@/testing/test-log';
import { openTestStore, STORE_KINDS, type StoreKind, type TestStore } from '@/testing/test-stores';
import { PIN_LOCK_MS } from './check-back-rules';
import { createCheckBack } from './check-back';
import { encryptMessage } from './messages';
import { createPinLockout } from './pin-lockout';

const opened: TestStore[] = [];
afterEach(async () => {
  for (const each of opened.splice(0)) await each.cleanup();
});

const start = Date.parse('2026-11-23T09:00:00Z');
const PIN = '418 273';

async function setUp(kind: StoreKind) {
  const test = await openTestStore(kind);
  opened.push(test);
  const { cases, checkBack: checkBackRepository, staff, delivery } = test.store;
  const clock = { now: start };
  const dataKey = randomBytes(32);
  // Every PIN check, with the hash it was given: the same work is one argon2id verify either way.
  const verified: (string | undefined)[] = [];
  const service = createCheckBack({
    checkBack: checkBackRepository,
    cases,
    dataKey,
    lockout: createPinLockout(),
    audit: (action, reference, detail) => staff.appendAudit({ at: clock.now, actor: 'person', action, reference, detail: detail ?? null }),
    hashPin: hashPassword,
    verifyPin: (stored, pin) => {
      verified.push(stored);
      return verifyPassword(stored, pin);
    },
    now: () => clock.now,
  });
  const accept = async (payload: object) =>
    (
      await acceptReferralWith(
        { repository: delivery, dataKey, now: () => clock.now, log: captureLog().log },
        { formToken: randomBytes(16).toString('hex'), nation: 'england', payload: payload as Record<string, unknown> },
      )
    ).reference;
  const inbox = { cases, checkBack: checkBackRepository, dataKey, env: parseEnv(demoSettings), now: () => clock.now };
  return { test, clock, service, accept, staff, cases, checkBackRepository, inbox, dataKey, verified };
}

async function withPin(context: Awaited<ReturnType<typeof setUp>>, marker = 'Wq-canary-7731') {
  const { answers } = canaryAnswers(marker);
  const reference = await context.accept(answers);
  const offer = await context.service.offerPin(reference, {});
  expect(await context.service.choosePin(offer, PIN, PIN)).toEqual({ outcome: 'chosen', reference, shown: {} });
  return reference;
}

describe.each(STORE_KINDS)('on %s', (kind) => {
  describe('choosing a PIN', () => {
    it('refuses one that is short, not numbers, easy to guess or not repeated, and then takes one once', async () => {
      const context = await setUp(kind);
      const reference = await context.accept(canaryAnswers('Wq-x').answers);
      const offer = await context.service.offerPin(reference, {});
      const refusal = async (pin: string, again = pin) => {
        const result = await context.service.choosePin(offer, pin, again);
        return result.outcome === 'refused' ? result.error.message : result.outcome;
      };
      expect(await refusal('')).toBe('Enter a PIN');
      expect(await refusal('12a456')).toBe('PIN must only include numbers 0 to 9');
      expect(await refusal('12345')).toBe('PIN must be 6 numbers or more');
      expect(await refusal('1234567890123')).toBe('PIN must be 12 numbers or fewer');
      expect(await refusal('111111')).toMatch(/^PIN is too easy to guess/);
      expect(await refusal('456789')).toMatch(/^PIN is too easy to guess/);
      expect(await refusal('418273', '418274')).toBe('Enter the same PIN again');
      expect(await refusal(PIN)).toBe('chosen');
      // The offer is used up: a second PIN cannot replace the first.
      expect(await refusal('902144')).toBe('expired');
      expect(await context.checkBackRepository.pinHash(reference)).toMatch(/^\$argon2id\$/);
    });

    it('ends the offer after half an hour', async () => {
      const context = await setUp(kind);
      const reference = await context.accept(canaryAnswers('Wq-y').answers);
      const offer = await context.service.offerPin(reference, {});
      context.clock.now += 30 * 60 * 1000 + 1;
      expect(await context.service.choosePin(offer, PIN, PIN)).toEqual({ outcome: 'expired' });
    });
  });

  describe('signing in', () => {
    it('answers a wrong PIN and an unknown reference alike, after one argon2id check each', async () => {
      const context = await setUp(kind);
      const reference = await withPin(context);
      const noPin = await context.accept(canaryAnswers('Wq-z').answers);
      context.verified.length = 0;
      expect(await context.service.signIn(reference, '000001', 'client-a')).toEqual({ outcome: 'no-match' });
      expect(await context.service.signIn('KQ7M-X4PD', '000001', 'client-b')).toEqual({ outcome: 'no-match' });
      expect(await context.service.signIn(noPin, '000001', 'client-c')).toEqual({ outcome: 'no-match' });
      // One check each: against the real hash, then against the dummy (no hash) for the other two.
      expect(context.verified.map((hash) => (hash ? 'real' : 'dummy'))).toEqual(['real', 'dummy', 'dummy']);
    });

    it('locks a reference after five wrong PINs for 15 minutes, known or not, and lets the right PIN in after', async () => {
      const context = await setUp(kind);
      const reference = await withPin(context);
      for (const target of [reference, 'KQ7M-X4PD']) {
        for (let i = 0; i < 5; i += 1) expect((await context.service.signIn(target, '000001', `client-${i}`)).outcome).toBe('no-match');
        const locked = await context.service.signIn(target, PIN, 'another-client');
        expect(locked).toEqual({ outcome: 'locked', retryAfterMs: PIN_LOCK_MS });
      }
      context.clock.now += PIN_LOCK_MS - 1;
      expect((await context.service.signIn(reference, PIN, 'another-client')).outcome).toBe('locked');
      context.clock.now += 1;
      const signedIn = await context.service.signIn(reference, PIN, 'another-client');
      expect(signedIn.outcome).toBe('signed-in');
      if (signedIn.outcome !== 'signed-in') return;
      expect(signedIn.page.status.title).toBe('Received');
    });

    it('slows down one client that fails on many references', async () => {
      const context = await setUp(kind);
      for (let i = 0; i < 10; i += 1) await context.service.signIn(`KQ7M-X4P${'ACDEFGHJKM'[i]}`, '000001', 'busy');
      expect((await context.service.signIn('KQ7M-X4PN', '000001', 'busy')).outcome).toBe('locked');
      expect((await context.service.signIn('KQ7M-X4PN', '000001', 'someone-else')).outcome).toBe('no-match');
    });
  });

  describe('the conversation and withdrawal', () => {
    it('shows the status in words and the messages, takes a reply, uses each page token once, and withdraws', async () => {
      const context = await setUp(kind);
      const reference = await withPin(context);
      const added = await context.staff.addStaff({ email: 'sam@support.example', role: 'caseworker', enrolmentTokenHash: 'x', enrolmentExpiresAt: 0, now: 0 });
      if (added.outcome !== 'created') throw new Error();
      await context.cases.setStatus(reference, 'waiting', null, context.clock.now);
      await context.cases.addNote(reference, added.member.id, encryptNote(context.dataKey, reference, 'Wq-note-canary-2290'), context.clock.now);
      const question = 'Is Tuesday at 2pm safe to call? Wq-message-canary-1180';
      await context.checkBackRepository.addMessage(reference, 'support-worker', added.member.id, encryptMessage(context.dataKey, reference, question), context.clock.now);

      const signedIn = await context.service.signIn(reference, PIN, 'client');
      if (signedIn.outcome !== 'signed-in') throw new Error(signedIn.outcome);
      expect(signedIn.page.status).toEqual({ title: 'Waiting for you', detail: expect.stringContaining('waiting to hear from you') });
      expect(signedIn.page.messages.map((message) => message.text)).toEqual([question]);

      const refused = await context.service.reply(signedIn.session, ' ');
      expect(refused?.error).toBe('Enter a message');
      const reply = 'Yes, Tuesday is fine. Wq-reply-canary-4402';
      const replied = await context.service.reply(refused?.session, reply);
      expect(replied?.page.messages.map((message) => [message.author, message.text])).toEqual([
        ['support-worker', question],
        ['person', reply],
      ]);
      // A token is good once: the page kept in history cannot post again.
      expect(await context.service.reply(refused?.session, 'again')).toBeUndefined();
      // The support worker sees the reply, and that their question was read.
      const caseView = await loadCase(context.inbox, reference);
      if (!caseView || caseView.withdrawn) throw new Error('the case should be there');
      expect(caseView.messages.map((message) => [message.author, message.text, message.readAt !== null])).toEqual([
        ['support-worker', question, true],
        ['person', reply, false],
      ]);

      const confirm = await context.service.askToWithdraw(replied?.session);
      expect(confirm?.reference).toBe(reference);
      expect(await context.service.withdraw(confirm?.session)).toEqual({ reference });
      const tombstone = await loadCase(context.inbox, reference);
      expect(tombstone).toMatchObject({ withdrawn: true, record: { reference, status: 'closed', outcome: 'withdrawn' } });
      // The PIN went with it.
      expect((await context.service.signIn(reference, PIN, 'client')).outcome).toBe('no-match');

      const rows = async (sql: string) => (await context.test.sql(sql)) as Record<string, unknown>[];
      expect(await rows('SELECT length(payload) AS size FROM referrals')).toEqual([{ size: 0 }]);
      for (const table of ['case_notes', 'case_messages', 'check_back_pins']) expect(await rows(`SELECT * FROM ${table}`)).toEqual([]);
      // Nothing of what was typed in the audit log either: codes and the reference only.
      const audit = JSON.stringify(await rows('SELECT actor, action, reference, detail FROM audit_log'));
      expect(audit).not.toMatch(/Wq-/);
      expect(await rows('SELECT actor, action FROM audit_log ORDER BY id')).toEqual([
        { actor: 'person', action: 'pin-chosen' },
        { actor: 'person', action: 'message-read' },
        { actor: 'person', action: 'reply' },
        { actor: 'person', action: 'withdrawn' },
      ]);
      const stored = await context.test.storedText();
      for (const canary of ['Wq-canary-7731', 'Wq-message-canary-1180', 'Wq-reply-canary-4402', 'Wq-note-canary-2290', '$argon2id$']) {
        expect(stored.includes(canary), canary).toBe(false);
      }
    });
  });
});
