import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { discordRecogniser } from './discord';

describe('discordRecogniser', () => {
  it.each([
    ['https://discord.com/channels/123456789012345678/234567890123456789/345678901234567890', 'message', '345678901234567890', 'https://discord.com/channels/123456789012345678/234567890123456789/345678901234567890'],
    ['https://discord.com/channels/@me/234567890123456789/345678901234567890', 'message', '345678901234567890', 'https://discord.com/channels/@me/234567890123456789/345678901234567890'],
    ['https://discordapp.com/channels/123456789012345678/234567890123456789', 'channel', '234567890123456789', 'https://discord.com/channels/123456789012345678/234567890123456789'],
    ['https://discord.gg/abcDEF12', 'group', 'abcDEF12', 'https://discord.com/invite/abcDEF12'],
    ['https://discord.com/invite/abcDEF12', 'group', 'abcDEF12', 'https://discord.com/invite/abcDEF12'],
    ['https://discord.com/users/123456789012345678', 'profile', '123456789012345678', 'https://discord.com/users/123456789012345678'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(discordRecogniser.recognise(input)).toEqual({ ok: true, platform: 'discord', kind, id, canonicalUrl });
  });

  it('records a username without a link, because it has no public page', () => {
    expect(discordRecogniser.recognise('@jane.doe')).toEqual({ ok: true, platform: 'discord', kind: 'profile', id: 'jane.doe' });
  });

  it.each(['https://discord.com/channels/123', 'https://discord.com/app', '@a', 'Jane Doe'])('refuses %j', (input) => {
    expect(discordRecogniser.recognise(input).ok).toBe(false);
  });
});
