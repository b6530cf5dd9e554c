import { describe, expect, it } from 'vitest';
import { platformIds } from '@/lib/platforms/catalogue';
import { adversarialInputs } from './worst-case';

/**
 * The bench's adversarial inputs (bench/recognisers.ts times them): each is built at the
 * exact length asked for, so doubling the length doubles the input and nothing else. That the
 * recognisers cannot backtrack is checked without a clock, in no-backtracking.test.ts.
 */
describe('adversarial inputs for the recognisers bench', () => {
  it('builds every adversarial input at exactly the length asked for', () => {
    for (const platformId of platformIds) {
      for (const { input } of adversarialInputs(platformId, 2000)) expect(input).toHaveLength(2000);
    }
  });
});
