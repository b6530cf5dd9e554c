import { describe, expect, it } from 'vitest';
import { withArticle } from './results';

describe('withArticle', () => {
  it.each([
    ['Facebook', 'a Facebook'],
    ['Instagram', 'an Instagram'],
    ['X (Twitter)', 'an X (Twitter)'],
    ['OnlyFans', 'an OnlyFans'],
    ['WhatsApp', 'a WhatsApp'],
  ])('%s', (name, expected) => {
    expect(withArticle(name)).toBe(expected);
  });
});
