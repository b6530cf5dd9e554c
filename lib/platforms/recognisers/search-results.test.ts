import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { searchResultsRecogniser } from './search-results';

describe('searchResultsRecogniser', () => {
  it.each([
    ['https://www.google.com/search?q=jane+smith&sca_esv=abc&ei=xyz&oq=jane', 'search-result', 'jane smith', 'https://www.google.com/search?q=jane+smith'],
    ['https://www.google.co.uk/search?q=jane+smith&tbm=isch&source=lnms', 'search-result', 'jane smith', 'https://www.google.co.uk/search?q=jane+smith&tbm=isch'],
    ['https://www.bing.com/search?q=jane%20smith&form=QBLH', 'search-result', 'jane smith', 'https://www.bing.com/search?q=jane+smith'],
    ['https://www.bing.com/images/search?q=jane&first=1', 'search-result', 'jane', 'https://www.bing.com/images/search?q=jane'],
    ['https://www.google.com/url?sa=t&url=https%3A%2F%2Fexample.com%2Fpage%3Futm_source%3Dg&usg=abc', 'search-result', 'https://example.com/page', 'https://example.com/page'],
    ['https://www.google.com/imgres?imgurl=https://example.com/a.jpg&imgrefurl=https://example.com/gallery', 'search-result', 'https://example.com/gallery', 'https://example.com/gallery'],
    ['https://example.com/gallery/3?utm_campaign=x', 'page', 'https://example.com/gallery/3', 'https://example.com/gallery/3'],
    ['https://www.reddit.com/r/pics/comments/abc123/', 'page', 'https://www.reddit.com/r/pics/comments/abc123/', 'https://www.reddit.com/r/pics/comments/abc123/'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(searchResultsRecogniser.recognise(input)).toEqual({ ok: true, platform: 'search-results', kind, id, canonicalUrl });
  });

  it.each([
    'https://www.google.com/search',
    'https://www.google.com/url?q=javascript:alert(1)',
    'https://www.google.com/url?q=https://localhost/x',
    'jane smith',
  ])('refuses %j', (input) => {
    expect(searchResultsRecogniser.recognise(input).ok).toBe(false);
  });
});
