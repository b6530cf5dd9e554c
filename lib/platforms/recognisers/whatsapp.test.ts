import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { hints } from './results';
import { whatsappRecogniser } from './whatsapp';

describe('whatsappRecogniser', () => {
  it.each([
    ['07400 123456', 'phone-number', '+447400123456', 'https://wa.me/447400123456'],
    ['+44 (0)7400 123456', 'phone-number', '+447400123456', 'https://wa.me/447400123456'],
    ['0044 7400 123456', 'phone-number', '+447400123456', 'https://wa.me/447400123456'],
    ['+1 415 555 0100', 'phone-number', '+14155550100', 'https://wa.me/14155550100'],
    ['https://wa.me/447400123456', 'phone-number', '+447400123456', 'https://wa.me/447400123456'],
    ['wa.me/447400123456?text=hello', 'phone-number', '+447400123456', 'https://wa.me/447400123456'],
    ['https://api.whatsapp.com/send?phone=447400123456&text=hi', 'phone-number', '+447400123456', 'https://wa.me/447400123456'],
    ['https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv', 'group', 'AbCdEfGhIjKlMnOpQrStUv', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv'],
    ['https://chat.whatsapp.com/invite/AbCdEfGhIjKlMnOpQrStUv', 'group', 'AbCdEfGhIjKlMnOpQrStUv', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv'],
    ['https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMn1a', 'channel', '0029VaAbCdEfGhIjKlMn1a', 'https://www.whatsapp.com/channel/0029VaAbCdEfGhIjKlMn1a'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(whatsappRecogniser.recognise(input)).toEqual({ ok: true, platform: 'whatsapp', kind, id, canonicalUrl });
  });

  // Never guessed into another number: kept as typed, with a note that the country is not known.
  // L6: a number starting 0 that is not a UK number in use is "check it", not "country not known".
  it.each([
    ['0770 090', hints.notInUseNational],
    ['087 123 4567', hints.notInUseNational],
    ['+44 7700 900 123 456', hints.notInUse],
    ['612 34 56 78', hints.countryNotKnown],
  ])('keeps the number %j as typed, with its note', (input, hint) => {
    expect(whatsappRecogniser.recognise(input)).toEqual({
      ok: true,
      platform: 'whatsapp',
      kind: 'phone-number',
      id: input,
      hint,
    });
  });

  it('keeps a business chat link, which hides the number', () => {
    expect(whatsappRecogniser.recognise('https://wa.me/message/ABCDEF123')).toMatchObject({ ok: true, kind: 'message', id: 'ABCDEF123' });
  });

  it.each(['@jane', 'https://wa.me/12', 'https://www.whatsapp.com/'])('refuses %j', (input) => {
    expect(whatsappRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a Telegram link is not a WhatsApp one', () => {
    expect(whatsappRecogniser.recognise('https://t.me/somechannel')).toEqual({ ok: false, message: 'This looks like a Telegram link, not a WhatsApp one' });
  });
});
