import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

const policy = { baseMs: 1_000, maxMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles with each failure, between half and all of the schedule', () => {
    const schedule = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];
    schedule.forEach((ceiling, index) => {
      expect(backoffDelay(index + 1, policy, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(index + 1, policy, () => 0.999999)).toBe(ceiling);
    });
  });

  it('is capped, even after very many failures', () => {
    expect(backoffDelay(7, policy, () => 0.999999)).toBe(60_000);
    expect(backoffDelay(10_000, policy, () => 0.999999)).toBe(60_000);
    expect(Number.isFinite(backoffDelay(10_000, policy))).toBe(true);
  });

  it('spreads retries of jobs that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5, policy)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(8_000);
      expect(delay).toBeLessThanOrEqual(16_000);
    }
  });
});
