import { describe, expect, it } from 'vitest';
import type { LogFields } from '@/lib/log';
import { captureLog } from '@/testing/test-log';

describe('log', () => {
  it('writes the event, the level, a time and the allow-listed fields', () => {
    const { log, lines } = captureLog();
    log.info('referral.accepted', { reference: 'GH-7K2M-9QXP', durationMs: 12.5, count: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', event: 'referral.accepted', reference: 'GH-7K2M-9QXP', durationMs: 12.5, count: 1 });
    expect(typeof lines[0]?.time).toBe('string');
    // Nothing about the machine or the process that the line does not need.
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(['count', 'durationMs', 'event', 'level', 'reference', 'time']);
  });

  it('drops fields that are not on the allow-list and says only how many', () => {
    const { log, lines } = captureLog();
    const typedByAPerson = 'CANARY my ex is posting my photos, call me on 07700 900123';
    log.error('delivery.failed', {
      errorCode: 'smtp_unavailable',
      message: typedByAPerson,
      answers: { description: typedByAPerson },
      ip: '203.0.113.7',
    } as LogFields);
    expect(lines[0]).toEqual({ level: 'error', time: lines[0]?.time, event: 'delivery.failed', errorCode: 'smtp_unavailable', droppedFields: 3 });
    expect(JSON.stringify(lines)).not.toContain('CANARY');
    expect(JSON.stringify(lines)).not.toContain('203.0.113.7');
  });

  it('drops an allow-listed field whose value does not have its shape', () => {
    const { log, lines } = captureLog();
    log.warn('x', {
      reference: 'CANARY with spaces and words',
      errorCode: 'CANARY\nforged: line',
      count: -1,
      status: 42,
      durationMs: Number.NaN,
      port: 70000,
      variables: ['PUBLIC_BASE_URL', 'CANARY value=secret'],
    });
    expect(lines[0]).toMatchObject({ event: 'x', droppedFields: 7 });
    expect(JSON.stringify(lines)).not.toContain('CANARY');
  });

  it('keeps the port the embedded mail server listens on', () => {
    const { log, lines } = captureLog();
    log.info('mailbox.embedded_smtp_started', { port: 2525 });
    expect(lines[0]).toMatchObject({ event: 'mailbox.embedded_smtp_started', port: 2525 });
    expect(lines[0]).not.toHaveProperty('droppedFields');
  });

  it('keeps configuration variable names', () => {
    const { log, lines } = captureLog();
    log.fatal('startup.failed', { errorCode: 'config_invalid', variables: ['PUBLIC_BASE_URL', 'SECURITY_CONTACT'] });
    expect(lines[0]).toMatchObject({ level: 'fatal', variables: ['PUBLIC_BASE_URL', 'SECURITY_CONTACT'] });
  });

  it('keeps configuration problems worded as lib/env.ts words them, and nothing shaped otherwise', () => {
    const { log, lines } = captureLog();
    log.fatal('startup.failed', { configProblems: ['EXIT_URL: must be an https address of another, neutral site'] });
    log.fatal('startup.failed', { configProblems: ['CANARY free text typed into a form'] });
    expect(lines[0]).toMatchObject({ configProblems: ['EXIT_URL: must be an https address of another, neutral site'] });
    expect(lines[1]).toMatchObject({ droppedFields: 1 });
    expect(JSON.stringify(lines)).not.toContain('CANARY');
  });

  it('replaces an event name that is not a constant-looking name', () => {
    const { log, lines } = captureLog();
    log.info('CANARY somebody typed this');
    log.info('a'.repeat(65));
    expect(lines.map((line) => line.event)).toEqual(['invalid-event-name', 'invalid-event-name']);
  });
});
