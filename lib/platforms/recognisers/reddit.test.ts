import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { hints } from './results';
import { redditRecogniser } from './reddit';

describe('redditRecogniser', () => {
  it.each([
    ['https://www.reddit.com/r/RedditSafety/comments/t8zloo/evolving_our_rule/?utm_source=share&utm_medium=web2x&context=3', 'post', 't8zloo', 'https://www.reddit.com/r/RedditSafety/comments/t8zloo/'],
    ['https://old.reddit.com/r/pics/comments/abc123/', 'post', 'abc123', 'https://www.reddit.com/r/pics/comments/abc123/'],
    ['reddit.com/r/pics/comments/abc123/a_title', 'post', 'abc123', 'https://www.reddit.com/r/pics/comments/abc123/'],
    ['https://www.reddit.com/r/help/comments/vq6zo8/abuse_of_reporting/iffrlzr/?context=3', 'comment', 'iffrlzr', 'https://www.reddit.com/r/help/comments/vq6zo8/comment/iffrlzr/'],
    ['https://www.reddit.com/r/help/comments/vq6zo8/comment/iffrlzr/', 'comment', 'iffrlzr', 'https://www.reddit.com/r/help/comments/vq6zo8/comment/iffrlzr/'],
    ['https://www.reddit.com/user/Jane-Doe/comments/abc123/my_post/', 'post', 'abc123', 'https://www.reddit.com/user/Jane-Doe/comments/abc123/'],
    ['https://www.reddit.com/comments/abc123', 'post', 'abc123', 'https://www.reddit.com/comments/abc123/'],
    ['https://redd.it/abc123', 'post', 'abc123', 'https://www.reddit.com/comments/abc123/'],
    ['https://www.reddit.com/user/Jane-Doe/', 'profile', 'Jane-Doe', 'https://www.reddit.com/user/Jane-Doe/'],
    ['https://www.reddit.com/u/jane_doe/submitted/', 'profile', 'jane_doe', 'https://www.reddit.com/user/jane_doe/'],
    ['https://m.reddit.com/r/pics', 'group', 'pics', 'https://www.reddit.com/r/pics/'],
    ['u/Jane-Doe', 'profile', 'Jane-Doe', 'https://www.reddit.com/user/Jane-Doe/'],
    ['/u/jane_doe', 'profile', 'jane_doe', 'https://www.reddit.com/user/jane_doe/'],
    ['jane_doe', 'profile', 'jane_doe', 'https://www.reddit.com/user/jane_doe/'],
    ['r/pics', 'group', 'pics', 'https://www.reddit.com/r/pics/'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(redditRecogniser.recognise(input)).toEqual({ ok: true, platform: 'reddit', kind, id, canonicalUrl });
  });

  it.each([
    ['https://www.reddit.com/r/pics/s/AbCdEf123', 'post', 'AbCdEf123', 'https://www.reddit.com/r/pics/s/AbCdEf123'],
    // L3: a /u/…/s/ share link shares the profile.
    ['https://www.reddit.com/u/Jane-Doe/s/AbCdEf', 'profile', 'AbCdEf', 'https://www.reddit.com/u/Jane-Doe/s/AbCdEf'],
  ])('L3: keeps the share link %s as a %s', (input, kind, id, canonicalUrl) => {
    expect(redditRecogniser.recognise(input)).toEqual({ ok: true, platform: 'reddit', kind, id, canonicalUrl, hint: hints.shareLink });
  });

  it('L5: recognises Reddit’s image viewer, reddit.com/media?url=…, as the picture it shows', () => {
    expect(redditRecogniser.recognise('https://www.reddit.com/media?url=https%3A%2F%2Fi.redd.it%2Fabc123def.jpeg')).toEqual({
      ok: true,
      platform: 'reddit',
      kind: 'media',
      id: 'abc123def.jpeg',
      canonicalUrl: 'https://i.redd.it/abc123def.jpeg',
      hint: hints.mediaAddress,
    });
  });

  it.each([
    ['https://i.redd.it/abc123.jpeg', 'abc123.jpeg'],
    ['https://v.redd.it/abc123', 'abc123'],
  ])('keeps the media address %s, noting the post helps too', (input, id) => {
    expect(redditRecogniser.recognise(input)).toEqual({
      ok: true,
      platform: 'reddit',
      kind: 'media',
      id,
      canonicalUrl: input,
      hint: hints.mediaAddress,
    });
  });

  it.each(['u/ab', 'r/x', 'https://www.reddit.com/', 'https://www.reddit.com/settings'])('refuses %j', (input) => {
    expect(redditRecogniser.recognise(input).ok).toBe(false);
  });

  it('says an X link is not a Reddit one', () => {
    expect(redditRecogniser.recognise('https://twitter.com/jane')).toEqual({ ok: false, message: 'This looks like an X (Twitter) link, not a Reddit one' });
  });
});
