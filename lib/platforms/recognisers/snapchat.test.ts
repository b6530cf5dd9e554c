import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { hints } from './results';
import { snapchatRecogniser } from './snapchat';

describe('snapchatRecogniser', () => {
  it.each([
    ['https://www.snapchat.com/add/Jane.Doe1?share_id=abc&locale=en-GB', 'profile', 'jane.doe1', 'https://www.snapchat.com/add/jane.doe1'],
    ['snapchat.com/add/jane-doe', 'profile', 'jane-doe', 'https://www.snapchat.com/add/jane-doe'],
    ['https://www.snapchat.com/@jane_doe', 'profile', 'jane_doe', 'https://www.snapchat.com/add/jane_doe'],
    ['https://story.snapchat.com/@jane_doe', 'profile', 'jane_doe', 'https://www.snapchat.com/add/jane_doe'],
    ['https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAA', 'video', 'W7_EDlXWTBiXAEEniNoMPwAA', 'https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAA'],
    ['@Jane_Doe', 'profile', 'jane_doe', 'https://www.snapchat.com/add/jane_doe'],
    ['jane.doe', 'profile', 'jane.doe', 'https://www.snapchat.com/add/jane.doe'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(snapchatRecogniser.recognise(input)).toEqual({ ok: true, platform: 'snapchat', kind, id, canonicalUrl });
  });

  it.each([
    ['https://t.snapchat.com/AbCdEf', 'profile', 'AbCdEf', 'https://t.snapchat.com/AbCdEf'],
    ['https://www.snapchat.com/t/AbCdEf', 'profile', 'AbCdEf', 'https://www.snapchat.com/t/AbCdEf'],
  ])('keeps the share link %s as a %s', (input, kind, id, canonicalUrl) => {
    expect(snapchatRecogniser.recognise(input)).toEqual({ ok: true, platform: 'snapchat', kind, id, canonicalUrl, hint: hints.shareLink });
  });

  it.each(['@ab', '@1jane', '@jane_', '@abcdefghijklmnop', '07700 900123', 'https://www.snapchat.com/'])('refuses %j', (input) => {
    expect(snapchatRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a TikTok link is not a Snapchat one', () => {
    expect(snapchatRecogniser.recognise('https://www.tiktok.com/@jane')).toEqual({ ok: false, message: 'This looks like a TikTok link, not a Snapchat one' });
  });
});
