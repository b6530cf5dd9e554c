import { describe, expect, it } from 'vitest';
import { hostMatches, isPublicHostname, platformOfHost } from './hosts';

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
