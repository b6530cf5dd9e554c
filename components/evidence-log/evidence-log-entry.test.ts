import { describe, expect, it } from 'vitest';
import { logAsText, type EvidenceLogEntry } from './evidence-log-entry';

const entry: EvidenceLogEntry = {
  id: 1,
  platformName: 'Instagram',
  where: 'https://www.instagram.com/p/CxYz123AbC/',
  seenAt: '2026-11-20T21:15',
  whatItShows: 'A post with my photo',
  reported: 'yes',
  reportReference: 'IG-4471',
  screenshotKept: true,
  fingerprint: { fileName: 'shot.png', sha256: 'ab'.repeat(32) },
};

describe('the downloaded evidence log', () => {
  it('lists every entry with every answer, numbered, under a dated heading', () => {
    const text = logAsText([entry, { ...entry, id: 2, platformName: 'WhatsApp', where: '+447700900123', reported: 'not-sure', reportReference: '', fingerprint: undefined, whatItShows: '' }], new Date('2026-11-28T18:00:00Z'));
    expect(text).toMatch(/^Evidence log, made 28\/11\/2026/);
    expect(text).toContain('1. Instagram\n   Where: https://www.instagram.com/p/CxYz123AbC/\n   Seen: 20/11/2026, 21:15:00');
    expect(text).toContain('Reported to the platform: Yes (reference IG-4471)');
    expect(text).toContain(`Screenshot fingerprint (SHA-256) of shot.png: ${'ab'.repeat(32)}`);
    expect(text).toContain('2. WhatsApp\n   Where: +447700900123');
    expect(text).toContain('What it shows: Not given');
    expect(text).toContain('Reported to the platform: Not sure\n');
  });
});
