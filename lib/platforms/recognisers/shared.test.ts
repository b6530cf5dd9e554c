import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import {
  atHandle,
  hostMatches,
  isPublicHostname,
  messages,
  normalisePhone,
  parseHandle,
  parseLink,
  platformOfHost,
  readInput,
  readPageAddress,
  trackingParams,
  withArticle,
  withoutTracking,
  withoutTrackingText,
} from './shared';

describe('parseLink', () => {
  it.each([
    ['facebook.com/jane.smith', 'https://facebook.com/jane.smith'],
    ['  https://www.facebook.com/x  ', 'https://www.facebook.com/x'],
    ['HTTPS://WWW.Example.COM/Page', 'https://www.example.com/Page'],
    ['http://example.com/a?b=c', 'http://example.com/a?b=c'],
    ['//example.com/a', 'https://example.com/a'],
    ['example.com:8080/a', 'https://example.com:8080/a'],
  ])('reads %j as %s', (input, href) => {
    const result = parseLink(input.trim());
    expect(result.ok && result.url.href).toBe(href);
  });

  it.each([
    ['javascript:alert(1)', messages.scheme],
    ['JaVaScRiPt:alert(document.cookie)', messages.scheme],
    ['data:text/html,<script>alert(1)</script>', messages.scheme],
    ['file:///etc/passwd', messages.scheme],
    ['ftp://example.com/x', messages.scheme],
    ['vbscript:msgbox(1)', messages.scheme],
    ['https://user:pass@facebook.com/x', messages.credentials],
    ['https://user@facebook.com/x', messages.credentials],
    ['https://localhost/x', messages.notPublic],
    ['https://127.0.0.1/x', messages.notPublic],
    ['https://[::1]/x', messages.notPublic],
    ['https://0x7f000001/x', messages.notPublic],
    ['https://intranet/x', messages.notPublic],
    ['https://facebook.com.evil.example/x', messages.notPublic],
    ['https://', messages.notPublic],
  ])('refuses %j', (input, message) => {
    expect(parseLink(input)).toEqual({ ok: false, message });
  });
});

describe('readInput', () => {
  it.each([
    ['', messages.empty],
    ['   ', messages.empty],
    ['a'.repeat(2001), messages.tooLong],
    ['https://facebook.com/\u0000x', messages.hiddenCharacters],
    ['https://facebook.com/a\nb', messages.hiddenCharacters],
    ['https://face\u200Bbook.com/x', messages.hiddenCharacters],
    ['https://facebook.com/\u202Ex', messages.hiddenCharacters],
  ])('refuses %j', (input, message) => {
    expect(readInput(input)).toEqual({ ok: false, message });
  });

  it.each([
    ['https://x.com/a', 'link'],
    ['facebook.com', 'link'],
    ['www.example.com', 'link'],
    ['example.com/page', 'link'],
    ['jane.doe', 'word'],
    ['@jane_doe', 'word'],
    ['u/jane', 'word'],
    ['jane@example.com', 'word'],
    ['07700 900123', 'phone'],
    ['+44 (0)7700 900123', 'phone'],
    ['Jane Smith', 'text'],
  ])('sorts %j as a %s', (input, type) => {
    const result = readInput(input);
    expect(result.ok && result.pasted.type).toBe(type);
  });

  it('trims surrounding new lines rather than refusing them', () => {
    const result = readInput('\n https://x.com/a \n');
    expect(result.ok && result.pasted.type).toBe('link');
  });
});

describe('hostMatches', () => {
  it.each([
    ['facebook.com', 'facebook.com', true],
    ['m.facebook.com', 'facebook.com', true],
    ['www.facebook.com', 'facebook.com', true],
    ['web.facebook.com.', 'facebook.com', true],
    ['facebook.com.evil.example', 'facebook.com', false],
    ['evilfacebook.com', 'facebook.com', false],
    ['faceb00k.com', 'facebook.com', false],
    ['facebook.co', 'facebook.com', false],
    ['fb.me', 'm.me', false],
  ])('%s on %s: %s', (host, domain, expected) => {
    expect(hostMatches(host, domain)).toBe(expected);
  });

  it.each([
    ['mobile.twitter.com', 'x'],
    ['old.reddit.com', 'reddit'],
    ['chat.whatsapp.com', 'whatsapp'],
    ['vm.tiktok.com', 'tiktok'],
    ['instagr.am', 'instagram'],
    ['www.google.co.uk', 'search-results'],
    ['faceb00k.com', null],
    ['example.com', null],
  ])('platformOfHost(%s) is %s', (host, platform) => {
    expect(platformOfHost(host)).toBe(platform);
  });
});

describe('isPublicHostname', () => {
  it.each([
    ['example.com', true],
    ['sub.example.co.uk', true],
    ['xn--bcher-kva.example.org', true],
    ['localhost', false],
    ['printer.local', false],
    ['site.test', false],
    ['10.0.0.1', false],
    ['a..b.com', false],
    ['-bad.com', false],
  ])('%s: %s', (host, expected) => {
    expect(isPublicHostname(host)).toBe(expected);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['07700 900 123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['+44 07700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['44 7700 900123', '+447700900123'],
    ['(020) 7946 0123', '+442079460123'],
    ['020-7946-0123', '+442079460123'],
    ['020 7946 0123', '+442079460123'],
    ['0161 496 0000', '+441614960000'],
    ['+1 415 555 0100', '+14155550100'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['001 415 555 0100', '+14155550100'],
    ['+33 1 23 45 67 89', '+33123456789'],
  ])('%s is %s', (input, e164) => {
    expect(normalisePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    '0770090',
    '077009001234567',
    '+44 7700 9001234',
    '+44 770 090',
    '+1234',
    '+1234567890123456',
    '7700 900123',
    '+0 123 456 7890',
    '07700 900I23',
    '++447700900123',
  ])('refuses %j', (input) => {
    expect(normalisePhone(input)).toEqual({ ok: false, message: messages.phone });
  });
});

describe('parseHandle', () => {
  const rules = [
    { prefix: /^\/?r\//, pattern: /^\w{2,5}$/, kind: 'group', lowerCase: false, message: 'sub' },
    { prefix: /^@?/, pattern: /^\w{1,5}$/, kind: 'profile', lowerCase: true, message: 'name' },
  ] as const;

  it.each([
    ['@Jane', 'jane', 'profile'],
    ['Jane', 'jane', 'profile'],
    ['r/Pics', 'Pics', 'group'],
  ])('reads %j', (input, name, kind) => {
    const result = parseHandle(input, rules);
    expect(result.ok && { name: result.name, kind: result.rule.kind }).toEqual({ name, kind });
  });

  it.each([
    ['@toolongname', 'name'],
    ['r/x', 'sub'],
    ['@@jane', 'name'],
  ])('refuses %j with the rule that fits', (input, message) => {
    expect(parseHandle(input, rules)).toEqual({ ok: false, message });
  });
});

describe('withoutTracking', () => {
  it.each([
    ['https://example.com/a?utm_source=x&utm_medium=y&id=3', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['https://example.com/a?s=1&t=2&ref=home', 'https://example.com/a?s=1&t=2&ref=home'],
    ['https://www.youtube.com/watch?v=abc123&si=xyz&feature=share', 'https://www.youtube.com/watch?v=abc123'],
    ['https://example.com/a#:~:text=hello', 'https://example.com/a'],
    ['https://example.com/#/post/3', 'https://example.com/#/post/3'],
  ])('%s becomes %s', (input, output) => {
    expect(withoutTracking(new URL(input)).href).toBe(output);
  });
});

describe('withArticle', () => {
  it.each([
    ['Facebook', 'a Facebook'],
    ['Instagram', 'an Instagram'],
    ['X (Twitter)', 'an X (Twitter)'],
    ['OnlyFans', 'an OnlyFans'],
    ['WhatsApp', 'a WhatsApp'],
  ])('%s', (name, expected) => {
    expect(withArticle(name)).toBe(expected);
  });
});

describe('atHandle', () => {
  it('takes a name with or without @, lower-cased, with a /name page by default', () => {
    const rule = atHandle('[A-Za-z_]{3,10}', 'Names have 3 to 10 letters');
    expect(parseHandle('@Some_One', [rule])).toMatchObject({ ok: true, name: 'some_one' });
    expect(rule.path?.('some_one')).toBe('/some_one');
    expect(rule.kind).toBe('profile');
    expect(parseHandle('@x', [rule])).toEqual({ ok: false, message: 'Names have 3 to 10 letters' });
  });

  it('keeps the case and uses another page path when told to', () => {
    const rule = atHandle('\\w{1,15}', 'Too long', { lowerCase: false, path: (name) => `/@${name}` });
    expect(parseHandle('Some_One', [rule])).toMatchObject({ ok: true, name: 'Some_One' });
    expect(rule.path?.('Some_One')).toBe('/@Some_One');
  });
});

describe('readPageAddress', () => {
  const ask = 'Enter the address of the web page';

  it('reads a link, and a bare domain as that site', () => {
    expect(readPageAddress('https://example.com/a?b=1', ask)).toMatchObject({ ok: true });
    const bare = readPageAddress('example.com', ask);
    expect(bare.ok && bare.url.href).toBe('https://example.com/');
  });

  it('asks for a page for a handle, an email address, a phone number or words', () => {
    for (const input of ['@someone', 'someone@example.com', '07700 900123', 'my name']) {
      expect(readPageAddress(input, ask)).toEqual({ ok: false, message: ask });
    }
  });

  it('keeps the specific message for a link that cannot be used', () => {
    expect(readPageAddress('ftp://example.com/file', ask)).toEqual({ ok: false, message: messages.scheme });
  });
});

describe('withoutTrackingText', () => {
  const everyNamed = (hostname: string) => {
    const owner = platformOfHost(hostname);
    return [...trackingParams.everywhere, ...(owner ? (trackingParams.byPlatform[owner] ?? []) : [])];
  };

  it.each(['www.facebook.com', 'www.instagram.com', 'www.tiktok.com', 'x.com', 'www.reddit.com', 'www.snapchat.com', 'example.com'])(
    'drops every named tracking parameter on %s, and utm_*',
    (hostname) => {
      const tracked = [...everyNamed(hostname), 'utm_source', 'UTM_Campaign'].map((name) => `${name}=1`).join('&');
      expect(withoutTrackingText(`https://${hostname}/a?${tracked}`, hostname)).toBe(`https://${hostname}/a`);
    },
  );

  it.each([
    ['https://www.facebook.com/x/posts/1?comment_id=Y29t&reply_comment_id=2&fbclid=a', 'https://www.facebook.com/x/posts/1?comment_id=Y29t&reply_comment_id=2'],
    ['https://www.instagram.com/p/ABC/?img_index=3&igsh=abc', 'https://www.instagram.com/p/ABC/?img_index=3'],
    ['https://t.me/chan/12?comment=5&utm_source=x', 'https://t.me/chan/12?comment=5'],
    ['https://www.google.com/search?q=Jane+Smith&tbm=isch&gclid=x#imgrc=AbC', 'https://www.google.com/search?q=Jane+Smith&tbm=isch#imgrc=AbC'],
    ['https://www.facebook.com/profile.php?id=1&sk=photos', 'https://www.facebook.com/profile.php?id=1&sk=photos'],
    ['https://www.facebook.com/x/posts/1?__cft__%5B0%5D=AZU&__tn__=%2CO%2CP-R', 'https://www.facebook.com/x/posts/1'],
    ['https://Example.com/A%20b?x=1&fbclid=2#:~:text=hi', 'https://Example.com/A%20b?x=1#:~:text=hi'],
    ['https://youtu.be/abc?si=xyz&t=42', 'https://youtu.be/abc?t=42'],
    // "s" and "t" are tracking on X only: elsewhere they may say which page or time it is.
    ['https://x.com/jane/status/1?s=20&t=AbC', 'https://x.com/jane/status/1'],
    ['https://example.com/page?s=20&t=AbC', 'https://example.com/page?s=20&t=AbC'],
  ])('keeps %s as written, less its tracking', (link, kept) => {
    expect(withoutTrackingText(link, new URL(link).hostname)).toBe(kept);
  });
});
