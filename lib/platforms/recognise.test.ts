import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { platformIds, type PlatformId } from './catalogue';
import { describeRecognised, readEvidence, readingHints, recognisers } from './recognise';
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

/**
 * Evidence exactly as entered: every kind of input the December platform review names (its M1–M3
 * and L1–L9), each checked the same way: kept as typed, recognised where it can be, never
 * refused, and never cut without saying so.
 */
describe('evidence exactly as entered (December review)', () => {
  /** Kept whole: what was typed, less only the marks that reorder or hide text. */
  const keptWhole = (platform: PlatformId, input: string) => {
    const reading = readEvidence(platform, input);
    if (!reading.ok) throw new Error(`refused: ${reading.message}`);
    expect(reading.entered).toBe(input.trim());
    return reading;
  };

  it.each([
    ['tiktok', 'https://www.tiktok.com/@jane.doe/video/7312345678901234567?user_id=6812345&sec_user_id=MS4wLjABAAAAxYz&u_code=d8a1b2&share_item_id=7312345678901234567&timestamp=1701234567', 'video', 'https://www.tiktok.com/@jane.doe/video/7312345678901234567'],
    ['snapchat', 'https://www.snapchat.com/add/jane.doe?share_id=QUJDREVGR0g&locale=en-GB', 'profile', 'https://www.snapchat.com/add/jane.doe?locale=en-GB'],
    ['reddit', 'https://www.reddit.com/r/pics/comments/1abc2de/title_here/?share_id=AbCdEfGh&utm_medium=ios_app', 'post', 'https://www.reddit.com/r/pics/comments/1abc2de/title_here/'],
    ['instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=MzRlODBiNWFlZA==', 'post', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['instagram', 'https://www.instagram.com/reel/C9xYzAbCdEf/?igshid=MWQ1ZGUxMzBkMA==', 'video', 'https://www.instagram.com/reel/C9xYzAbCdEf/'],
    ['youtube', 'https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGhIjKl', 'video', 'https://youtu.be/dQw4w9WgXcQ'],
  ] as const)('M1: keeps the share parameters of %s link %s, with a cleaned copy beside it', (platform, input, kind, cleaned) => {
    const reading = keptWhole(platform, input);
    expect(reading).toMatchObject({ hasLink: true, cleanedLink: cleaned, trackingRemoved: true, recognised: { platform, kind } });
    expect(reading.hints).toContain(readingHints.trackingKept);
  });

  it('M1: a link without tracking parts has no separate cleaned copy to show', () => {
    expect(keptWhole('instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/')).toMatchObject({ trackingRemoved: false });
  });

  it('M2: keeps a 2,500-character paste whole, and recognises the link at its end', () => {
    const message = 'He sent me this and said everyone would see it. '.repeat(60);
    const input = `${message.slice(0, 2500 - 'https://vm.tiktok.com/ZMhAbCdEf/'.length - 1)} https://vm.tiktok.com/ZMhAbCdEf/`;
    expect(input).toHaveLength(2500);
    const reading = keptWhole('tiktok', input);
    expect(reading.entered).toHaveLength(2500);
    expect(reading.recognised).toMatchObject({ platform: 'tiktok', id: 'ZMhAbCdEf' });
  });

  it('M2: refuses more than it keeps with a message that says so, and never cuts it', () => {
    const reading = readEvidence('other', `${'x '.repeat(5001)}https://example.com/a`);
    expect(reading).toEqual({ ok: false, message: messages.tooLong });
    expect(messages.tooLong).toMatch(/longer than 10,000 characters/);
  });

  /** The couple kissing emoji (woman, ZWJ, heart, ZWJ, man), and the flags of Wales and Scotland. */
  const couple = '\u{1F469}\u200D\u2764\uFE0F\u200D\u{1F468}';
  const wales = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}';
  const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
  it.each([
    ['other', `jane ${couple} doe`],
    ['other', `Si\u00E2n ${wales}`],
    ['other', `Scotland ${scotland} fan page`],
    // Persian "mi-khaham" (I want), spelt with the zero-width non-joiner it needs.
    ['other', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['instagram', `jane ${couple} doe https://www.instagram.com/jane.doe/`],
  ] as const)('M3: keeps the joiners and flag tags in %s entry %j, as typed', (platform, input) => {
    expect(input).toMatch(/\u200C|\u200D|\u{E007F}/u);
    keptWhole(platform, input);
  });

  it('M3: recognises the link beside a display name with joiners', () => {
    expect(keptWhole('instagram', `jane ${couple} doe https://www.instagram.com/jane.doe/`).recognised).toMatchObject({ kind: 'profile', id: 'jane.doe' });
  });

  it('M3: still takes out direction overrides, zero-width spaces, word joiners and byte order marks', () => {
    const reading = readEvidence('other', '\uFEFFjane\u200B\u2060 \u202Edoe\u202C \u2066x\u2069');
    expect(reading).toMatchObject({ ok: true, entered: 'jane doe x' });
  });

  it.each([
    ['x', 'https://x.com/jane/status/1790123456789012345.', 'post', '1790123456789012345'],
    ['tiktok', '(https://vm.tiktok.com/ZMhAbCdEf/)', 'video', 'ZMhAbCdEf'],
    ['instagram', '"https://www.instagram.com/p/C1a2B3c4D5e/",', 'post', 'C1a2B3c4D5e'],
    ['websites', 'https://en.wikipedia.org/wiki/Foo_(bar)', 'page', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
  ] as const)('L1: trims punctuation and brackets round %s link %s, written without spaces', (platform, input, kind, id) => {
    expect(keptWhole(platform, input).recognised).toMatchObject({ kind, id });
  });

  it.each([
    ['other', 'jane\tdoe'],
    ['facebook', 'https://www.facebook.com/jane.smith\t(his second account)'],
    ['whatsapp', '07911\t123456'],
    ['other', 'line one\nline two'],
  ] as const)('L2: never refuses %s entry %j for its whitespace, and keeps it as typed', (platform, input) => {
    keptWhole(platform, input);
  });

  it('L2: reads a number typed with a tab', () => {
    expect(keptWhole('whatsapp', '07911\t123456').recognised).toMatchObject({ id: '+447911123456' });
  });

  it('L3: a share link is fine to send, and she is not told someone can open it safely', () => {
    expect(hints.shareLink).toBe('This is a share link. It is fine to send it as it is. Do not open it yourself.');
    expect(keptWhole('x', 'https://t.co/AbC123xyZ').recognised).toMatchObject({ kind: 'page' });
    expect(keptWhole('reddit', 'https://www.reddit.com/u/Jane-Doe/s/AbCdEf').recognised).toMatchObject({ kind: 'profile' });
  });

  it('L4: shows the time in a YouTube link and the topic of a private Telegram message', () => {
    expect(describeRecognised(keptWhole('youtube', 'https://youtu.be/dQw4w9WgXcQ?t=92s').recognised!)).toBe('YouTube video dQw4w9WgXcQ, time 1:32');
    expect(describeRecognised(keptWhole('telegram', 'https://t.me/c/1234567890/12/3456').recognised!)).toBe('Telegram message c/1234567890/3456, topic 12');
  });

  it.each([
    ['apple', 'https://www.icloud.com/photos/#/0AbCdEfGhIjK', 'group', '0AbCdEfGhIjK'],
    ['discord', 'https://cdn.discordapp.com/attachments/123456789012345678/123456789012345679/image.png?ex=1&is=2&hm=abc', 'media', '123456789012345679'],
    ['discord', 'Jane_Doe', 'profile', 'jane_doe'],
    ['reddit', 'https://www.reddit.com/media?url=https%3A%2F%2Fi.redd.it%2Fabc123def.jpeg', 'media', 'abc123def.jpeg'],
    ['facebook', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fjane&h=AT0abc', 'page', 'https://example.com/jane'],
    ['whatsapp', 'https://wa.me/447700900123', 'phone-number', '+447700900123'],
    ['text-messages', '07911 123456 (mobile)', 'phone-number', '+447911123456'],
  ] as const)('L5: recognises the common shape %s %s', (platform, input, kind, id) => {
    expect(keptWhole(platform, input).recognised).toMatchObject({ kind, id });
  });

  it.each([
    ['+44 7700 900123', '+447700900123', hints.notInUse],
    ['+44 (0)7700 900123', '+447700900123', hints.notInUse],
    ['+44 7911 123456', '+447911123456', undefined],
    ['+353 87 123 4567', '+353871234567', undefined],
    ['+1 415 555 0100', '+14155550100', undefined],
    ['00353 87 123 4567', '+353871234567', undefined],
  ])('L6: reads %s, written with its country code, as that country’s number %s', (input, e164, hint) => {
    const reading = keptWhole('whatsapp', input);
    expect(reading.recognised).toMatchObject({ kind: 'phone-number', id: e164 });
    expect(reading.recognised?.hint).toBe(hint);
  });

  it.each([
    ['07700 900123', hints.notInUseNational, 'not a UK number in use: check it'],
    ['60123', hints.shortCode, 'short code'],
    ['612 34 56 78', hints.countryNotKnown, 'country not known'],
  ])('L6: keeps %s as typed with its own note', (input, hint, words) => {
    const reading = keptWhole('text-messages', input);
    expect(reading.recognised).toMatchObject({ id: input, hint });
    expect(describeRecognised(reading.recognised!)).toBe(`Text message phone number ${input}, ${words}`);
  });

  it.each([
    ['search-results', 'https://www.google.com/search?q=jane+smith&tbm=isch#imgrc=AbCdEf123', "Google image search for 'jane smith', image AbCdEf123"],
    ['search-results', 'https://www.bing.com/search?q=jane+smith', "Bing search for 'jane smith'"],
    ['apple', 'https://www.icloud.com/sharedalbum/#B0AbCdEfGhIjK', 'iCloud shared album B0AbCdEfGhIjK'],
    ['google-drive-photos', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view', 'Google Drive file 1AbCdEfGhIjKlMnOp'],
    ['microsoft', 'https://1drv.ms/i/s!AbCdEfG', 'OneDrive file i/s!AbCdEfG'],
    ['text-messages', 'jane@icloud.com', 'iMessage email address jane@icloud.com'],
  ] as const)('L7: the recognised line for %s %s reads "%s"', (platform, input, line) => {
    expect(describeRecognised(keptWhole(platform, input).recognised!)).toBe(line);
  });

  it('L7: a link chosen under Other is pointed at its platform without "not an Other one"', () => {
    expect(readingHints.otherPlatform('facebook', 'other')).toBe(
      'This looks like a Facebook link. You can change the platform to Facebook, or leave it as it is.',
    );
  });
});
