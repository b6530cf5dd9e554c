/** The retention settings: defaults, per-outcome overrides, bounds, and the retired RETENTION_DAYS refused by name. */
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { demoSettings, envRefusal } from '@/testing/test-env';
import { DEFAULT_RETENTION_POLICY } from '@/lib/cases/retention-rules';

describe('retention configuration', () => {
  it('defaults to the documented policy and a 7am digest', () => {
    expect(parseEnv(demoSettings).retention).toEqual({ policy: DEFAULT_RETENTION_POLICY, digestHourUtc: 7 });
  });

  it('reads each outcome’s days, the reminder and the idle flag', () => {
    const { policy } = parseEnv({
      ...demoSettings,
      RETENTION_DAYS_SUPPORTED: '180',
      RETENTION_DAYS_WITHDRAWN: '0',
      RETENTION_REMINDER_DAYS: '7',
      RETENTION_IDLE_DAYS: '45',
    }).retention;
    expect(policy.daysByOutcome).toEqual({ ...DEFAULT_RETENTION_POLICY.daysByOutcome, supported: 180, withdrawn: 0 });
    expect(policy).toMatchObject({ reminderDays: 7, idleDays: 45 });
  });

  it('refuses values out of bounds, a misspelt setting, and the retired RETENTION_DAYS with what replaced it', () => {
    expect(envRefusal({ ...demoSettings, RETENTION_DAYS_DECLINED: '-1' })).toMatch(/RETENTION_DAYS_DECLINED/);
    expect(envRefusal({ ...demoSettings, RETENTION_REMINDER_DAYS: '0' })).toMatch(/RETENTION_REMINDER_DAYS/);
    expect(envRefusal({ ...demoSettings, RETENTION_DAYS_SUPORTED: '10' })).toMatch(/RETENTION_DAYS_SUPORTED: is not a setting this service reads/);
    expect(envRefusal({ ...demoSettings, RETENTION_DAYS: '30' })).toMatch(/RETENTION_DAYS: is no longer read: .*RETENTION_DAYS_SUPPORTED/);
  });
});
