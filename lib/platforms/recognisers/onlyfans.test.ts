import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { onlyfansRecogniser } from './onlyfans';

describe('onlyfansRecogniser', () => {
  it.each([
    ['https://onlyfans.com/jane_doe', 'profile', 'jane_doe', 'https://onlyfans.com/jane_doe'],
    ['onlyfans.com/Jane.Doe/media?utm_source=x', 'profile', 'jane.doe', 'https://onlyfans.com/jane.doe'],
    ['https://onlyfans.com/1234567890/jane_doe', 'post', '1234567890', 'https://onlyfans.com/1234567890/jane_doe'],
    ['@jane_doe', 'profile', 'jane_doe', 'https://onlyfans.com/jane_doe'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(onlyfansRecogniser.recognise(input)).toEqual({ ok: true, platform: 'onlyfans', kind, id, canonicalUrl });
  });

  it.each(['https://onlyfans.com/', 'https://onlyfans.com/terms', 'https://onlyfans.com/my/notifications', 'jane doe'])('refuses %j', (input) => {
    expect(onlyfansRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a Facebook link is not an OnlyFans one', () => {
    expect(onlyfansRecogniser.recognise('https://www.facebook.com/jane.smith')).toEqual({ ok: false, message: 'This looks like a Facebook link, not an OnlyFans one' });
  });
});
