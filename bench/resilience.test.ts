import { describe, expect, it } from 'vitest';
import { resilienceFigures, runBurst, type BurstResult } from './resilience';

/**
 * A stand-in for the server: idempotent per body (the body is the form token here), answering
 * after a tick. `kill()` fails every request in flight; those listed in `commitBeforeKill` were
 * stored first, as a request whose transaction committed just before the SIGKILL is.
 */
function fakeServer() {
  const stored = new Map<string, string>();
  let inFlight: { token: string; fail: () => void }[] = [];
  let nextReference = 0;
  return {
    stored,
    async post(token: string): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        const entry = { token, fail: () => reject(new Error('socket hang up')) };
        inFlight.push(entry);
        setTimeout(() => {
          if (!inFlight.includes(entry)) return;
          inFlight = inFlight.filter((e) => e !== entry);
          resolve();
        }, 1);
      });
      if (!stored.has(token)) stored.set(token, `REF-${(nextReference += 1)}`);
      return stored.get(token)!;
    },
    /** Fails every request in flight, storing the first `commitBeforeKill` of them; returns how many failed. */
    kill(commitBeforeKill: number): { failed: number; committed: string[] } {
      const failing = inFlight;
      inFlight = [];
      const committed = failing.slice(0, commitBeforeKill).map(({ token }) => {
        stored.set(token, `REF-${(nextReference += 1)}`);
        return stored.get(token)!;
      });
      for (const entry of failing) entry.fail();
      return { failed: failing.length, committed };
    },
  };
}

const tokens = () => {
  let n = 0;
  return () => `token-${(n += 1)}`;
};

describe('a burst of referrals', () => {
  it('sends every referral once when nothing fails', async () => {
    const server = fakeServer();
    const burst = await runBurst({ count: 50, concurrency: 10, newBody: tokens(), post: (body) => server.post(body) });
    expect(burst).toMatchObject({ attempted: 50, refused: 0, cutOff: 0, abandoned: 0, resubmitted: [] });
    expect(new Set(burst.references).size).toBe(50);
  });

  it('goes on after a kill, resending the cut-off referrals with their own tokens, so none is stored twice', async () => {
    const server = fakeServer();
    let gate: Promise<void> = Promise.resolve();
    let kill: { failed: number; committed: string[] } | undefined;
    const burst = await runBurst({
      count: 90,
      concurrency: 10,
      newBody: tokens(),
      post: (body) => server.post(body),
      ready: () => gate,
      resendDelayMs: 0,
      onReference: (accepted) => {
        if (accepted < 30 || kill) return;
        // Close the gate before the kill, as bench.ts does, so nothing new is sent to a dead server.
        gate = new Promise((resolve) => setTimeout(resolve, 5));
        kill = server.kill(3);
      },
    });
    expect(kill!.failed).toBeGreaterThan(3);
    expect(burst.attempted).toBe(90);
    expect(burst.cutOff).toBe(kill!.failed);
    expect(burst.abandoned).toBe(0);
    expect(new Set(burst.references).size).toBe(90);
    expect(server.stored.size).toBe(90);
    // Each cut-off referral was accepted on its resubmission; the ones stored before the kill got their first reference.
    expect(burst.resubmitted).toHaveLength(kill!.failed);
    expect(burst.resubmitted).toEqual(expect.arrayContaining(kill!.committed));
  });

  it('gives a referral up after its last send gets no answer, and goes on with the rest', async () => {
    let calls = 0;
    const burst = await runBurst({
      count: 4,
      concurrency: 1,
      newBody: tokens(),
      post: async (body) => {
        calls += 1;
        if (body === 'token-2') throw new Error('ECONNREFUSED');
        return body === 'token-3' ? undefined : `REF-${body}`;
      },
      maxSends: 3,
      resendDelayMs: 0,
    });
    expect(calls).toBe(6);
    expect(burst).toMatchObject({ attempted: 4, cutOff: 3, abandoned: 1, refused: 1, references: ['REF-token-1', 'REF-token-4'] });
  });

  it('stops waiting when the server will not come back', async () => {
    const burst = runBurst({
      count: 5,
      concurrency: 2,
      newBody: tokens(),
      post: async () => 'REF',
      ready: () => Promise.reject(new Error('The restarted server did not start within 60 s')),
    });
    await expect(burst).rejects.toThrow('did not start');
  });
});

describe('the resilience counts', () => {
  const burst = (references: string[], resubmitted: string[] = []): BurstResult => ({
    attempted: 6, references, refused: 1, cutOff: 2, resubmitted, abandoned: 0, seconds: 1,
  });

  it('counts accepted, stored, delivered, duplicated and what went missing between them', () => {
    const figures = resilienceFigures({
      scenario: 'SIGKILL mid-burst',
      burst: burst(['A', 'B', 'C', 'D', 'E'], ['D', 'E']),
      stored: ['A', 'B', 'C', 'D', 'F'],
      delivered: ['A', 'B', 'B', 'D', 'F'],
      storedBeforeResubmission: ['A', 'B', 'D'],
      seconds: 12.5,
    });
    expect(figures).toEqual({
      scenario: 'SIGKILL mid-burst',
      attempted: 6,
      cutOff: 2,
      resubmitted: 2,
      resubmittedAlreadyStored: 1,
      refused: 1,
      abandoned: 0,
      accepted: 5,
      stored: 5,
      delivered: 4,
      duplicated: 1,
      acceptedNotStored: 1,
      storedNotDelivered: 1,
      seconds: 12.5,
    });
  });

  it('counts a reference given twice as one accepted referral', () => {
    const figures = resilienceFigures({ scenario: 'x', burst: burst(['A', 'A']), stored: ['A'], delivered: ['A'], seconds: 1 });
    expect(figures).toMatchObject({ accepted: 1, acceptedNotStored: 0, resubmittedAlreadyStored: 0 });
  });
});
