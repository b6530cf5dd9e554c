import { describe, expect, it } from 'vitest';
import { withoutRemoteContent } from './without-remote-content';

describe('withoutRemoteContent', () => {
  it.each([
    '<img src="https://tracker.example/p.gif" alt="">',
    "<img src='//tracker.example/p.gif'>",
    '<img src=https://tracker.example/p.gif>',
    '<img srcset="https://tracker.example/a.png 2x">',
    '<table background="https://tracker.example/bg.png">',
    '<link rel="stylesheet" href="https://tracker.example/s.css">',
    '<video poster="https://tracker.example/p.jpg">',
  ])('leaves nothing to fetch in %s', (html) => {
    expect(withoutRemoteContent(html)).not.toMatch(/tracker\.example/);
  });

  it('disables url() in inline styles', () => {
    expect(withoutRemoteContent('<div style="background:url(https://tracker.example/x.png)">')).not.toMatch(/url\(/);
  });

  it('keeps the text and the markup that fetches nothing', () => {
    expect(withoutRemoteContent('<h1>Referral KQ7M-X4PD</h1><p>Where: <code>https[:]//x.example</code></p>')).toBe(
      '<h1>Referral KQ7M-X4PD</h1><p>Where: <code>https[:]//x.example</code></p>',
    );
  });
});
