import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { hints } from './results';
import { tiktokRecogniser } from './tiktok';

describe('tiktokRecogniser', () => {
  it.each([
    ['https://www.tiktok.com/@Jane.Doe/video/7301234567890123456?is_from_webapp=1&sender_device=pc&web_id=123', 'video', '7301234567890123456', 'https://www.tiktok.com/@jane.doe/video/7301234567890123456'],
    ['https://m.tiktok.com/@jane_doe/video/7301234567890123456?_r=1&_t=8abc', 'video', '7301234567890123456', 'https://www.tiktok.com/@jane_doe/video/7301234567890123456'],
    ['tiktok.com/@jane_doe/photo/7301234567890123456', 'post', '7301234567890123456', 'https://www.tiktok.com/@jane_doe/photo/7301234567890123456'],
    ['https://www.tiktok.com/embed/v2/7301234567890123456', 'video', '7301234567890123456', 'https://www.tiktok.com/embed/v2/7301234567890123456'],
    ['https://m.tiktok.com/v/7301234567890123456.html', 'video', '7301234567890123456', 'https://www.tiktok.com/embed/v2/7301234567890123456'],
    ['https://www.tiktok.com/@jane_doe?lang=en', 'profile', 'jane_doe', 'https://www.tiktok.com/@jane_doe'],
    ['@Jane_Doe', 'profile', 'jane_doe', 'https://www.tiktok.com/@jane_doe'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(tiktokRecogniser.recognise(input)).toEqual({ ok: true, platform: 'tiktok', kind, id, canonicalUrl });
  });

  it.each([
    ['https://vm.tiktok.com/ZMabc123/', 'video', 'ZMabc123', 'https://vm.tiktok.com/ZMabc123'],
    ['https://vt.tiktok.com/ZSabc123/', 'video', 'ZSabc123', 'https://vt.tiktok.com/ZSabc123'],
    ['https://www.tiktok.com/t/ZTabc123/', 'video', 'ZTabc123', 'https://www.tiktok.com/t/ZTabc123'],
  ])('keeps the share link %s as a %s', (input, kind, id, canonicalUrl) => {
    expect(tiktokRecogniser.recognise(input)).toEqual({ ok: true, platform: 'tiktok', kind, id, canonicalUrl, hint: hints.shareLink });
  });

  it.each(['@a', '@jane.', '@' + 'a'.repeat(25), 'https://www.tiktok.com/jane_doe', 'https://www.tiktok.com/foryou'])('refuses %j', (input) => {
    expect(tiktokRecogniser.recognise(input).ok).toBe(false);
  });

  it('says an Instagram link is not a TikTok one', () => {
    expect(tiktokRecogniser.recognise('https://www.instagram.com/reel/ABC/')).toEqual({ ok: false, message: 'This looks like an Instagram link, not a TikTok one' });
  });
});
