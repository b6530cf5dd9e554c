import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { datingAppsRecogniser } from './dating-apps';

describe('datingAppsRecogniser', () => {
  it('recognises a Tinder profile link', () => {
    expect(datingAppsRecogniser.recognise('https://tinder.com/@JaneDoe')).toEqual({
      ok: true,
      platform: 'dating-apps',
      kind: 'profile',
      id: 'JaneDoe',
      canonicalUrl: 'https://tinder.com/@JaneDoe',
    });
  });

  it.each([['Sam', 'Sam'], ['@chris_b', 'chris_b'], ['Zoë', 'Zoë']])('keeps the name on a profile as written: %s', (input, id) => {
    expect(datingAppsRecogniser.recognise(input)).toEqual({ ok: true, platform: 'dating-apps', kind: 'profile', id });
  });

  it.each(['https://bumble.com/en/the-buzz', 'javascript:alert(1)', 'a'.repeat(51)])('refuses %j', (input) => {
    expect(datingAppsRecogniser.recognise(input).ok).toBe(false);
  });
});
