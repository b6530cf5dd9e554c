import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { platformIds } from './catalogue';
import { readEvidence } from './recognise';
import { adversarialInputs, doublingRatio, measureWorstCases } from './worst-case';

/**
 * No recogniser may backtrack (security review M2): every platform reads adversarial inputs at
 * 1,000 and 2,000 characters, and doubling the length may at most triple the time. Linear code
 * gives about 2; the quadratic pattern M2 found gives about 4.
 */
describe('recognisers take time in proportion to the input', () => {
  it('builds every adversarial input at exactly the length asked for', () => {
    for (const platformId of platformIds) {
      for (const { input } of adversarialInputs(platformId, 2000)) expect(input).toHaveLength(2000);
    }
  });

  it('would catch a quadratic pattern: the one M2 found in looksLikeLink', () => {
    const quadratic = /^([^/?#@]+\.[^/?#@]+)([/?#].*)?$/;
    const { ratio } = doublingRatio((text) => quadratic.exec(text), `${'.'.repeat(999)}@`, `${'.'.repeat(1999)}@`);
    expect(ratio).toBeGreaterThan(3);
  });

  it.each(platformIds)('%s: doubling the length at most triples the time', (platformId) => {
    const [cases = []] = measureWorstCases(2000, [platformId]);
    const half = adversarialInputs(platformId, 1000);
    const full = adversarialInputs(platformId, 2000);
    // Measured once more before failing: one slow trial on a shared machine is not a quadratic pattern.
    const tooSlow = cases
      .filter((found) => found.ratio > 3)
      .map(({ name }) => {
        const at = full.findIndex((input) => input.name === name);
        return { name, ratio: doublingRatio((text) => readEvidence(platformId, text), half[at]!.input, full[at]!.input).ratio };
      })
      .filter(({ ratio }) => ratio > 3);
    expect(tooSlow.map(({ name, ratio }) => `${name}: ${ratio.toFixed(1)}`)).toEqual([]);
  });
});
