import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { parseLink, readInput, readPageAddress } from './pasted';
import { messages } from './results';

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
    ['a'.repeat(10_001), messages.tooLong],
    ['https://facebook.com/\u0000x', messages.hiddenCharacters],
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
