/**
 * Signing staff in, and keeping them signed in: enrolment (a password and a TOTP second factor,
 * with one-time recovery codes), sign-in in two steps (password, then the second factor),
 * server-side sessions with an idle and an absolute lifetime, and sign-out. Every step that
 * matters goes to the audit log.
 *
 * What a browser holds is a random 256-bit session id; the database holds only its hash. The id
 * changes when the second factor is passed, so an id planted before sign-in is worth nothing
 * after it. A session that has passed only the password can do nothing but ask for the second
 * factor. Wrong answers never say whether the account exists, and take the same work either way.
 *
 * The clock is injected so the expiry rules can be tested without waiting.
 */
import 'server-only';
import type { AuditAction } from '@/lib/staff/audit-chain';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/crypto/password';
import type { SessionStage, StaffCredentials, StaffMember, StaffRepository } from '@/lib/staff/repository';
import { hashSecret, newRecoveryCodes, newToken, normaliseRecoveryCode } from '@/lib/crypto/secrets';
import type { SignInThrottle } from '@/lib/staff/sign-in-throttle';
import {
  authenticationOptions,
  registrationOptions,
  verifyAuthentication,
  verifyRegistration,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  type RelyingParty,
} from '@/lib/staff/passkeys';
import { decryptTotpSecret, encryptTotpSecret, matchingTotpStep, newTotpSecret } from '@/lib/staff/totp';

export type SessionPolicy = {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however busy. */
  absoluteMs: number;
};

/** A half-signed-in session (password only) must finish within this, or start again. */
export const SECOND_FACTOR_WINDOW_MS = 10 * 60 * 1000;

/** The actor recorded for a failed sign-in whose email has no account: never the text typed. */
export const UNKNOWN_ACCOUNT = 'unknown account';

export type StaffAuthDeps = {
  staff: StaffRepository;
  dataKey: Buffer;
  throttle: SignInThrottle;
  policy: SessionPolicy;
  now: () => number;
};

export type SignedIn = { member: StaffMember; stage: SessionStage; sessionId: string };

export type EnrolmentErrors = { password?: string; confirmPassword?: string; code?: string; passkey?: string };

type EnrolmentOutcome =
  | { outcome: 'enrolled'; sessionId: string; recoveryCodes: string[] }
  | { outcome: 'invalid'; errors: EnrolmentErrors }
  | { outcome: 'expired' };

type SecondFactorOutcome =
  | { outcome: 'signed-in'; sessionId: string }
  | { outcome: 'refused' }
  | { outcome: 'wait'; waitMs: number }
  | { outcome: 'no-session' };

export type StaffAuth = ReturnType<typeof createStaffAuth>;

export function createStaffAuth({ staff, dataKey, throttle, policy, now }: StaffAuthDeps) {
  const audit = (actor: string, action: AuditAction, detail: string | null = null, reference: string | null = null) =>
    staff.appendAudit({ at: now(), actor, action, reference, detail });

  const newSession = async (staffId: number, stage: SessionStage) => {
    const sessionId = newToken();
    await staff.createSession({ idHash: hashSecret(sessionId), staffId, stage, now: now() });
    return sessionId;
  };

  /** The session behind a cookie's id, if it is alive and its account is active; touches it. */
  async function session(sessionId: string | undefined): Promise<SignedIn | undefined> {
    if (!sessionId || sessionId.length > 100) return undefined;
    const idHash = hashSecret(sessionId);
    const stored = await staff.findSession(idHash);
    if (!stored) return undefined;
    const at = now();
    const idleMs = stored.stage === 'full' ? policy.idleMs : Math.min(policy.idleMs, SECOND_FACTOR_WINDOW_MS);
    const member = await staff.findById(stored.staffId);
    if (!member || member.disabledAt !== null || at - stored.lastSeenAt >= idleMs || at - stored.createdAt >= policy.absoluteMs) {
      await staff.deleteSession(idHash);
      return undefined;
    }
    await staff.touchSession(idHash, at);
    return { member, stage: stored.stage, sessionId };
  }

  /**
   * The account an enrolment link belongs to, with its TOTP secret (made and kept on first
   * opening, so reloading the page shows the same one). Undefined: used, expired or unknown.
   */
  async function enrolment(token: string): Promise<{ member: StaffCredentials; totpSecret: Buffer } | undefined> {
    if (token.length > 100) return undefined;
    const member = await staff.findByEnrolmentToken(hashSecret(token), now());
    if (!member) return undefined;
    if (member.encryptedTotpSecret) {
      return { member, totpSecret: decryptTotpSecret(dataKey, member.id, member.encryptedTotpSecret) };
    }
    const totpSecret = newTotpSecret();
    await staff.setTotpSecret(member.id, encryptTotpSecret(dataKey, member.id, totpSecret));
    return { member, totpSecret };
  }

  /** The password rules' messages for an enrolment form, keyed by field. */
  function passwordErrors(email: string, input: { password: string; confirmPassword: string }): EnrolmentErrors {
    const problem = passwordProblem(input.password, email);
    if (problem) return { password: problem };
    return input.confirmPassword === input.password ? {} : { confirmPassword: 'Enter the same password twice' };
  }

  /** Stores the password and fresh recovery codes, ends the link, audits, and signs in. */
  async function completeEnrolment(member: StaffMember, password: string, method: 'totp' | 'passkey'): Promise<EnrolmentOutcome> {
    const recoveryCodes = newRecoveryCodes();
    await staff.completeEnrolment(member.id, {
      passwordHash: await hashPassword(password),
      recoveryCodeHashes: recoveryCodes.map(hashSecret),
      now: now(),
    });
    await audit(member.email, 'enrolment', method);
    await audit(member.email, 'sign-in');
    return { outcome: 'enrolled', sessionId: await newSession(member.id, 'full'), recoveryCodes };
  }

  /** After a passed second factor: the half session ends and a full one starts under a new id. */
  async function upgrade(current: SignedIn, method: 'totp' | 'passkey' | 'recovery-code'): Promise<SecondFactorOutcome> {
    await throttle.recordSuccess(current.member.email);
    await staff.deleteSession(hashSecret(current.sessionId));
    if (method === 'recovery-code') await audit(current.member.email, 'recovery-code-used');
    await audit(current.member.email, 'sign-in', method);
    return { outcome: 'signed-in', sessionId: await newSession(current.member.id, 'full') };
  }

  /** The half-signed-in session for a second step, or why there is none to take. */
  async function pendingSecondFactor(sessionId: string | undefined, client: string) {
    const current = await session(sessionId);
    if (!current || current.stage !== 'password') return { refusal: { outcome: 'no-session' } as const };
    const waitMs = await throttle.waitFor(current.member.email, client, now());
    if (waitMs > 0) return { refusal: { outcome: 'wait', waitMs } as const };
    return { current };
  }

  async function refuseSecondFactor(member: StaffMember, client: string): Promise<SecondFactorOutcome> {
    await throttle.recordFailure(member.email, client, now());
    await audit(member.email, 'sign-in-failed', 'second-factor');
    return { outcome: 'refused' };
  }

  return {
    session,
    enrolment,

    /**
     * The first step: email and password. `client` is the rate-limit key of the request. On
     * success the caller sets the returned id as the cookie and asks for the second factor.
     */
    async signIn(email: string, password: string, client: string): Promise<
      { outcome: 'second-factor'; sessionId: string } | { outcome: 'refused' } | { outcome: 'wait'; waitMs: number }
    > {
      const waitMs = await throttle.waitFor(email, client, now());
      if (waitMs > 0) return { outcome: 'wait', waitMs };
      const member = await staff.findByEmail(email);
      const usable = member && member.disabledAt === null && member.enrolledAt !== null;
      // Verify even when there is no usable account, so the answer takes the same work.
      const matches = await verifyPassword(usable ? member.passwordHash : null, password);
      if (!usable || !matches) {
        await throttle.recordFailure(email, client, now());
        await audit(member ? member.email : UNKNOWN_ACCOUNT, 'sign-in-failed', 'password');
        return { outcome: 'refused' };
      }
      return { outcome: 'second-factor', sessionId: await newSession(member.id, 'password') };
    },

    /**
     * The second step: a TOTP code or a recovery code, from a session that passed the password.
     * Success ends that session and starts a full one under a new id.
     */
    async secondFactor(sessionId: string | undefined, code: string, client: string): Promise<SecondFactorOutcome> {
      const { current, refusal } = await pendingSecondFactor(sessionId, client);
      if (!current) return refusal;
      const { member } = current;
      const credentials = await staff.findById(member.id);
      let accepted = false;
      let viaRecoveryCode = false;
      const step = credentials?.encryptedTotpSecret
        ? matchingTotpStep(decryptTotpSecret(dataKey, member.id, credentials.encryptedTotpSecret), code, now())
        : undefined;
      if (step !== undefined) {
        accepted = await staff.acceptTotpStep(member.id, step);
      } else if (/[a-z]/i.test(code)) {
        accepted = await staff.useRecoveryCode(member.id, hashSecret(normaliseRecoveryCode(code)), now());
        viaRecoveryCode = accepted;
      }
      return accepted ? upgrade(current, viaRecoveryCode ? 'recovery-code' : 'totp') : refuseSecondFactor(member, client);
    },

    /** Options for the browser to sign in with a passkey, from a half-signed-in session; undefined without one. */
    async passkeySignInOptions(sessionId: string | undefined, rp: RelyingParty) {
      const current = await session(sessionId);
      if (!current || current.stage !== 'password') return undefined;
      return authenticationOptions(staff, current.member.id, hashSecret(current.sessionId), rp);
    },

    /** The second step with a passkey: the browser's answer to the session's challenge. */
    async secondFactorWithPasskey(
      sessionId: string | undefined,
      response: AuthenticationResponseJSON,
      rp: RelyingParty,
      client: string,
    ): Promise<SecondFactorOutcome> {
      const { current, refusal } = await pendingSecondFactor(sessionId, client);
      if (!current) return refusal;
      const idHash = hashSecret(current.sessionId);
      const challenge = (await staff.findSession(idHash))?.challenge ?? null;
      const accepted = await verifyAuthentication(staff, current.member.id, idHash, challenge, response, rp);
      return accepted ? upgrade(current, 'passkey') : refuseSecondFactor(current.member, client);
    },

    async signOut(sessionId: string | undefined): Promise<void> {
      const current = await session(sessionId);
      if (!current) return;
      await staff.deleteSession(hashSecret(current.sessionId));
      await audit(current.member.email, 'sign-out');
    },

    /**
     * Finishes enrolment with TOTP: checks the password rules and that the authenticator's first
     * code matches, then stores the password hash and ten recovery codes (hashed) and signs in.
     */
    async enrol(token: string, input: { password: string; confirmPassword: string; code: string }): Promise<EnrolmentOutcome> {
      const found = await enrolment(token);
      if (!found) return { outcome: 'expired' };
      const { member, totpSecret } = found;
      const errors = passwordErrors(member.email, input);
      const step = matchingTotpStep(totpSecret, input.code, now());
      if (step === undefined) {
        errors.code = input.code.trim()
          ? 'Enter the 6-digit code your authenticator app shows now'
          : 'Enter the 6-digit code from your authenticator app';
      }
      if (Object.keys(errors).length > 0 || step === undefined) return { outcome: 'invalid', errors };
      await staff.acceptTotpStep(member.id, step);
      return completeEnrolment(member, input.password, 'totp');
    },

    /** Options for the browser to create a passkey at enrolment; undefined when the link is used or expired. */
    async passkeyEnrolmentOptions(token: string, rp: RelyingParty) {
      const found = await enrolment(token);
      return found && registrationOptions(staff, found.member, rp);
    },

    /**
     * Finishes enrolment with a passkey instead of an authenticator app: the password rules, then
     * the browser's new passkey answering the kept challenge. The unused TOTP secret is removed.
     */
    async enrolWithPasskey(
      token: string,
      input: { password: string; confirmPassword: string; response: RegistrationResponseJSON },
      rp: RelyingParty,
    ): Promise<EnrolmentOutcome> {
      const found = await enrolment(token);
      if (!found) return { outcome: 'expired' };
      const { member } = found;
      const errors = passwordErrors(member.email, input);
      if (Object.keys(errors).length > 0) return { outcome: 'invalid', errors };
      const passkey = await verifyRegistration(staff, member, input.response, rp);
      if (!passkey) {
        return { outcome: 'invalid', errors: { passkey: 'Your passkey could not be set up. Try again, or use an authenticator app' } };
      }
      await staff.addPasskey(member.id, passkey, now());
      await staff.setTotpSecret(member.id, null);
      return completeEnrolment(member, input.password, 'passkey');
    },

    /** Writes one case event to the audit log for the signed-in member. */
    recordCaseEvent(member: StaffMember, action: AuditAction, reference: string, detail: string | null = null) {
      return audit(member.email, action, detail, reference);
    },
  };
}
