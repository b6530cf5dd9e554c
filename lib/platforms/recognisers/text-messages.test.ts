import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { hints, messages } from './results';
import { textMessagesRecogniser } from './text-messages';

describe('textMessagesRecogniser', () => {
  it.each([
    ['07400 123456', '+447400123456'],
    ['07400123456', '+447400123456'],
    ['+44 7400 123456', '+447400123456'],
    ['+44 (0)7400 123456', '+447400123456'],
    ['0044 7400 123456', '+447400123456'],
    ['44 7400 123456', '+447400123456'],
    ['(020) 7946 0123', '+442079460123'],
    ['020-7946-0123', '+442079460123'],
    ['+1 415 555 0100', '+14155550100'],
  ])('recognises %s as %s, with no link', (input, id) => {
    expect(textMessagesRecogniser.recognise(input)).toEqual({ ok: true, platform: 'text-messages', kind: 'phone-number', id });
  });

  // L6: written as a UK number but not one in use: "check it", not "country not known".
  it.each(['07700 900', '0740012345645678'])('keeps %j as typed, not a UK number in use', (input) => {
    expect(textMessagesRecogniser.recognise(input)).toEqual({
      ok: true,
      platform: 'text-messages',
      kind: 'phone-number',
      id: input,
      hint: hints.notInUseNational,
    });
  });

  it('recognises an iMessage sender by email address', () => {
    expect(textMessagesRecogniser.recognise('jane@icloud.com')).toEqual({
      ok: true,
      platform: 'text-messages',
      kind: 'email-address',
      id: 'jane@icloud.com',
    });
  });

  it.each([
    ['Mum', messages.phone],
    ['@jane', 'Enter an email address, like name@example.com'],
  ])('refuses %j', (input, message) => {
    expect(textMessagesRecogniser.recognise(input)).toEqual({ ok: false, message });
  });

  it.each(['https://www.facebook.com/jane.smith', 'https://example.com/page'])('explains texts have no link for %s', (input) => {
    expect(textMessagesRecogniser.recognise(input)).toEqual({
      ok: false,
      message: "Text messages don't have a web address: enter the phone number they came from, like 07700 900 982",
    });
  });
});
