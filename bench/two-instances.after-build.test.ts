/**
 * The two-instance scenario (two-instances.ts) at a size for every test run: the production
 * build started twice on one real PostgreSQL behind the round-robin proxy, 100 referrals each
 * from its own loopback address, instance A killed with SIGKILL a third of the way through and
 * started again, then a rate limit reached through A tried through B. Every attempted referral
 * must be accepted, stored once and delivered once (at most the one message in flight at the
 * kill twice, under the same Message-ID), and the limit must hold on B. `npm run bench` runs the
 * same at 1,000, with throughput.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresStore } from './shared-store';
import { runTwoInstances } from './two-instances';
import { twoInstanceProblems } from './two-instances-judgement';

const root = path.resolve(__dirname, '..');

describe('two instances on one PostgreSQL behind a proxy', () => {
  it('loses nothing and sends nothing twice when one is killed mid-burst, and a rate limit holds on both', async () => {
    if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` (APP_MODE=demo) first');
    const store = await postgresStore();
    try {
      const figures = await runTwoInstances({ store, size: 100 });
      // The counts in the run's log, for a look at a passing run too.
      console.log(`two instances: ${JSON.stringify(figures)}`);
      expect(twoInstanceProblems(figures), JSON.stringify(figures)).toEqual([]);
      // What the problems above are judged on, said outright.
      expect(figures.kill.acceptedAtKill).toBeGreaterThanOrEqual(33);
      expect(figures.accepted).toBe(figures.attempted - 1);
      expect(figures.stored).toBe(figures.accepted);
      expect(figures.delivered).toBe(figures.stored);
      expect(figures.duplicated).toBeLessThanOrEqual(1);
      expect(figures.rateLimit).toEqual({ limit: 5, acceptedThroughA: 5, nextThroughB: 'rate-limited', newClientThroughB: 'accepted' });
    } finally {
      await store.close();
    }
  }, 120_000);
});
