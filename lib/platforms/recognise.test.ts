import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { platformIds, type PlatformId } from './catalogue';
import { readEvidence, readingHints, recognisers } from './recognise';
import { platformOfUrl } from './recognisers/hosts';
import { hints, messages } from './recognisers/results';

/** Platforms that accept pages on any public website, so a lookalike host is just another site. */
const anyWebsite: ReadonlySet<PlatformId> = new Set(['websites', 'search-results', 'other']);

/** Input no platform may ever accept. */
const hostile = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)//https://www.facebook.com/x',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  'facebook.com.evil.example/x',
  'https://facebook.com.evil.example/x',
  'https://evil.example/?u=https://facebook.com/x',
  'https://x.com.evil.example/jane/status/1',
  'a'.repeat(10_000),
  `https://www.facebook.com/${'a'.repeat(10_000)}`,
  'https://www.facebook.com/\u0000jane.smith',
  '07700\u0000900123',
  '@jane\u0000',
  'https://user:pass@facebook.com/x',
  'https://user:pass@www.instagram.com/p/ABC/',
  'user:pass@facebook.com/x',
  'https://localhost/x',
  'https://127.0.0.1/x',
  'https://[::1]/x',
];

/** Other-site lookalikes: never a platform's link, though the catch-alls may take them as a page. */
const lookalikes = ['faceb00k.com/x', 'https://evilfacebook.com/x', 'https://www.faceb00k.com/jane.smith', 'https://instagram.com-login.example.org/p/ABC/'];

describe.each(platformIds)('%s: hostile input', (platformId) => {
  it.each(hostile.map((input) => [JSON.stringify(input).slice(0, 60), input]))('refuses %s', (_, input) => {
    expect(recognisers[platformId].recognise(input).ok).toBe(false);
    // Evidence refuses the dangerous ones; the rest are kept as a note, never as a platform's content.
    const reading = readEvidence(platformId, input);
    expect(reading.ok ? reading.recognised : null).toBeNull();
  });

  it.each(lookalikes)('never takes the lookalike %s as a platform link', (input) => {
    const result = recognisers[platformId].recognise(input);
    if (anyWebsite.has(platformId)) {
      expect(result).toMatchObject({ ok: true, platform: platformId, kind: expect.stringMatching(/^(page|post|profile)$/) });
    } else {
      expect(result.ok).toBe(false);
    }
  });
});

/** A sample of everyday input, to check the promise every result makes about its link. */
const everyday = [
  'https://www.facebook.com/jane.smith/posts/123',
  'https://www.instagram.com/p/ABC/',
  'https://x.com/jane/status/1',
  'https://www.tiktok.com/@jane/video/1',
  'https://t.me/somechannel',
  'https://redd.it/abc123',
  'https://wa.me/447700900123',
  'https://onlyfans.com/jane',
  'https://www.google.com/search?q=jane',
  'http://example.com/page',
  'example.com/page',
  '@jane_doe',
  '07700 900123',
  'jane@example.com',
];

describe.each(platformIds)('%s: every recognised link', (platformId) => {
  it.each(everyday)('is a parseable https link for %s', (input) => {
    const result = recognisers[platformId].recognise(input);
    if (!result.ok) return;
    expect(result.platform).toBe(platformId);
    expect(result.id).not.toBe('');
    if (result.canonicalUrl !== undefined) {
      expect(result.canonicalUrl.startsWith('https://')).toBe(true);
      expect(() => new URL(result.canonicalUrl ?? '')).not.toThrow();
      expect(new URL(result.canonicalUrl).protocol).toBe('https:');
    }
  });
});

describe('the recognisers', () => {
  it.each([
    ['facebook', 'https://www.instagram.com/p/ABC/', 'This looks like an Instagram link, not a Facebook one'],
    ['instagram', 'facebook.com/jane.smith', 'This looks like a Facebook link, not an Instagram one'],
    ['x', 'https://www.tiktok.com/@jane', 'This looks like a TikTok link, not an X (Twitter) one'],
    ['onlyfans', 'https://x.com/jane', 'This looks like an X (Twitter) link, not an OnlyFans one'],
    ['whatsapp', 'https://www.facebook.com/jane.smith', 'This looks like a Facebook link, not a WhatsApp one'],
    ['snapchat', 'https://onlyfans.com/jane', 'This looks like an OnlyFans link, not a Snapchat one'],
    ['telegram', 'https://old.reddit.com/r/pics', 'This looks like a Reddit link, not a Telegram one'],
  ] as const)('on %s, explains %s', (platformId, input, message) => {
    expect(recognisers[platformId].recognise(input)).toEqual({ ok: false, message });
  });

  it('runs the chosen platform recogniser', () => {
    expect(recognisers.x.recognise('@jane')).toEqual({ ok: true, platform: 'x', kind: 'profile', id: 'jane', canonicalUrl: 'https://x.com/jane' });
  });

  it('has a recogniser for every platform', () => {
    expect(Object.keys(recognisers).sort()).toEqual([...platformIds].sort());
  });
});

describe('platformOfUrl', () => {
  it.each([
    ['https://m.facebook.com/x', 'facebook'],
    ['https://fb.watch/abc', 'facebook'],
    ['https://instagr.am/p/ABC', 'instagram'],
    ['https://chat.whatsapp.com/abc', 'whatsapp'],
    ['https://t.snapchat.com/abc', 'snapchat'],
    ['https://mobile.twitter.com/jane', 'x'],
    ['https://t.co/abc', 'x'],
    ['https://vm.tiktok.com/abc', 'tiktok'],
    ['https://t.me/abc', 'telegram'],
    ['https://redd.it/abc', 'reddit'],
    ['https://www.bing.com/search?q=a', 'search-results'],
    ['https://onlyfans.com/jane', 'onlyfans'],
    ['https://example.com/x', null],
    ['https://faceb00k.com/x', null],
    // Drive is Google Drive and Photos, never search results, though it is on google.com.
    ['https://drive.google.com/file/d/1AbC/view', 'google-drive-photos'],
    ['https://sites.google.com/view/jane', null],
    ['https://www.google.com/search?q=jane', 'search-results'],
    ['https://images.google.com/', 'search-results'],
    ['https://facebook.com.evil.example/x', null],
    ['https://evil.example/?u=https://facebook.com/x', null],
  ])('%s is on %s', (input, platform) => {
    expect(platformOfUrl(new URL(input))).toBe(platform);
  });
});

describe('readEvidence', () => {
  it('notes a share link is fine as it is', () => {
    const reading = readEvidence('facebook', 'https://www.facebook.com/share/p/1AbCdEfGh/');
    expect(reading).toMatchObject({ ok: true, hasLink: true, hints: [hints.shareLink] });
  });

  it('suggests the platform another platform’s link belongs to, and keeps it', () => {
    expect(readEvidence('facebook', 'https://www.instagram.com/p/ABC/')).toMatchObject({
      ok: true,
      entered: 'https://www.instagram.com/p/ABC/',
      recognised: { platform: 'instagram', kind: 'post', id: 'ABC' },
      hints: [readingHints.otherPlatform('instagram', 'facebook')],
    });
    expect(readingHints.otherPlatform('instagram', 'facebook')).toBe(
      'This looks like an Instagram link, not a Facebook one. You can change the platform to Instagram, or leave it as it is.',
    );
  });

  it('keeps what it cannot recognise, and says so', () => {
    expect(readEvidence('x', 'the account that messaged me on 3 March')).toEqual({
      ok: true,
      entered: 'the account that messaged me on 3 March',
      hasLink: false,
      cleanedLink: null,
      trackingRemoved: false,
      recognised: null,
      hints: [readingHints.notRecognised],
    });
  });

  it('notes a number whose country it cannot tell', () => {
    expect(readEvidence('whatsapp', '612 34 56 78')).toMatchObject({ ok: true, entered: '612 34 56 78', hints: [hints.countryNotKnown] });
  });

  it.each([
    ['javascript:alert(1)', messages.scheme],
    ['data:text/html,<b>x</b>', messages.scheme],
    ['https://user:pass@x.com/jane', messages.credentials],
    ['https://x.com/\u0000jane', messages.hiddenCharacters],
    ['', messages.empty],
    ['a'.repeat(10_001), messages.tooLong],
  ])('refuses %j with a message that says what to do', (input, message) => {
    expect(readEvidence('x', input)).toEqual({ ok: false, message });
  });

  it.each(['About: the post he made last week', 'Data: three photos, one video', 'Intent: to scare me'])('keeps the note %j', (input) => {
    expect(readEvidence('other', input)).toMatchObject({ ok: true, entered: input });
  });

  it('takes out invisible marks, which could make an address read differently', () => {
    expect(readEvidence('websites', 'https://example.com/\u202Egpj.exe')).toMatchObject({ ok: true, entered: 'https://example.com/gpj.exe' });
  });
});
