import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { hints } from './results';
import { xRecogniser } from './x';

describe('xRecogniser', () => {
  it.each([
    ['https://x.com/Jane_Doe/status/1790123456789012345?s=46&t=AbCdEfGh', 'post', '1790123456789012345', 'https://x.com/Jane_Doe/status/1790123456789012345'],
    ['https://twitter.com/jane/status/1790123456789012345', 'post', '1790123456789012345', 'https://x.com/jane/status/1790123456789012345'],
    ['https://mobile.twitter.com/jane/status/1790123456789012345?ref_src=twsrc%5Etfw', 'post', '1790123456789012345', 'https://x.com/jane/status/1790123456789012345'],
    ['twitter.com/jane/statuses/123', 'post', '123', 'https://x.com/jane/status/123'],
    ['https://x.com/i/web/status/1790123456789012345', 'post', '1790123456789012345', 'https://x.com/i/web/status/1790123456789012345'],
    ['https://x.com/i/status/1790123456789012345', 'post', '1790123456789012345', 'https://x.com/i/web/status/1790123456789012345'],
    ['https://x.com/i/communities/1600000000000000000', 'group', '1600000000000000000', 'https://x.com/i/communities/1600000000000000000'],
    ['https://x.com/Jane_Doe', 'profile', 'Jane_Doe', 'https://x.com/Jane_Doe'],
    ['https://twitter.com/jane/media', 'profile', 'jane', 'https://x.com/jane'],
    ['@Jane_Doe', 'profile', 'Jane_Doe', 'https://x.com/Jane_Doe'],
    ['j', 'profile', 'j', 'https://x.com/j'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(xRecogniser.recognise(input)).toEqual({ ok: true, platform: 'x', kind, id, canonicalUrl });
  });

  it('keeps which photo of a post a link opens', () => {
    expect(xRecogniser.recognise('https://x.com/jane/status/1790123456789012345/photo/1')).toEqual({
      ok: true,
      platform: 'x',
      kind: 'post',
      id: '1790123456789012345',
      canonicalUrl: 'https://x.com/jane/status/1790123456789012345',
      details: [{ name: 'photo', value: '1' }],
    });
  });

  it('L3: keeps a t.co link as it is, as a link to some page rather than an X post', () => {
    expect(xRecogniser.recognise('https://t.co/AbC123xyz')).toEqual({
      ok: true,
      platform: 'x',
      kind: 'page',
      id: 'AbC123xyz',
      canonicalUrl: 'https://t.co/AbC123xyz',
      hint: hints.shareLink,
    });
  });

  it.each(['@abcdefghijklmnop', '@jane.doe', '@jane-doe', 'https://x.com/home', 'https://x.com/explore', 'https://x.com/'])('refuses %j', (input) => {
    expect(xRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a Reddit link is not an X one', () => {
    expect(xRecogniser.recognise('https://www.reddit.com/r/pics/')).toEqual({ ok: false, message: 'This looks like a Reddit link, not an X (Twitter) one' });
  });
});
