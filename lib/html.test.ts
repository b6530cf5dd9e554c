import { expect, it } from 'vitest';
import { escapeHtml } from '@/lib/html';

it('escapes the five characters that can end text or an attribute, and nothing else', () => {
  expect(escapeHtml(`<img src=x onerror="alert('1')"> & café`)).toBe(
    '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; café',
  );
  // Already-escaped text is escaped again, not trusted.
  expect(escapeHtml('&lt;')).toBe('&amp;lt;');
});
