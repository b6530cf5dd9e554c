import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { microsoftRecogniser } from './microsoft';

describe('microsoftRecogniser', () => {
  it.each([
    ['https://1drv.ms/i/s!AbCdEfGh12345', 'page', 'i/s!AbCdEfGh12345', 'https://1drv.ms/i/s!AbCdEfGh12345'],
    ['https://onedrive.live.com/?cid=ABC123&id=ABC123DEF456!789', 'page', 'ABC123DEF456!789', 'https://onedrive.live.com/?id=ABC123DEF456!789'],
    ['https://onedrive.live.com/redir?resid=ABC123DEF456!789&authkey=x', 'page', 'ABC123DEF456!789', 'https://onedrive.live.com/?id=ABC123DEF456!789'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(microsoftRecogniser.recognise(input)).toEqual({ ok: true, platform: 'microsoft', kind, id, canonicalUrl });
  });

  it('recognises an Outlook address', () => {
    expect(microsoftRecogniser.recognise('jane.doe@Outlook.com')).toEqual({ ok: true, platform: 'microsoft', kind: 'email-address', id: 'jane.doe@outlook.com' });
  });

  it('keeps an Xbox gamertag as written', () => {
    expect(microsoftRecogniser.recognise('JaneDoe1234#5678')).toEqual({ ok: true, platform: 'microsoft', kind: 'profile', id: 'JaneDoe1234#5678' });
  });

  it.each(['https://onedrive.live.com/about', 'https://www.xbox.com/en-GB', 'a'.repeat(20)])('refuses %j', (input) => {
    expect(microsoftRecogniser.recognise(input).ok).toBe(false);
  });
});
