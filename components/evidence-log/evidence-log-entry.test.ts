import { describe, expect, it } from 'vitest';
import { platformIds, platformNames } from '@/lib/platforms/catalogue';
import { findPlatform } from '@/lib/platforms/registry';
import { downloadAdvice, downloadFileName, logAsText, platformNameOf, type EvidenceLogEntry } from './evidence-log-entry';

const entry: EvidenceLogEntry = {
  id: 1,
  platformId: 'instagram',
  where: 'https://www.instagram.com/p/CxYz123AbC/?img_index=2',
  recognised: 'Instagram post CxYz123AbC, slide 2',
  notes: [],
  seenAt: '2026-11-20T21:15',
  whatItShows: 'A post with my photo',
  reported: 'yes',
  reportReference: 'IG-4471',
  screenshotKept: true,
  capturedAt: '2026-11-20T21:30',
  fingerprint: { fileName: 'shot.png', sha256: 'ab'.repeat(32) },
};

describe('the downloaded evidence log', () => {
  it('is saved under a name that does not say what it is, and the person is told where it goes', () => {
    const name = downloadFileName(new Date('2026-11-29T17:30:00Z'));
    expect(name).toBe('notes-2026-11-29.txt');
    expect(name).not.toMatch(/evidence|log|abuse|image|police/i);
    const advice = downloadAdvice.join(' ');
    expect(advice).toContain('notes-');
    expect(advice).toMatch(/Downloads folder/);
    expect(advice).toMatch(/delete it from Downloads/);
    expect(advice).toMatch(/list of downloads/);
  });

  it('lists every entry with every answer, numbered, under a dated heading', () => {
    const text = logAsText([entry, { ...entry, id: 2, platformId: 'whatsapp', where: '+447700900123', recognised: '', reported: 'not-sure', reportReference: '', fingerprint: undefined, whatItShows: '' }], new Date('2026-11-28T18:00:00Z'));
    expect(text).toMatch(/^Evidence log, made 28\/11\/2026/);
    expect(text).toContain(
      '1. Instagram\n   Where, as entered: https://www.instagram.com/p/CxYz123AbC/?img_index=2\n   Recognised: Instagram post CxYz123AbC, slide 2\n   Seen: 20/11/2026, 21:15:00',
    );
    expect(text).toContain('Reported to the platform: Yes (reference IG-4471)');
    // L18: when she captured it, as the evidence overview asks her to record.
    expect(text).toContain('Screenshot kept: Yes\n   Captured on: 20/11/2026, 21:30:00');
    expect(text).toContain(`Screenshot fingerprint (SHA-256) of shot.png: ${'ab'.repeat(32)}`);
    expect(text).toContain('2. WhatsApp\n   Where, as entered: +447700900123\n   Seen');
    expect(text).toContain('What it shows: Not given');
    expect(text).toContain('Reported to the platform: Not sure\n');
  });

  it('names each platform from its id, with names that need no mapping back', () => {
    const text = logAsText(
      [
        { ...entry, platformId: 'x', where: 'https://x.com/someone_else' },
        { ...entry, id: 2, platformId: 'text-messages', where: '+447700900123' },
        { ...entry, id: 3, platformId: 'search-results', where: 'https://example.com/page' },
      ],
      new Date('2026-11-28T18:00:00Z'),
    );
    expect(text).toContain(`1. ${platformNames.x}\n`);
    expect(text).toContain(`2. ${platformNames['text-messages']}\n`);
    expect(text).toContain(`3. ${platformNames['search-results']}\n`);
  });

  it('stores the platform id, and shows the same name the registry gives every platform', () => {
    expect(Object.keys(entry)).toContain('platformId');
    expect(Object.keys(entry)).not.toContain('platformName');
    for (const platformId of platformIds) {
      expect(platformNameOf({ platformId })).toBe(findPlatform(platformId)?.name);
    }
  });

  it('says "Not given" for an empty link or time rather than leaving a blank', () => {
    const text = logAsText([{ ...entry, where: '', seenAt: '', reportReference: '', reported: 'no' }], new Date('2026-11-28T18:00:00Z'));
    expect(text).toContain('   Where, as entered: Not given\n   Recognised: Instagram post CxYz123AbC, slide 2\n   Seen: Not given\n');
    expect(text).toContain('Reported to the platform: No\n');
  });
});
