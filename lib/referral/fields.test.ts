import { describe, expect, it } from 'vitest';
import { cleanText } from './fields';
import { isEmailAddress } from './schema';

describe('cleanText (L5)', () => {
  it('removes every invisible character the review found reaching contact details', () => {
    const hidden = '\u00AD\u061C\u180E\u200B\u200D\u2060\u2061\u2062\u2063\u2064\uFEFF\u202E\u2067\u{E0041}\u{E007F}';
    expect(cleanText(`ja${hidden}ne@exam${hidden}ple.com`)).toBe('jane@example.com');
    expect(isEmailAddress(cleanText('ja\u00ADne@exam\u2060ple.com'))).toBe(true);
    expect(cleanText('Jane\u0007\u009B')).toBe('Jane');
  });

  it('treats the Unicode line and paragraph separators as the line breaks they are', () => {
    expect(cleanText('Jane\u2028Phone: 0800 000 000')).toBe('Jane Phone: 0800 000 000');
    expect(cleanText('First\u2029Second', true)).toBe('First\nSecond');
    expect(cleanText('a\r\nb\rc', true)).toBe('a\nb\nc');
  });

  it('keeps every visible character, in any script', () => {
    for (const text of ['Siân O’Brien', 'محمد', 'Zoë – 07700 900 982', '李 小龙', 'café 🙂']) {
      expect(cleanText(text)).toBe(text);
    }
  });
});
