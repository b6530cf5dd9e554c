import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { instagramRecogniser } from './instagram';
import { hints } from './results';

describe('instagramRecogniser', () => {
  it.each([
    ['https://www.instagram.com/p/C1a2B3c4D5e/?igsh=MWQ1ZGUxMzBkMA==', 'post', 'C1a2B3c4D5e', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['instagram.com/p/C1a2B3c4D5e', 'post', 'C1a2B3c4D5e', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['https://www.instagram.com/jane_doe/p/C1a2B3c4D5e/', 'post', 'C1a2B3c4D5e', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['https://instagr.am/p/C1a2B3c4D5e/', 'post', 'C1a2B3c4D5e', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['https://www.instagram.com/reel/C9x_Y-z/?utm_source=ig_web_copy_link&igshid=abc', 'video', 'C9x_Y-z', 'https://www.instagram.com/reel/C9x_Y-z/'],
    ['https://www.instagram.com/reels/C9xYz/', 'video', 'C9xYz', 'https://www.instagram.com/reel/C9xYz/'],
    ['https://www.instagram.com/tv/B8abc/', 'video', 'B8abc', 'https://www.instagram.com/tv/B8abc/'],
    ['https://www.instagram.com/stories/Jane.Doe/3312345678901234567?utm_source=ig_story_item_share&igsh=xyz', 'story', '3312345678901234567', 'https://www.instagram.com/stories/jane.doe/3312345678901234567/'],
    ['https://www.instagram.com/stories/highlights/17912345678901234/', 'story', '17912345678901234', 'https://www.instagram.com/stories/highlights/17912345678901234/'],
    ['https://www.instagram.com/direct/t/340282366841710300949128/', 'message', '340282366841710300949128', 'https://www.instagram.com/direct/t/340282366841710300949128/'],
    ['https://www.instagram.com/Jane.Doe/', 'profile', 'jane.doe', 'https://www.instagram.com/jane.doe/'],
    ['https://m.instagram.com/jane_doe/tagged/', 'profile', 'jane_doe', 'https://www.instagram.com/jane_doe/'],
    ['@Jane.Doe', 'profile', 'jane.doe', 'https://www.instagram.com/jane.doe/'],
    ['jane_doe', 'profile', 'jane_doe', 'https://www.instagram.com/jane_doe/'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(instagramRecogniser.recognise(input)).toEqual({ ok: true, platform: 'instagram', kind, id, canonicalUrl });
  });

  it.each([
    ['https://www.instagram.com/share/reel/BAabc123', 'video', 'BAabc123', 'https://www.instagram.com/share/reel/BAabc123'],
    ['https://www.instagram.com/share/p/BAabc123', 'post', 'BAabc123', 'https://www.instagram.com/share/p/BAabc123'],
  ])('keeps the share link %s as a %s', (input, kind, id, canonicalUrl) => {
    expect(instagramRecogniser.recognise(input)).toEqual({ ok: true, platform: 'instagram', kind, id, canonicalUrl, hint: hints.shareLink });
  });

  it.each(['https://www.instagram.com/explore/', 'https://www.instagram.com/accounts/login/', 'https://www.instagram.com/'])(
    'refuses %s, which names no post or profile',
    (input) => {
      expect(instagramRecogniser.recognise(input).ok).toBe(false);
    },
  );

  it.each(['@' + 'a'.repeat(31), 'jane doe', 'jane-doe', '07700 900123'])('refuses %j', (input) => {
    expect(instagramRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a Facebook link is not an Instagram one', () => {
    expect(instagramRecogniser.recognise('https://m.facebook.com/jane.smith')).toEqual({ ok: false, message: 'This looks like a Facebook link, not an Instagram one' });
  });
});
