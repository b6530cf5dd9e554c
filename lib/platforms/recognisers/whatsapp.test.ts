import { describe, expect, it } from 'vitest';
import { recognise } from '../recognise';
import { messages } from './shared';
import { whatsappRecogniser } from './whatsapp';

describe('whatsappRecogniser', () => {
  it.each([
    ['07700 900123', 'phone-number', '+447700900123', 'https://wa.me/447700900123'],
    ['+44 (0)7700 900123', 'phone-number', '+447700900123', 'https://wa.me/447700900123'],
    ['0044 7700 900123', 'phone-number', '+447700900123', 'https://wa.me/447700900123'],
    ['+1 415 555 0100', 'phone-number', '+14155550100', 'https://wa.me/14155550100'],
    ['https://wa.me/447700900123', 'phone-number', '+447700900123', 'https://wa.me/447700900123'],
    ['wa.me/447700900123?text=hello', 'phone-number', '+447700900123', 'https://wa.me/447700900123'],
    ['https://api.whatsapp.com/send?phone=447700900123&text=hi', 'phone-number', '+447700900123', 'https://wa.me/447700900123'],
    ['https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv', 'group', 'AbCdEfGhIjKlMnOpQrStUv', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv'],
    ['https://chat.whatsapp.com/invite/AbCdEfGhIjKlMnOpQrStUv', 'group', 'AbCdEfGhIjKlMnOpQrStUv', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv'],
    ['https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMn1a', 'channel', '0029VaAbCdEfGhIjKlMn1a', 'https://www.whatsapp.com/channel/0029VaAbCdEfGhIjKlMn1a'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(whatsappRecogniser.recognise(input)).toEqual({ ok: true, platform: 'whatsapp', kind, id, canonicalUrl });
  });

  it.each([
    ['0770 090', messages.phone],
    ['+44 7700 900 123 456', messages.phone],
  ])('refuses the number %j', (input, message) => {
    expect(whatsappRecogniser.recognise(input)).toEqual({ ok: false, message });
  });

  it.each(['@jane', 'https://wa.me/message/ABCDEF123', 'https://wa.me/12', 'https://www.whatsapp.com/'])('refuses %j', (input) => {
    expect(whatsappRecogniser.recognise(input).ok).toBe(false);
  });

  it('says a Telegram link is not a WhatsApp one', () => {
    expect(recognise('whatsapp', 'https://t.me/somechannel')).toEqual({ ok: false, message: 'This looks like a Telegram link, not a WhatsApp one' });
  });
});
