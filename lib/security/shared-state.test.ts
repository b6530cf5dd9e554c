/**
 * The shared state' contract, run against both implementations: in memory (one instance) and
 * on a real PostgreSQL database (several instances). Then what sharing is for: two instances on
 * one database see one client's requests, failures and used tokens together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPinLockout } from '@/lib/check-back/pin-lockout';
import { PIN_LOCK_MS, PIN_TRIES_BEFORE_LOCK } from '@/lib/check-back/check-back-rules';
import { createSignInThrottle, FREE_ATTEMPTS } from '@/lib/staff/sign-in-throttle';
import { openPostgres, type PostgresDatabase } from '@/lib/storage/postgres-database';
import { createPostgresSharedState } from '@/lib/storage/postgres-shared-state';
import { createTestDatabase } from '@/testing/test-stores';
import { createMemorySharedState, type SharedState } from './shared-state';
import { createStepTokens } from './step-token';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const WINDOW = 600_000;
const DAY = 24 * 60 * 60 * 1000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two instances' shared state on one new PostgreSQL database. */
async function postgresInstances(): Promise<[SharedState, SharedState]> {
  const database = await createTestDatabase();
  const pools: PostgresDatabase[] = [openPostgres(database.url, { maxConnections: 4 }), openPostgres(database.url, { maxConnections: 4 })];
  cleanups.push(async () => {
    for (const pool of pools) await pool.close();
    await database.drop();
  });
  await Promise.all(pools.map((pool) => pool.ready));
  return [createPostgresSharedState(pools[0]!), createPostgresSharedState(pools[1]!)];
}

const implementations = {
  memory: async () => createMemorySharedState(),
  postgres: async () => (await postgresInstances())[0],
};

describe.each(Object.keys(implementations) as (keyof typeof implementations)[])('shared state in %s', (name) => {
  const open = implementations[name];

  it('allows `limit` requests in any window, refuses the next with the wait until the oldest leaves it', async () => {
    const limits = await open();
    for (let i = 0; i < 3; i += 1) expect(await limits.hit('client-a', 3, WINDOW, T0 + i * 1000)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await limits.hit('client-a', 3, WINDOW, T0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 590 });
    expect((await limits.hit('client-b', 3, WINDOW, T0 + 10_000)).allowed).toBe(true);
    // Refused requests are not counted: once the first leaves the window, one more is allowed.
    expect((await limits.hit('client-a', 3, WINDOW, T0 + WINDOW + 1)).allowed).toBe(true);
    expect((await limits.hit('client-a', 3, WINDOW, T0 + WINDOW + 2)).allowed).toBe(false);
  });

  it('counts failures, forgets them after a quiet spell, and restarts a count once its lock has ended', async () => {
    const limits = await open();
    const forget = { forgetAfterMs: DAY };
    for (let i = 1; i <= 3; i += 1) await limits.recordFailure('k', T0 + i, forget);
    expect(await limits.failureCount('k')).toEqual({ failures: 3, lastFailureAt: T0 + 3 });
    await limits.recordFailure('k', T0 + 3 + DAY + 1, forget);
    expect(await limits.failureCount('k')).toEqual({ failures: 1, lastFailureAt: T0 + 4 + DAY });
    await limits.clearFailures('k');
    expect(await limits.failureCount('k')).toBeUndefined();

    const locking = { forgetAfterMs: DAY, restartAfterLock: { failures: 2, lockMs: 1000 } };
    await limits.recordFailure('lock', T0, locking);
    await limits.recordFailure('lock', T0 + 1, locking);
    await limits.recordFailure('lock', T0 + 500, locking);
    expect(await limits.failureCount('lock')).toEqual({ failures: 3, lastFailureAt: T0 + 500 });
    await limits.recordFailure('lock', T0 + 1500, locking);
    expect(await limits.failureCount('lock')).toEqual({ failures: 1, lastFailureAt: T0 + 1500 });
  });

  it('uses an id once until it expires', async () => {
    const limits = await open();
    expect(await limits.useOnce('id-1', T0 + 1000, T0)).toBe(true);
    expect(await limits.useOnce('id-1', T0 + 1000, T0 + 999)).toBe(false);
    expect(await limits.useOnce('id-2', T0 + 1000, T0)).toBe(true);
    expect(await limits.useOnce('id-1', T0 + 2000, T0 + 1000)).toBe(true);
    // Looking does not use: an id never used stays unused, a used one is seen until it expires.
    expect(await limits.wasUsed('id-3', T0)).toBe(false);
    expect(await limits.wasUsed('id-3', T0)).toBe(false);
    expect(await limits.useOnce('id-3', T0 + 1000, T0)).toBe(true);
    expect(await limits.wasUsed('id-3', T0 + 999)).toBe(true);
    expect(await limits.wasUsed('id-3', T0 + 1000)).toBe(false);
  });

  it('holds a token until it expires: peeked any number of times, taken once', async () => {
    const state = await open();
    await state.holdToken('hash-1', '"KQ7M-X4PD"', T0 + 1000, T0);
    expect(await state.peekToken('hash-1', T0 + 1)).toBe('"KQ7M-X4PD"');
    expect(await state.peekToken('hash-1', T0 + 2)).toBe('"KQ7M-X4PD"');
    expect(await state.takeToken('hash-1', T0 + 3)).toBe('"KQ7M-X4PD"');
    expect(await state.takeToken('hash-1', T0 + 4)).toBeUndefined();
    await state.holdToken('hash-2', 'x', T0 + 1000, T0);
    expect(await state.peekToken('hash-2', T0 + 1000)).toBeUndefined();
    expect(await state.takeToken('hash-2', T0 + 1000)).toBeUndefined();
    await state.holdToken('hash-3', 'y', T0 + 1000, T0);
    await state.dropToken('hash-3');
    expect(await state.peekToken('hash-3', T0)).toBeUndefined();
  });
});

describe('two instances on one PostgreSQL', () => {
  it('hold a client to one rate limit: reached through one instance, it holds on the other', async () => {
    const [a, b] = await postgresInstances();
    for (let i = 0; i < 5; i += 1) expect((await a.hit('client', 5, WINDOW, T0 + i)).allowed).toBe(true);
    expect(await b.hit('client', 5, WINDOW, T0 + 10)).toMatchObject({ allowed: false });
  });

  it('keep a long window through another instance starting, whose first hit is in a short window', async () => {
    const [a, b] = await postgresInstances();
    for (let i = 0; i < 5; i += 1) expect((await a.hit('submissions:client', 5, WINDOW, T0 + i)).allowed).toBe(true);
    // A minute later B starts (its shared state new, nothing swept yet), and its first hit is a
    // form post's 10-second burst window: the sweep it sets off must not forget A's 10 minutes.
    await b.hit('posts-burst:other', 30, 10_000, T0 + 60_000);
    // The sweep runs without holding up the request that set it off: give it time to finish.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await a.hit('submissions:client', 5, WINDOW, T0 + 61_000)).toMatchObject({ allowed: false });
  });

  it('never let concurrent requests through both instances overshoot the limit', async () => {
    const [a, b] = await postgresInstances();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit('burst', 10, WINDOW, T0 + i)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });

  it('throttle sign-in and lock a PIN across instances', async () => {
    const [a, b] = await postgresInstances();
    const [throttleA, throttleB] = [createSignInThrottle(a), createSignInThrottle(b)];
    for (let i = 0; i < FREE_ATTEMPTS; i += 1) await (i % 2 ? throttleA : throttleB).recordFailure('sam@support.example', 'client', T0);
    expect(await throttleB.waitFor('sam@support.example', 'another-client', T0)).toBe(1000);
    await throttleA.recordSuccess('sam@support.example');
    expect(await throttleB.waitFor('sam@support.example', 'another-client', T0)).toBe(0);

    const [lockA, lockB] = [createPinLockout(a), createPinLockout(b)];
    for (let i = 0; i < PIN_TRIES_BEFORE_LOCK; i += 1) await (i % 2 ? lockA : lockB).recordFailure('KQ7M-X4PD', `client-${i}`, T0);
    expect(await lockA.waitFor('KQ7M-X4PD', 'client-new', T0)).toBe(PIN_LOCK_MS);
    expect(await lockB.waitFor('KQ7M-X4PD', 'client-new', T0 + PIN_LOCK_MS)).toBe(0);
  });

  it('take a check-back token issued on one instance on the other, once however many ask at once', async () => {
    const [a, b] = await postgresInstances();
    await a.holdToken('session-hash', '"KQ7M-X4PD"', T0 + 60_000, T0);
    const taken = await Promise.all([b.takeToken('session-hash', T0 + 1), a.takeToken('session-hash', T0 + 1), b.takeToken('session-hash', T0 + 1)]);
    expect(taken.filter((value) => value !== undefined)).toEqual(['"KQ7M-X4PD"']);
  });

  it('refuse a step token on one instance that was used on the other', async () => {
    const [a, b] = await postgresInstances();
    const key = Buffer.alloc(32, 7);
    const [tokensA, tokensB] = [createStepTokens({ key, usedIds: a }), createStepTokens({ key, usedIds: b })];
    const token = tokensA.issue();
    expect(await tokensB.redeem(token)).toBe('fresh');
    expect(await tokensA.redeem(token)).toBe('used');
  });
});
