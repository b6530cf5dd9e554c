/**
 * Enrolment, two-step sign-in, sessions and throttling on each store (a real SQLite file, and a
 * fresh real PostgreSQL database), with a fake clock and TOTP codes computed from the secret as
 * an authenticator app would.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestStore, STORE_KINDS, type StoreKind } from '@/testing/test-stores';
import { verifyAuditChain } from './audit-chain';
import { hashSecret, newToken } from '@/lib/crypto/secrets';
import { createSignInThrottle, FREE_ATTEMPTS } from './sign-in-throttle';
import { createStaffAuth, UNKNOWN_ACCOUNT } from './staff-auth';
import { totpCodeAt } from './totp';

/**
 * Every argon2id verification the sign-in makes, with the cost parameters of the hash it checked
 * (`m=...,t=...,p=...`): the real library does the work, the test only counts it.
 */
const verifications = vi.hoisted(() => [] as string[]);
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const argon2 = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...argon2,
    verify: (hashed: string, ...rest: [string]) => {
      verifications.push(/^\$argon2id\$v=\d+\$([^$]+)\$/.exec(hashed)?.[1] ?? 'not an argon2id hash');
      return argon2.verify(hashed, ...rest);
    },
  };
});

const MINUTE = 60_000;
const PASSWORD = 'correct horse battery staple';
const CLIENT = 'client-a';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The store the tests in progress run on (set by the describe.each below). */
let kind: StoreKind = 'sqlite';

async function setUp() {
  const { store, sql, cleanup } = await openTestStore(kind);
  cleanups.push(cleanup);
  const staff = store.staff;
  const clock = { now: Date.parse('2026-11-30T09:00:00Z') };
  const auth = createStaffAuth({
    staff,
    dataKey: randomBytes(32),
    throttle: createSignInThrottle(),
    policy: { idleMs: 30 * MINUTE, absoluteMs: 10 * 60 * MINUTE },
    now: () => clock.now,
  });
  const token = newToken();
  await staff.addStaff({ email: 'sam@support.example', role: 'caseworker', enrolmentTokenHash: hashSecret(token), enrolmentExpiresAt: clock.now + 24 * 60 * MINUTE, now: clock.now });
  return { sql, staff, auth, clock, token };
}

/** Enrols through the link as a person would: the secret from the page, a code from the app. */
async function enrolled() {
  const context = await setUp();
  const { auth, clock, token } = context;
  const { totpSecret } = (await auth.enrolment(token))!;
  const result = await auth.enrol(token, { password: PASSWORD, confirmPassword: PASSWORD, code: totpCodeAt(totpSecret, clock.now) });
  if (result.outcome !== 'enrolled') throw new Error(`not enrolled: ${JSON.stringify(result)}`);
  const code = () => totpCodeAt(totpSecret, clock.now);
  return { ...context, totpSecret, code, recoveryCodes: result.recoveryCodes, firstSession: result.sessionId };
}

async function signInFully(context: Awaited<ReturnType<typeof enrolled>>) {
  const first = await context.auth.signIn('sam@support.example', PASSWORD, CLIENT);
  if (first.outcome !== 'second-factor') throw new Error(first.outcome);
  context.clock.now += 31_000; // the next time step: the enrolment's code cannot be replayed
  const second = await context.auth.secondFactor(first.sessionId, context.code(), CLIENT);
  if (second.outcome !== 'signed-in') throw new Error(second.outcome);
  return { halfSession: first.sessionId, session: second.sessionId };
}

describe.each(STORE_KINDS)('on %s', (storeKind) => {
  beforeEach(() => {
    kind = storeKind;
  });

  describe('enrolment', () => {
    it('refuses a short or common password, a mismatch and a wrong code, with the words the form shows', async () => {
      const { auth, token } = await setUp();
      const short = await auth.enrol(token, { password: 'short', confirmPassword: 'short', code: '' });
      expect(short).toEqual({
        outcome: 'invalid',
        errors: { password: 'Password must be 12 characters or more', code: 'Enter the 6-digit code from your authenticator app' },
      });
      const common = await auth.enrol(token, { password: 'password1234', confirmPassword: 'password1234', code: '000000' });
      expect(common).toMatchObject({ errors: { password: 'Password is too easy to guess: choose a longer phrase of unrelated words' } });
      const mismatch = await auth.enrol(token, { password: PASSWORD, confirmPassword: `${PASSWORD}!`, code: '123456' });
      expect(mismatch).toMatchObject({ errors: { confirmPassword: 'Enter the same password twice', code: 'Enter the 6-digit code your authenticator app shows now' } });
    });

    it('shows the same secret on every opening, stores it encrypted, and the link works once', async () => {
      const { auth, token, clock, sql } = await setUp();
      const first = await auth.enrolment(token);
      expect((await auth.enrolment(token))!.totpSecret.equals(first!.totpSecret)).toBe(true);
      const [stored] = (await sql('SELECT totp_secret FROM staff')) as { totp_secret: Buffer }[];
      expect(stored!.totp_secret.includes(first!.totpSecret)).toBe(false);
      const result = await auth.enrol(token, { password: PASSWORD, confirmPassword: PASSWORD, code: totpCodeAt(first!.totpSecret, clock.now) });
      expect(result.outcome).toBe('enrolled');
      if (result.outcome !== 'enrolled') return;
      expect(result.recoveryCodes).toHaveLength(10);
      expect(result.recoveryCodes[0]).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(await auth.enrolment(token)).toBeUndefined();
      expect((await auth.session(result.sessionId))?.stage).toBe('full');
      const [{ password_hash: hash }] = (await sql('SELECT password_hash FROM staff')) as [{ password_hash: string }];
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });
  });

  describe('sign-in', () => {
    it('needs the second factor, and gives a new session id when it is passed', async () => {
      const context = await enrolled();
      const { halfSession, session } = await signInFully(context);
      expect(session).not.toBe(halfSession);
      expect(await context.auth.session(halfSession)).toBeUndefined();
      expect((await context.auth.session(session))?.member.email).toBe('sam@support.example');
    });

    it('a TOTP code works once; a recovery code works once, typed in any case', async () => {
      const context = await enrolled();
      const { auth, clock, code, recoveryCodes } = context;
      const first = await auth.signIn('sam@support.example', PASSWORD, CLIENT);
      if (first.outcome !== 'second-factor') throw new Error();
      // The code used at enrolment is the current one: it was spent there.
      expect((await auth.secondFactor(first.sessionId, code(), CLIENT)).outcome).toBe('refused');
      const recovery = recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ');
      expect((await auth.secondFactor(first.sessionId, recovery, CLIENT)).outcome).toBe('signed-in');
      clock.now += 1000;
      const again = await auth.signIn('sam@support.example', PASSWORD, CLIENT);
      if (again.outcome !== 'second-factor') throw new Error();
      expect((await auth.secondFactor(again.sessionId, recovery, CLIENT)).outcome).toBe('refused');
      expect(await context.staff.unusedRecoveryCodes(1)).toBe(9);
    });

    it('answers a wrong password, an unknown account and a disabled one alike, and audits without the typed text', async () => {
      const context = await enrolled();
      const { auth, staff, clock } = context;
      expect(await auth.signIn('sam@support.example', 'wrong password here', CLIENT)).toEqual({ outcome: 'refused' });
      expect(await auth.signIn('nobody-typed-this@support.example', PASSWORD, 'client-b')).toEqual({ outcome: 'refused' });
      await staff.disable('sam@support.example', clock.now);
      expect(await auth.signIn('sam@support.example', PASSWORD, 'client-c')).toEqual({ outcome: 'refused' });
      const rows = await staff.allAudit();
      expect(rows.filter((row) => row.action === 'sign-in-failed').map((row) => row.actor)).toEqual([
        'sam@support.example',
        UNKNOWN_ACCOUNT,
        'sam@support.example',
      ]);
      expect(JSON.stringify(rows)).not.toContain('nobody-typed-this');
      expect(verifyAuditChain(rows).ok).toBe(true);
    });

    it('an unknown account does the same password work as a known one', async () => {
      const { auth } = await enrolled();
      const workFor = async (email: string, client: string) => {
        verifications.length = 0;
        await auth.signIn(email, 'wrong password here', client);
        return [...verifications];
      };
      const known = await workFor('sam@support.example', 'k');
      const unknown = await workFor('nobody@support.example', 'u');
      // One argon2id verification each, at the same cost: timing cannot tell the two apart.
      expect(known).toHaveLength(1);
      expect(unknown).toEqual(known);
      expect(known[0]).toMatch(/^m=\d+,t=\d+,p=\d+$/);
    });

    it('slows down an account after a few failures, whichever client tries, and a client whichever account', async () => {
      const { auth, clock } = await enrolled();
      for (let i = 0; i < FREE_ATTEMPTS; i += 1) {
        expect((await auth.signIn('sam@support.example', 'wrong password here', `client-${i}`)).outcome).toBe('refused');
      }
      const throttled = await auth.signIn('sam@support.example', PASSWORD, 'client-new');
      expect(throttled).toEqual({ outcome: 'wait', waitMs: 1000 });
      clock.now += 1000;
      expect((await auth.signIn('sam@support.example', 'wrong again, sorry', 'client-new')).outcome).toBe('refused');
      expect(await auth.signIn('sam@support.example', PASSWORD, 'client-new')).toEqual({ outcome: 'wait', waitMs: 2000 });
      clock.now += 2000;
      expect((await auth.signIn('sam@support.example', PASSWORD, 'client-new')).outcome).toBe('second-factor');

      for (let i = 0; i < FREE_ATTEMPTS; i += 1) await auth.signIn(`guess${i}@support.example`, 'wrong password here', 'one-client');
      expect((await auth.signIn('sam@support.example', PASSWORD, 'one-client')).outcome).toBe('wait');
    });
  });

  describe('sessions', () => {
    it('end after 30 idle minutes, and use keeps them alive', async () => {
      const context = await enrolled();
      const { session } = await signInFully(context);
      context.clock.now += 29 * MINUTE;
      expect(await context.auth.session(session)).toBeDefined();
      context.clock.now += 29 * MINUTE;
      expect(await context.auth.session(session)).toBeDefined();
      context.clock.now += 30 * MINUTE;
      expect(await context.auth.session(session)).toBeUndefined();
    });

    it('end 10 hours after sign-in however busy', async () => {
      const context = await enrolled();
      const { session } = await signInFully(context);
      for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
        context.clock.now += 20 * MINUTE;
        expect(await context.auth.session(session)).toBeDefined();
      }
      context.clock.now += 20 * MINUTE;
      expect(await context.auth.session(session)).toBeUndefined();
    });

    it('a password-only session lasts 10 minutes; sign-out and disabling end a full one', async () => {
      const context = await enrolled();
      const half = await context.auth.signIn('sam@support.example', PASSWORD, CLIENT);
      if (half.outcome !== 'second-factor') throw new Error();
      context.clock.now += 10 * MINUTE;
      expect(await context.auth.session(half.sessionId)).toBeUndefined();

      const { session } = await signInFully(context);
      await context.auth.signOut(session);
      expect(await context.auth.session(session)).toBeUndefined();
      const { session: another } = await signInFully(context);
      await context.staff.disable('sam@support.example', context.clock.now);
      expect(await context.auth.session(another)).toBeUndefined();
    });
  });

  describe('the audit of sign-in', () => {
    it('names the second factor used, and never a code', async () => {
      const context = await enrolled();
      await signInFully(context);
      const half = await context.auth.signIn('sam@support.example', PASSWORD, CLIENT);
      if (half.outcome !== 'second-factor') throw new Error();
      await context.auth.secondFactor(half.sessionId, context.recoveryCodes[0]!, CLIENT);
      const rows = (await context.staff.allAudit()).map((row) => [row.action, row.detail]);
      expect(rows).toEqual([
        ['enrolment', 'totp'],
        ['sign-in', null],
        ['sign-in', 'totp'],
        ['recovery-code-used', null],
        ['sign-in', 'recovery-code'],
      ]);
      expect(JSON.stringify(await context.staff.allAudit())).not.toContain(context.recoveryCodes[0]!);
    });
  });
});
