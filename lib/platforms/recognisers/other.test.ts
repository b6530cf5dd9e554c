import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { otherRecogniser } from './other';

describe('otherRecogniser', () => {
  it.each([
    ['https://www.twitch.tv/videos/123456', 'video', 'https://www.twitch.tv/videos/123456'],
    ['https://bsky.app/profile/jane.bsky.social', 'profile', 'https://bsky.app/profile/jane.bsky.social'],
    ['https://example.com/', 'page', 'https://example.com/'],
  ])('recognises %s', (input, kind, id) => {
    expect(otherRecogniser.recognise(input)).toEqual({ ok: true, platform: 'other', kind, id, canonicalUrl: id });
  });

  it.each([
    ['@jane_doe', 'profile', 'jane_doe'],
    ['07400 123456', 'phone-number', '+447400123456'],
    ['jane@Example.com', 'email-address', 'jane@example.com'],
  ])('recognises %s', (input, kind, id) => {
    expect(otherRecogniser.recognise(input)).toEqual({ ok: true, platform: 'other', kind, id });
  });

  it.each([
    ['https://www.instagram.com/jane/', 'This looks like an Instagram link: choose Instagram instead'],
    ['https://wa.me/447400123456', 'This looks like a WhatsApp link: choose WhatsApp instead'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'This looks like a YouTube link: choose YouTube instead'],
    ['https://www.threads.net/@jane/post/C1a2B3', 'This looks like a Threads link: choose Threads instead'],
    ['https://discord.com/channels/123/456', 'This looks like a Discord link: choose Discord instead'],
  ])('points %s at its platform', (input, message) => {
    expect(otherRecogniser.recognise(input)).toEqual({ ok: false, message });
  });

  it.each(['Jane Smith', 'jane'])('refuses %j', (input) => {
    expect(otherRecogniser.recognise(input).ok).toBe(false);
  });
});
