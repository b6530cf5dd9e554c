/**
 * Sorts a failed send into "try again later" and "this will not fix itself". Temporary failures
 * (connection refused, timeouts, 4xx replies) are retried with backoff; permanent ones (5xx
 * replies, authentication, a refused envelope, a relay that will not do TLS) go to the dead
 * letter state after a small bound, because retrying them for days only hides the fault.
 *
 * Only codes are kept, never the server's reply text: replies often quote addresses.
 */

export type FailureKind = 'temporary' | 'permanent';

export type ClassifiedFailure = {
  kind: FailureKind;
  /** A short code safe to log and store, e.g. `smtp-550`, `EAUTH`, `ECONNECTION`. */
  code: string;
};

const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'EENVELOPE', 'ETLS', 'EMESSAGE', 'EREQUIRETLS']);

/** Classifies an error thrown by nodemailer's SMTP transport. */
export function classifySmtpError(error: unknown): ClassifiedFailure {
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
  };
  const code = typeof details.code === 'string' ? details.code : undefined;
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : undefined;

  // A failed login is permanent whatever code the relay gave it: the password will not change itself.
  if (code === 'EAUTH' || code === 'ENOAUTH') return { kind: 'permanent', code };
  if (responseCode !== undefined && responseCode >= 500 && responseCode < 600) {
    return { kind: 'permanent', code: `smtp-${responseCode}` };
  }
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) {
    return { kind: 'temporary', code: `smtp-${responseCode}` };
  }
  if (code !== undefined && PERMANENT_CODES.has(code)) return { kind: 'permanent', code };
  return { kind: 'temporary', code: code && /^[A-Z_]{2,32}$/.test(code) ? code : 'unknown' };
}

/** How many attempts a send gets before it is given up: fewer for a failure that will not fix itself. */
export type AttemptBounds = { maxAttempts: number; permanentMaxAttempts: number };

/**
 * What a queue (the outbox's referrals, the managers' digest) does after attempt `attempt` of a
 * send failed: give up (a dead letter, for a person to look at) once the failure's bound is
 * reached, otherwise try again later with backoff. The code is safe to log and store.
 */
export function judgeSendFailure(error: unknown, attempt: number, bounds: AttemptBounds): { code: string; giveUp: boolean } {
  const failure = classifySmtpError(error);
  const bound = failure.kind === 'permanent' ? bounds.permanentMaxAttempts : bounds.maxAttempts;
  return { code: failure.code, giveUp: attempt >= bound };
}
