import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { websitesRecogniser } from './websites';

describe('websitesRecogniser', () => {
  it.each([
    ['https://www.example-tube.com/view_video.php?viewkey=ph5f3a&utm_source=share', 'https://www.example-tube.com/view_video.php?viewkey=ph5f3a', true],
    ['example.com/forum/thread/123?fbclid=abc', 'https://example.com/forum/thread/123', true],
    ['www.example.com', 'https://www.example.com/', true],
    ['example.org', 'https://example.org/', true],
    ['http://old-site.example.net/page', 'http://old-site.example.net/page', false],
    ['https://imgbox.example.com/a#:~:text=jane', 'https://imgbox.example.com/a', true],
  ])('recognises %s', (input, id, hasCanonical) => {
    expect(websitesRecogniser.recognise(input)).toEqual(
      hasCanonical
        ? { ok: true, platform: 'websites', kind: 'page', id, canonicalUrl: id }
        : { ok: true, platform: 'websites', kind: 'page', id },
    );
  });

  it.each([
    ['https://www.facebook.com/jane.smith', 'This looks like a Facebook link: choose Facebook instead'],
    ['https://x.com/jane', 'This looks like an X (Twitter) link: choose X (Twitter) instead'],
    ['https://onlyfans.com/jane', 'This looks like an OnlyFans link: choose OnlyFans instead'],
    ['https://www.google.com/search?q=jane', 'This looks like a search engine link: choose Search results instead'],
  ])('points %s at its platform', (input, message) => {
    expect(websitesRecogniser.recognise(input)).toEqual({ ok: false, message });
  });

  it.each(['Jane Smith', '@jane', 'https://localhost/x', 'https://192.168.1.1/admin'])('refuses %j', (input) => {
    expect(websitesRecogniser.recognise(input).ok).toBe(false);
  });
});
