import { describe, expect, it } from 'vitest';
import { median, range, spread, summariseRuns } from './stats';

describe('benchmark statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('shows a range low to high', () => {
    expect(range(spread([12.25, 10, 11]))).toBe('10–12.3');
  });

  it('groups runs by scenario and connections', () => {
    const row = (scenario: string, connections: number, rps: number) => ({
      scenario, connections, requestsPerSecond: rps, latencyP50Ms: 1, latencyP99Ms: 2, errors: 0,
    });
    const summary = summariseRuns([
      { pages: [row('home', 10, 100), row('home', 50, 90)], submissions: [{ ...row('submission', 10, 20), accepted: 200, stored: 200, delivered: 200, duplicates: 0, ratioToFormPage: 0.2 }] },
      { pages: [row('home', 10, 120), row('home', 50, 80)], submissions: [{ ...row('submission', 10, 30), accepted: 300, stored: 300, delivered: 300, duplicates: 0, ratioToFormPage: 0.25 }] },
      { pages: [row('home', 10, 110), row('home', 50, 70)], submissions: [{ ...row('submission', 10, 25), accepted: 250, stored: 250, delivered: 250, duplicates: 0, ratioToFormPage: 0.3 }] },
    ]);
    expect(summary.map((s) => [s.scenario, s.connections, s.requestsPerSecond.median])).toEqual([
      ['home', 10, 110],
      ['home', 50, 80],
      ['submission', 10, 25],
    ]);
    expect(summary[2]!.accepted).toMatchObject({ median: 250, min: 200, max: 300 });
    expect(summary[0]!.accepted).toBeUndefined();
  });
});
