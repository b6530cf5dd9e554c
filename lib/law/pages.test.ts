import { describe, expect, it } from 'vitest';
import { validateLawPages, type LawPageMetadata } from './page-metadata';
import { lawPage, lawPageHref, lawPages, lawPageSlugs } from './pages';

const good: LawPageMetadata = {
  slug: 'example',
  title: 'Example',
  description: 'An example page.',
  lastReviewed: '2026-11-01',
  whatChanged: { date: '2026-11-01', summary: 'First published.' },
  sources: [{ title: 'legislation.gov.uk', url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66B' }],
};
const today = '2026-11-28';

describe('the law pages registry', () => {
  it('has exactly one entry for every slug', () => {
    expect(lawPages.map((page) => page.slug).sort()).toEqual([...lawPageSlugs].sort());
  });

  it.each(lawPages.map((page) => [page.slug, page] as const))(
    '%s has a title, a description, a real last-reviewed date and https sources',
    (_slug, page) => {
      expect(page.title.trim()).not.toBe('');
      expect(page.description.trim()).not.toBe('');
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page.sources.length).toBeGreaterThan(0);
      for (const source of page.sources) {
        expect(source.title.trim()).not.toBe('');
        expect(new URL(source.url).protocol).toBe('https:');
      }
    },
  );

  it('puts the overview at /law and the rest under it', () => {
    expect(lawPageHref('overview')).toBe('/law');
    expect(lawPageHref('scotland')).toBe('/law/scotland');
    expect(lawPage('scotland').title).toBe('The law in Scotland');
  });
});

describe('validateLawPages', () => {
  it('accepts a complete entry', () => {
    expect(validateLawPages([good], today)).toEqual([good]);
  });

  it.each<[string, Partial<Record<keyof LawPageMetadata, unknown>>, RegExp]>([
    ['no title', { title: '' }, /"example": title every page needs a title/],
    ['no description', { description: '  ' }, /description every page needs a description/],
    ['no last-reviewed date', { lastReviewed: undefined }, /lastReviewed/],
    ['a date that is not a real day', { lastReviewed: '2026-02-30' }, /must be a real date/],
    ['a review date in the future', { lastReviewed: '2027-01-01' }, /is in the future/],
    ['no sources', { sources: [] }, /at least one source/],
    ['an http source', { sources: [{ title: 'Old', url: 'http://www.legislation.gov.uk/' }] }, /https/],
    ['a source that is not a link', { sources: [{ title: 'Notes', url: 'see the notes' }] }, /https/],
    ['a source without a title', { sources: [{ title: '', url: 'https://www.gov.uk/' }] }, /source needs a title/],
  ])('refuses an entry with %s, naming the page', (_name, change, message) => {
    const bad = { ...good, ...change } as LawPageMetadata;
    expect(() => validateLawPages([bad], today)).toThrow(message);
  });

  it('refuses the same slug twice', () => {
    expect(() => validateLawPages([good, good], today)).toThrow(/used twice/);
  });
});
