import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { facebookRecogniser } from './facebook';
import { hints } from './results';

describe('facebookRecogniser', () => {
  it.each([
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid02abc&id=100012345', 'post', 'pfbid02abc', 'https://www.facebook.com/permalink.php?story_fbid=pfbid02abc&id=100012345'],
    ['https://m.facebook.com/story.php?story_fbid=123456&id=789&mibextid=Nif5oz&rdid=abc', 'post', '123456', 'https://www.facebook.com/permalink.php?story_fbid=123456&id=789'],
    ['https://www.facebook.com/jane.smith/posts/pfbid0xyz?__cft__[0]=AZ&__tn__=%2CO', 'post', 'pfbid0xyz', 'https://www.facebook.com/jane.smith/posts/pfbid0xyz'],
    ['facebook.com/jane.smith/posts/1234567890/', 'post', '1234567890', 'https://www.facebook.com/jane.smith/posts/1234567890'],
    ['https://www.facebook.com/photo/?fbid=987654321&set=a.123', 'post', '987654321', 'https://www.facebook.com/photo/?fbid=987654321'],
    ['https://www.facebook.com/photo.php?fbid=987654321&set=a.1&type=3', 'post', '987654321', 'https://www.facebook.com/photo/?fbid=987654321'],
    ['https://www.facebook.com/jane.smith/photos/a.111/222/', 'post', '222', 'https://www.facebook.com/photo/?fbid=222'],
    ['https://www.facebook.com/watch/?v=555666777&ref=sharing', 'video', '555666777', 'https://www.facebook.com/watch/?v=555666777'],
    ['https://www.facebook.com/reel/1122334455?fs=e&s=TIeQ9V&mibextid=abc', 'video', '1122334455', 'https://www.facebook.com/reel/1122334455'],
    ['https://web.facebook.com/jane.smith/videos/9988776655/', 'video', '9988776655', 'https://www.facebook.com/jane.smith/videos/9988776655'],
    ['https://www.facebook.com/groups/123456789/posts/987654321/', 'post', '987654321', 'https://www.facebook.com/groups/123456789/posts/987654321'],
    ['https://www.facebook.com/groups/localnews/permalink/987654321/', 'post', '987654321', 'https://www.facebook.com/groups/localnews/posts/987654321'],
    ['https://www.facebook.com/groups/localnews/?ref=share', 'group', 'localnews', 'https://www.facebook.com/groups/localnews'],
    ['https://www.facebook.com/stories/100012345/UzpfSVNDOjEyMzQ=/', 'story', 'UzpfSVNDOjEyMzQ=', 'https://www.facebook.com/stories/100012345/UzpfSVNDOjEyMzQ='],
    ['https://www.facebook.com/profile.php?id=100012345678&mibextid=ZbWKwL', 'profile', '100012345678', 'https://www.facebook.com/profile.php?id=100012345678'],
    ['https://m.facebook.com/profile.php?id=100012345678', 'profile', '100012345678', 'https://www.facebook.com/profile.php?id=100012345678'],
    ['https://www.facebook.com/people/Jane-Smith/100012345678/', 'profile', '100012345678', 'https://www.facebook.com/profile.php?id=100012345678'],
    ['https://www.facebook.com/Jane.Smith?fbclid=IwAR0abc', 'profile', 'jane.smith', 'https://www.facebook.com/jane.smith'],
    ['http://mbasic.facebook.com/jane.smith', 'profile', 'jane.smith', 'https://www.facebook.com/jane.smith'],
    ['https://m.me/jane.smith', 'profile', 'jane.smith', 'https://www.facebook.com/jane.smith'],
    ['https://www.messenger.com/t/100012345678', 'message', '100012345678', 'https://www.messenger.com/t/100012345678'],
    ['@jane.smith', 'profile', 'jane.smith', 'https://www.facebook.com/jane.smith'],
    ['Jane.Smith', 'profile', 'jane.smith', 'https://www.facebook.com/jane.smith'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(facebookRecogniser.recognise(input)).toEqual({ ok: true, platform: 'facebook', kind, id, canonicalUrl });
  });

  // Share links are evidence as they are: opening one to find the full address shows the image again.
  it.each([
    ['https://www.facebook.com/share/p/1AbCdEfGh/', 'post', '1AbCdEfGh', 'https://www.facebook.com/share/p/1AbCdEfGh'],
    ['https://www.facebook.com/share/v/1AbCdEfGh/?mibextid=WC7FNe', 'video', '1AbCdEfGh', 'https://www.facebook.com/share/v/1AbCdEfGh'],
    ['https://www.facebook.com/share/r/1AbCdEfGh/', 'video', '1AbCdEfGh', 'https://www.facebook.com/share/r/1AbCdEfGh'],
    ['https://www.facebook.com/share/1AbCdEfGh/', 'post', '1AbCdEfGh', 'https://www.facebook.com/share/1AbCdEfGh'],
    ['https://fb.watch/abcDEF123/', 'video', 'abcDEF123', 'https://fb.watch/abcDEF123'],
    ['https://fb.me/abc123', 'profile', 'abc123', 'https://fb.me/abc123'],
  ])('keeps the share link %s as a %s, with a note that it is fine', (input, kind, id, canonicalUrl) => {
    expect(facebookRecogniser.recognise(input)).toEqual({ ok: true, platform: 'facebook', kind, id, canonicalUrl, hint: hints.shareLink });
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/login',
    'https://www.facebook.com/marketplace/item/123',
    'https://www.facebook.com/permalink.php?story_fbid=123',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/profile.php?id=abc',
    'https://l.facebook.com/l.php?u=javascript%3Aalert(1)',
  ])('refuses %s, a Facebook address that names no post or profile', (input) => {
    expect(facebookRecogniser.recognise(input)).toMatchObject({ ok: false, message: expect.stringMatching(/^We can't tell/) });
  });

  it('L5: reads Facebook’s link to another site, l.facebook.com/l.php?u=…, as the page it leads to', () => {
    expect(facebookRecogniser.recognise('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fjane%3Futm_source%3Dfb&h=AT0abc')).toMatchObject({
      ok: true,
      platform: 'facebook',
      kind: 'page',
      id: 'https://example.com/jane',
      canonicalUrl: 'https://example.com/jane',
    });
  });

  it.each([
    ['https://www.instagram.com/p/ABC123/', 'This looks like an Instagram link, not a Facebook one'],
    ['https://x.com/jane/status/123', 'This looks like an X (Twitter) link, not a Facebook one'],
    ['https://www.google.com/search?q=jane', 'This looks like a search engine link, not a Facebook one'],
  ])('says which platform %s is on', (input, message) => {
    expect(facebookRecogniser.recognise(input)).toEqual({ ok: false, message });
  });

  it.each(['Jane Smith', '@jan', '07700 900123', 'https://example.com/jane'])('asks for a Facebook address for %j', (input) => {
    expect(facebookRecogniser.recognise(input).ok).toBe(false);
  });
});
