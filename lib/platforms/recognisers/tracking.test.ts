import { describe, expect, it } from 'vitest';
import { platformOfHost } from './hosts';
import { trackingParams, withoutTracking, withoutTrackingText } from './tracking';

describe('withoutTracking', () => {
  it.each([
    ['https://example.com/a?utm_source=x&utm_medium=y&id=3', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['https://example.com/a?s=1&t=2&ref=home', 'https://example.com/a?s=1&t=2&ref=home'],
    ['https://www.youtube.com/watch?v=abc123&si=xyz&feature=share', 'https://www.youtube.com/watch?v=abc123'],
    ['https://example.com/a#:~:text=hello', 'https://example.com/a'],
    ['https://example.com/#/post/3', 'https://example.com/#/post/3'],
  ])('%s becomes %s', (input, output) => {
    expect(withoutTracking(new URL(input)).href).toBe(output);
  });
});

describe('withoutTrackingText', () => {
  const everyNamed = (hostname: string) => {
    const owner = platformOfHost(hostname);
    return [...trackingParams.everywhere, ...(owner ? (trackingParams.byPlatform[owner] ?? []) : [])];
  };

  it.each(['www.facebook.com', 'www.instagram.com', 'www.tiktok.com', 'x.com', 'www.reddit.com', 'www.snapchat.com', 'example.com'])(
    'drops every named tracking parameter on %s, and utm_*',
    (hostname) => {
      const tracked = [...everyNamed(hostname), 'utm_source', 'UTM_Campaign'].map((name) => `${name}=1`).join('&');
      expect(withoutTrackingText(`https://${hostname}/a?${tracked}`, hostname)).toBe(`https://${hostname}/a`);
    },
  );

  it.each([
    ['https://www.facebook.com/x/posts/1?comment_id=Y29t&reply_comment_id=2&fbclid=a', 'https://www.facebook.com/x/posts/1?comment_id=Y29t&reply_comment_id=2'],
    ['https://www.instagram.com/p/ABC/?img_index=3&igsh=abc', 'https://www.instagram.com/p/ABC/?img_index=3'],
    ['https://t.me/chan/12?comment=5&utm_source=x', 'https://t.me/chan/12?comment=5'],
    ['https://www.google.com/search?q=Jane+Smith&tbm=isch&gclid=x#imgrc=AbC', 'https://www.google.com/search?q=Jane+Smith&tbm=isch#imgrc=AbC'],
    ['https://www.facebook.com/profile.php?id=1&sk=photos', 'https://www.facebook.com/profile.php?id=1&sk=photos'],
    ['https://www.facebook.com/x/posts/1?__cft__%5B0%5D=AZU&__tn__=%2CO%2CP-R', 'https://www.facebook.com/x/posts/1'],
    ['https://Example.com/A%20b?x=1&fbclid=2#:~:text=hi', 'https://Example.com/A%20b?x=1#:~:text=hi'],
    ['https://youtu.be/abc?si=xyz&t=42', 'https://youtu.be/abc?t=42'],
    // "s" and "t" are tracking on X only: elsewhere they may say which page or time it is.
    ['https://x.com/jane/status/1?s=20&t=AbC', 'https://x.com/jane/status/1'],
    ['https://example.com/page?s=20&t=AbC', 'https://example.com/page?s=20&t=AbC'],
  ])('keeps %s as written, less its tracking', (link, kept) => {
    expect(withoutTrackingText(link, new URL(link).hostname)).toBe(kept);
  });
});
