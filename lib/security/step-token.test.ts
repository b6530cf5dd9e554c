import { describe, expect, it } from 'vitest';
import { createStepTokens, STEP_TOKEN_CLOCK_SKEW_MS } from './step-token';

describe('step tokens (M5)', () => {
  it('acts on a token once; a replay is used, a forgery or another process\'s token invalid', async () => {
    const tokens = createStepTokens();
    const token = tokens.issue();
    expect(await tokens.redeem(token)).toBe('fresh');
    expect(await tokens.redeem(token)).toBe('used');
    expect(await tokens.redeem(createStepTokens().issue())).toBe('invalid');
    // The same key (the same data key, after a restart) accepts the token it issued.
    const key = Buffer.alloc(32, 3);
    expect(await createStepTokens({ key }).redeem(createStepTokens({ key }).issue())).toBe('fresh');
    const [id, issued] = token.split('.');
    expect(await tokens.redeem(`${id}.${issued}.${'A'.repeat(43)}`)).toBe('invalid');
    for (const junk of [undefined, '', 'x', ['a'], `${token}x`]) expect(await tokens.redeem(junk)).toBe('invalid');
  });

  it('looks at a token without using it: Send uses its token only once the Send is dealt with', async () => {
    const tokens = createStepTokens();
    const token = tokens.issue();
    expect(await tokens.check(token)).toBe('fresh');
    expect(await tokens.check(token)).toBe('fresh');
    expect(await tokens.redeem(token)).toBe('fresh');
    expect(await tokens.check(token)).toBe('used');
    expect(await tokens.check(createStepTokens().issue())).toBe('invalid');
    expect(await tokens.check('x')).toBe('invalid');
  });

  it('expires after its lifetime', async () => {
    let clock = 1_000_000;
    const tokens = createStepTokens({ lifetimeMs: 1000, now: () => clock });
    const token = tokens.issue();
    clock += 1001;
    expect(await tokens.redeem(token)).toBe('invalid');
  });

  it('accepts a token from an instance whose clock is a few seconds ahead, once, but not one from further ahead', async () => {
    const key = Buffer.alloc(32, 7);
    let clock = 1_000_000;
    const ahead = createStepTokens({ key, now: () => clock + STEP_TOKEN_CLOCK_SKEW_MS });
    const here = createStepTokens({ key, now: () => clock });
    const token = ahead.issue();
    expect(await here.check(token)).toBe('fresh');
    expect(await here.redeem(token)).toBe('fresh');
    expect(await here.redeem(token)).toBe('used');
    const tooFar = createStepTokens({ key, now: () => clock + STEP_TOKEN_CLOCK_SKEW_MS + 1 }).issue();
    expect(await here.redeem(tooFar)).toBe('invalid');
    clock += 1;
    expect(await here.redeem(tooFar)).toBe('fresh');
  });

  it('bounds its memory without ever letting a forgotten token be replayed', async () => {
    let clock = 1_000_000;
    const tokens = createStepTokens({ maxUsed: 3, now: () => clock });
    const issued = Array.from({ length: 6 }, () => {
      clock += 1;
      return tokens.issue();
    });
    for (const token of issued) expect(await tokens.redeem(token)).toBe('fresh');
    for (const token of issued) expect(await tokens.redeem(token)).toBe('used');
  });
});
