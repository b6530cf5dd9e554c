import { describe, expect, it } from 'vitest';
import { cleanEvidenceText, cleanText } from './fields';
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

describe('cleanEvidenceText (M3 of the December platform review)', () => {
  const couple = '\u{1F469}\u200D\u2764\uFE0F\u200D\u{1F468}';
  const wales = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}';
  const persian = '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645';

  it('M3: keeps the zero-width joiner and non-joiner and a flag’s tag sequence, which spell what she typed', () => {
    for (const text of [`jane ${couple} doe`, `Si\u00E2n ${wales}`, persian]) expect(cleanEvidenceText(text)).toBe(text);
  });

  it('M3: removes only what can reorder or hide text: overrides, isolates, zero-width space, word joiner, BOM, controls and stray tags', () => {
    expect(cleanEvidenceText('\uFEFFja\u200Bne\u2060 \u202Edoe\u202C \u2066x\u2069\u0007 \u{E0041}\u{E0042}y')).toBe('jane doe x y');
  });

  it('L2: keeps tabs, and a one-line answer’s line breaks become spaces', () => {
    expect(cleanEvidenceText('jane\tdoe')).toBe('jane\tdoe');
    expect(cleanEvidenceText('one\r\ntwo')).toBe('one two');
    expect(cleanEvidenceText('one\r\ntwo', true)).toBe('one\ntwo');
  });
});
