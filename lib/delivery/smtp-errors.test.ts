import { describe, expect, it } from 'vitest';
import { classifySmtpError, judgeSendFailure } from './smtp-errors';

const smtpError = (code: string, responseCode?: number) =>
  Object.assign(new Error('reply text with someone@example.com'), { code, responseCode });

describe('classifySmtpError', () => {
  it('treats 5xx replies as permanent', () => {
    expect(classifySmtpError(smtpError('EENVELOPE', 550))).toEqual({ kind: 'permanent', code: 'smtp-550' });
    expect(classifySmtpError(smtpError('EMESSAGE', 554))).toEqual({ kind: 'permanent', code: 'smtp-554' });
  });

  it('treats 4xx replies as temporary, even on the envelope', () => {
    expect(classifySmtpError(smtpError('EENVELOPE', 451))).toEqual({ kind: 'temporary', code: 'smtp-451' });
    expect(classifySmtpError(smtpError('EPROTOCOL', 421))).toEqual({ kind: 'temporary', code: 'smtp-421' });
  });

  it('treats authentication failures as permanent whatever the reply code', () => {
    expect(classifySmtpError(smtpError('EAUTH', 454))).toEqual({ kind: 'permanent', code: 'EAUTH' });
    expect(classifySmtpError(smtpError('EAUTH', 535))).toEqual({ kind: 'permanent', code: 'EAUTH' });
  });

  it('treats an envelope refused without a reply, and TLS refusals, as permanent', () => {
    expect(classifySmtpError(smtpError('EENVELOPE'))).toEqual({ kind: 'permanent', code: 'EENVELOPE' });
    expect(classifySmtpError(smtpError('ETLS'))).toEqual({ kind: 'permanent', code: 'ETLS' });
  });

  it('treats connection problems and the unknown as temporary', () => {
    expect(classifySmtpError(smtpError('ECONNECTION'))).toEqual({ kind: 'temporary', code: 'ECONNECTION' });
    expect(classifySmtpError(smtpError('ETIMEDOUT'))).toEqual({ kind: 'temporary', code: 'ETIMEDOUT' });
    expect(classifySmtpError(new Error('boom'))).toEqual({ kind: 'temporary', code: 'unknown' });
    expect(classifySmtpError('not an error')).toEqual({ kind: 'temporary', code: 'unknown' });
  });

  it('never carries the reply text', () => {
    expect(JSON.stringify(classifySmtpError(smtpError('EENVELOPE', 550)))).not.toContain('@');
  });
});

describe('judgeSendFailure', () => {
  const bounds = { maxAttempts: 5, permanentMaxAttempts: 2 };

  it('tries a temporary failure again until the attempts run out', () => {
    expect(judgeSendFailure(smtpError('ECONNECTION'), 4, bounds)).toEqual({ code: 'ECONNECTION', giveUp: false });
    expect(judgeSendFailure(smtpError('ECONNECTION'), 5, bounds)).toEqual({ code: 'ECONNECTION', giveUp: true });
  });

  it('gives a permanent failure fewer attempts', () => {
    expect(judgeSendFailure(smtpError('EENVELOPE', 550), 1, bounds)).toEqual({ code: 'smtp-550', giveUp: false });
    expect(judgeSendFailure(smtpError('EENVELOPE', 550), 2, bounds)).toEqual({ code: 'smtp-550', giveUp: true });
  });
});
