import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { telegramRecogniser } from './telegram';

describe('telegramRecogniser', () => {
  it.each([
    ['https://t.me/SomeChannel', 'channel', 'somechannel', 'https://t.me/somechannel'],
    ['t.me/somechannel', 'channel', 'somechannel', 'https://t.me/somechannel'],
    ['https://telegram.me/somechannel', 'channel', 'somechannel', 'https://t.me/somechannel'],
    ['https://t.me/s/somechannel', 'channel', 'somechannel', 'https://t.me/somechannel'],
    ['https://somechannel.t.me/', 'channel', 'somechannel', 'https://t.me/somechannel'],
    ['https://t.me/somechannel/1234?single', 'message', 'somechannel/1234', 'https://t.me/somechannel/1234'],
    ['https://t.me/s/somechannel/1234', 'message', 'somechannel/1234', 'https://t.me/somechannel/1234'],
    ['https://t.me/c/1234567890/55', 'message', 'c/1234567890/55', 'https://t.me/c/1234567890/55'],
    ['https://t.me/+AbCdEfGhIjKlMnOp', 'group', 'AbCdEfGhIjKlMnOp', 'https://t.me/+AbCdEfGhIjKlMnOp'],
    ['https://t.me/joinchat/AbCdEfGhIjKlMnOp', 'group', 'AbCdEfGhIjKlMnOp', 'https://t.me/+AbCdEfGhIjKlMnOp'],
    ['https://t.me/+447400123456', 'phone-number', '+447400123456', 'https://t.me/+447400123456'],
    ['@Jane_Doe', 'profile', 'jane_doe', 'https://t.me/jane_doe'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(telegramRecogniser.recognise(input)).toEqual({ ok: true, platform: 'telegram', kind, id, canonicalUrl });
  });

  it('recognises a phone number, which has no link', () => {
    expect(telegramRecogniser.recognise('07400 123456')).toEqual({ ok: true, platform: 'telegram', kind: 'phone-number', id: '+447400123456' });
  });

  it.each(['@abc', '@1jane', 'https://t.me/share/url?url=x', 'https://t.me/', 'https://t.me/a'])('refuses %j', (input) => {
    expect(telegramRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a WhatsApp link is not a Telegram one', () => {
    expect(telegramRecogniser.recognise('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv')).toEqual({ ok: false, message: 'This looks like a WhatsApp link, not a Telegram one' });
  });
});
