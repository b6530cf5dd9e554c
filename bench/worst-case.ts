/**
 * Inputs chosen to make a recogniser backtrack, and how long the slowest takes, for the
 * per-recogniser worst case in `npm run bench` (bench/recognisers.ts). `npm test` proves
 * the patterns linear without a clock instead (no-backtracking.test.ts).
 *
 * Each input is built at an exact length, so doubling the length doubles the input and nothing
 * else. Pure: no Node imports (performance.now is global in Node and browsers).
 */
import { platformIds, type PlatformId } from '@/lib/platforms/catalogue';
import { readEvidence } from '@/lib/platforms/recognise';
import { platformHosts } from '@/lib/platforms/recognisers/hosts';

/** Repeats `unit` after `prefix` and before `suffix` to exactly `length` characters. */
function sized(length: number, unit: string, prefix = '', suffix = ''): string {
  const room = Math.max(0, length - prefix.length - suffix.length);
  return `${prefix}${unit.repeat(Math.ceil(room / unit.length)).slice(0, room)}${suffix}`;
}

/** The platform's own first host, so its path rules are what gets exercised. */
const hostOf = (platformId: PlatformId) => platformHosts[platformId][0] ?? 'example.com';

/**
 * Adversarial inputs of one length for a platform: long runs of the characters each pattern
 * repeats (dots, slashes, @, digits, hyphens, ampersands…), with the last character chosen to
 * make the match fail at the end, which is where a backtracking pattern retries everything.
 */
export function adversarialInputs(platformId: PlatformId, length: number): { name: string; input: string }[] {
  const site = `https://www.${hostOf(platformId)}/`;
  return [
    // The pattern security review M2 found quadratic in looksLikeLink.
    { name: 'dots then @', input: sized(length, '.', '', '@') },
    { name: 'www, dots, @', input: sized(length, '.', 'www.', '@') },
    { name: 'letters', input: sized(length, 'a') },
    { name: 'name.name…', input: sized(length, 'a.') },
    { name: '@ signs', input: sized(length, '@') },
    { name: 'digits', input: sized(length, '0') },
    { name: 'digits and spaces', input: sized(length, '1 ', '+') },
    { name: 'brackets', input: sized(length, '(') },
    { name: 'words and a link', input: sized(length, 'a ', '', 'https://') },
    { name: 'schemes', input: sized(length, 'http://') },
    { name: 'path of a/', input: sized(length, 'a/', site, '!') },
    { name: 'path of a.', input: sized(length, 'a.', site) },
    { name: 'path of -', input: sized(length, '-', `${site}p/`, '!') },
    { name: 'path of _', input: sized(length, '_', site, '!') },
    { name: 'path of digits', input: sized(length, '1', `${site}1/`, '/x') },
    { name: 'path of %', input: sized(length, '%4', site) },
    { name: 'query of &', input: sized(length, '&', `${site}a?`) },
    { name: 'query of names', input: sized(length, 'a=1&', `${site}a?`) },
    { name: 'fragment', input: sized(length, 'a', `${site}#@`, '!') },
    { name: 'subdomains', input: sized(length, 'a.', 'https://', hostOf(platformId)) },
    { name: 'user:pass-like', input: sized(length, 'a:', '', '@x') },
    { name: 'direction marks', input: sized(length, '\u202A', '', '1') },
  ];
}

/** Milliseconds one call of `call` takes: the best of a few trials of `rounds` calls each. */
export function timeCall(call: () => unknown, rounds: number, trials = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < trials; trial += 1) {
    const start = performance.now();
    for (let round = 0; round < rounds; round += 1) call();
    best = Math.min(best, (performance.now() - start) / rounds);
  }
  return best;
}

/** How many calls make a trial last about `targetMs`, so that fast code is timed above the clock's grain. */
export function roundsFor(call: () => unknown, targetMs = 0.5): number {
  const once = timeCall(call, 1, 1);
  return Math.min(500, Math.max(1, Math.ceil(targetMs / Math.max(once, 0.001))));
}

/**
 * Time at full length over time at half length for one function of the input: about 2 when it
 * takes time in proportion to the input, 4 when quadratic. A ratio, so a busy machine slowing
 * both alike does not change it.
 */
export function doublingRatio(call: (input: string) => unknown, half: string, full: string, trials = 7): { ms: number; ratio: number } {
  const rounds = roundsFor(() => call(half));
  // Half and full length take turns, and each keeps its best trial, so a burst of load on a
  // shared machine slows one trial of each rather than all of one length.
  let halfMs = Number.POSITIVE_INFINITY;
  let ms = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < trials; trial += 1) {
    halfMs = Math.min(halfMs, timeCall(() => call(half), rounds, 1));
    ms = Math.min(ms, timeCall(() => call(full), rounds, 1));
  }
  return { ms, ratio: ms / Math.max(halfMs, 1e-6) };
}

export type WorstCase = {
  platformId: PlatformId;
  name: string;
  length: number;
  /** Milliseconds for one reading at `length`. */
  ms: number;
  /** Time at `length` over time at half of it. */
  ratio: number;
};

/** For each platform, every adversarial input through readEvidence at half and full length. */
export function measureWorstCases(length = 2000, platforms: readonly PlatformId[] = platformIds): WorstCase[][] {
  return platforms.map((platformId) => {
    const half = adversarialInputs(platformId, length / 2);
    return adversarialInputs(platformId, length).map(({ name, input }, index) => ({
      platformId,
      name,
      length,
      ...doublingRatio((text) => readEvidence(platformId, text), half[index]!.input, input),
    }));
  });
}

/** The slowest input of one platform's cases. */
export const slowest = (cases: readonly WorstCase[]): WorstCase => cases.reduce((worst, next) => (next.ms > worst.ms ? next : worst));
