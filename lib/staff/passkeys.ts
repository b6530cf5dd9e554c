/**
 * Passkeys (WebAuthn) as the second factor, through `@simplewebauthn/server`: created at
 * enrolment in place of an authenticator app, and used at the second step of sign-in. The
 * challenge waits on the account (enrolment) or on the half-signed-in session (sign-in), is
 * used once, and the signature counter is kept so a cloned authenticator shows itself.
 *
 * The relying party is the site's public address; in the demo, a browser on this machine that
 * reached it as `localhost` on another port is the relying party instead (WebAuthn refuses IP
 * addresses as relying-party ids, so 127.0.0.1 cannot be one).
 */
import 'server-only';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Env } from '@/lib/env';
import type { StaffRepository, StoredPasskey } from '@/lib/staff/repository';

export type RelyingParty = { name: string; id: string; origin: string };

/** The relying party for a request whose Origin header is `requestOrigin`. */
export function relyingParty(env: Pick<Env, 'mode' | 'publicBaseUrl' | 'supportService'>, requestOrigin: string | null): RelyingParty {
  const base = { name: env.supportService.name, id: env.publicBaseUrl.hostname, origin: env.publicBaseUrl.origin };
  if (env.mode !== 'demo' || !requestOrigin) return base;
  try {
    const origin = new URL(requestOrigin);
    return origin.hostname === 'localhost' && origin.protocol === 'http:' ? { ...base, id: 'localhost', origin: origin.origin } : base;
  } catch {
    return base;
  }
}

export type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON };

/** Options for creating a passkey for this member; the challenge is kept on the account. */
export async function registrationOptions(
  staff: StaffRepository,
  member: { id: number; email: string },
  rp: RelyingParty,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: member.email,
    userID: new TextEncoder().encode(`staff-${member.id}`),
    attestationType: 'none',
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await staff.setEnrolmentChallenge(member.id, options.challenge);
  return options;
}

/** The new passkey if the response answers the kept challenge, else undefined. The challenge is spent either way. */
export async function verifyRegistration(
  staff: StaffRepository,
  member: { id: number; webauthnChallenge: string | null },
  response: RegistrationResponseJSON,
  rp: RelyingParty,
): Promise<StoredPasskey | undefined> {
  const challenge = member.webauthnChallenge;
  await staff.setEnrolmentChallenge(member.id, null);
  if (!challenge) return undefined;
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
    });
    if (!verified) return undefined;
    const { credential } = registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
    };
  } catch {
    return undefined;
  }
}

/** Options for signing in with one of the member's passkeys; the challenge is kept on the session. */
export async function authenticationOptions(
  staff: StaffRepository,
  staffId: number,
  sessionIdHash: string,
  rp: RelyingParty,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const keys = await staff.passkeys(staffId);
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: keys.map((key) => ({ id: key.credentialId, transports: key.transports })),
    userVerification: 'preferred',
  });
  await staff.setSessionChallenge(sessionIdHash, options.challenge);
  return options;
}

/** True if the response is this member's passkey answering the session's challenge; spends the challenge. */
export async function verifyAuthentication(
  staff: StaffRepository,
  staffId: number,
  sessionIdHash: string,
  challenge: string | null,
  response: AuthenticationResponseJSON,
  rp: RelyingParty,
): Promise<boolean> {
  await staff.setSessionChallenge(sessionIdHash, null);
  const key = typeof response?.id === 'string' ? await staff.findPasskey(response.id) : undefined;
  if (!challenge || !key || key.staffId !== staffId) return false;
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: key.credentialId, publicKey: new Uint8Array(key.publicKey), counter: key.counter, transports: key.transports as never },
    });
    if (!verified) return false;
    await staff.updatePasskeyCounter(key.credentialId, authenticationInfo.newCounter);
    return true;
  } catch {
    return false;
  }
}
