/** The demo caseworker: created once, signs in with the code the demo page shows, shown only to loopback in demo mode. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { demoSettings } from '@/testing/test-env';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { sqlitePort } from '@/lib/storage/sql-port';
import { createStaffRepository } from '@/lib/storage/staff-repository';
import { DEMO_ACCOUNT, demoSignInHint, ensureDemoAccount } from './demo-account';
import { createSignInThrottle } from './sign-in-throttle';
import { createStaffAuth } from './staff-auth';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-account-'));
  const db = openDatabase(path.join(dir, 'test.sqlite'));
  cleanups.push(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { staff: createStaffRepository(sqlitePort(db)), dataKey: randomBytes(32) };
}

const from = (address: string) => new Headers({ 'x-forwarded-for': address });
const now = Date.parse('2026-11-30T09:00:00Z');

describe('the demo caseworker', () => {
  it('is created once, and signs in with its password and the code the demo page shows', async () => {
    const { staff, dataKey } = setUp();
    expect(await ensureDemoAccount(staff, dataKey, now)).toBe('created');
    expect(await ensureDemoAccount(staff, dataKey, now)).toBe('exists');
    const hint = await demoSignInHint(parseEnv(demoSettings), staff, dataKey, from('127.0.0.1'), now);
    expect(hint).toMatchObject({ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, code: expect.stringMatching(/^\d{6}$/) });

    const auth = createStaffAuth({ staff, dataKey, throttle: createSignInThrottle(), policy: { idleMs: 1e6, absoluteMs: 1e7 }, now: () => now });
    const first = await auth.signIn(DEMO_ACCOUNT.email, DEMO_ACCOUNT.password, 'c');
    expect(first.outcome).toBe('second-factor');
    if (first.outcome !== 'second-factor') return;
    expect((await auth.secondFactor(first.sessionId, hint!.code, 'c')).outcome).toBe('signed-in');
  });

  it('shows nothing in production, to a client on another machine, or once disabled', async () => {
    const { staff, dataKey } = setUp();
    await ensureDemoAccount(staff, dataKey, now);
    expect(await demoSignInHint(parseEnv(demoSettings), staff, dataKey, from('::1'), now)).toBeDefined();
    const production = { ...parseEnv(demoSettings), mode: 'production' as const };
    expect(await demoSignInHint(production, staff, dataKey, from('127.0.0.1'), now)).toBeUndefined();
    expect(await demoSignInHint(parseEnv(demoSettings), staff, dataKey, from('192.168.1.20'), now)).toBeUndefined();
    expect(await demoSignInHint(parseEnv(demoSettings), staff, dataKey, new Headers(), now)).toBeUndefined();
    // A client claiming loopback behind a proxy it does not control is not believed.
    expect(await demoSignInHint(parseEnv({ ...demoSettings, TRUSTED_PROXY_HOPS: '1' }), staff, dataKey, from('127.0.0.1, 203.0.113.9'), now)).toBeUndefined();
    await staff.disable(DEMO_ACCOUNT.email, now);
    expect(await demoSignInHint(parseEnv(demoSettings), staff, dataKey, from('127.0.0.1'), now)).toBeUndefined();
  });
});
