import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { youtubeRecogniser } from './youtube';

describe('youtubeRecogniser', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=abc', 'video', 'dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=tracking', 'video', 'dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['m.youtube.com/shorts/dQw4w9WgXcQ', 'video', 'dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', 'video', 'dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'video', 'dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.youtube.com/@Jane.Doe/videos', 'profile', 'jane.doe', 'https://www.youtube.com/@jane.doe'],
    ['https://www.youtube.com/channel/UC1234567890abcdefghijkl', 'channel', 'UC1234567890abcdefghijkl', 'https://www.youtube.com/channel/UC1234567890abcdefghijkl'],
    ['https://www.youtube.com/user/JaneDoe', 'channel', 'JaneDoe', 'https://www.youtube.com/user/JaneDoe'],
    ['@JaneDoe', 'profile', 'janedoe', 'https://www.youtube.com/@janedoe'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(youtubeRecogniser.recognise(input)).toEqual({ ok: true, platform: 'youtube', kind, id, canonicalUrl });
  });

  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&si=abc', '0:42'],
    ['https://youtu.be/dQw4w9WgXcQ?t=92', '1:32'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1h2m3s', '1:02:03'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=600', '10:00'],
  ])('L4: shows where in the video %s starts (%s), which YouTube asks for', (input, time) => {
    expect(youtubeRecogniser.recognise(input)).toMatchObject({ ok: true, kind: 'video', id: 'dQw4w9WgXcQ', details: [{ name: 'time', value: time }] });
  });

  it.each(['https://www.youtube.com/watch?v=short', 'https://www.youtube.com/feed/trending', '@ab', 'javascript:alert(1)'])(
    'refuses %j',
    (input) => {
      expect(youtubeRecogniser.recognise(input).ok).toBe(false);
    },
  );

  it('says a TikTok link is not a YouTube one', () => {
    expect(youtubeRecogniser.recognise('https://www.tiktok.com/@jane/video/123')).toEqual({
      ok: false,
      message: 'This looks like a TikTok link, not a YouTube one',
    });
  });
});
