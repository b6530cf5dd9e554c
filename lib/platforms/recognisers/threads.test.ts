import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { threadsRecogniser } from './threads';

describe('threadsRecogniser', () => {
  it.each([
    ['https://www.threads.net/@Jane.Doe/post/C1a2B3c4D5e?xmt=abc', 'post', 'C1a2B3c4D5e', 'https://www.threads.net/@jane.doe/post/C1a2B3c4D5e'],
    ['https://www.threads.com/@jane_doe/post/C1a2B3c4D5e/media', 'post', 'C1a2B3c4D5e', 'https://www.threads.net/@jane_doe/post/C1a2B3c4D5e'],
    ['threads.net/@jane_doe', 'profile', 'jane_doe', 'https://www.threads.net/@jane_doe'],
    ['@jane_doe', 'profile', 'jane_doe', 'https://www.threads.net/@jane_doe'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(threadsRecogniser.recognise(input)).toEqual({ ok: true, platform: 'threads', kind, id, canonicalUrl });
  });

  it.each(['https://www.threads.net/search', '@' + 'a'.repeat(31)])('refuses %j', (input) => {
    expect(threadsRecogniser.recognise(input).ok).toBe(false);
  });

  it('says an Instagram link is not a Threads one', () => {
    expect(threadsRecogniser.recognise('https://www.instagram.com/p/ABC123/')).toEqual({
      ok: false,
      message: 'This looks like an Instagram link, not a Threads one',
    });
  });
});
