/** The inbox's settings in lib/env.ts: defaults, values given, and bad values named. */
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';
import { demoSettings } from '@/testing/test-env';

describe('inbox settings', () => {
  it('default to 30 idle minutes, 10 hours in all, and first contact within 2 working days', () => {
    expect(parseEnv(demoSettings).inbox).toEqual({ sessionIdleMs: 30 * 60_000, sessionMaxMs: 10 * 3_600_000, contactTargetWorkingDays: 2 });
  });

  it('take the values given, and refuse ones out of range by name', () => {
    expect(parseEnv({ ...demoSettings, STAFF_SESSION_IDLE_MINUTES: '15', STAFF_SESSION_MAX_HOURS: '8', CONTACT_TARGET_WORKING_DAYS: '1' }).inbox).toEqual({
      sessionIdleMs: 15 * 60_000,
      sessionMaxMs: 8 * 3_600_000,
      contactTargetWorkingDays: 1,
    });
    expect(() => parseEnv({ ...demoSettings, STAFF_SESSION_MAX_HOURS: '48' })).toThrow(EnvError);
    expect(() => parseEnv({ ...demoSettings, STAFF_SESSION_IDLE_MINUTES: 'ten' })).toThrow(/STAFF_SESSION_IDLE_MINUTES/);
  });
});
