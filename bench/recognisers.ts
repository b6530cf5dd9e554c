/**
 * The recognisers' worst case, for `npm run bench`: every platform reads the adversarial inputs
 * of bench/worst-case.ts at 2,000 characters (the longest "where" the form accepts), and
 * the slowest is reported with its doubling ratio. Target: under 1 ms each. `npm test` proves
 * the patterns linear without a clock (lib/platforms/no-backtracking.test.ts); this reports the time.
 *
 * Alone: node --conditions=react-server --import tsx bench/recognisers.ts
 */
import path from 'node:path';
import '@/lib/platforms/phone-numbers-now';
import { measureWorstCases, slowest } from './worst-case';

/** Under this, one reading cannot be used to slow the server down (security review M2). */
export const TARGET_MS = 1;

export type RecogniserFigures = { platform: string; slowestInput: string; length: number; ms: number; ratio: number; underTarget: boolean };

export function recogniserFigures(length = 2000): RecogniserFigures[] {
  return measureWorstCases(length).map((cases) => {
    const worst = slowest(cases);
    return {
      platform: worst.platformId,
      slowestInput: worst.name,
      length,
      ms: Math.round(worst.ms * 10_000) / 10_000,
      ratio: Math.round(worst.ratio * 100) / 100,
      underTarget: worst.ms < TARGET_MS,
    };
  });
}

if (process.argv[1] && path.basename(process.argv[1]) === 'recognisers.ts') {
  const figures = recogniserFigures();
  console.table(figures);
  if (figures.some((row) => !row.underTarget)) process.exitCode = 1;
}
