import { describe, expect, it } from 'vitest';
import { recognise } from '../recognise';
import { messages } from './shared';
import { textMessagesRecogniser } from './text-messages';

describe('textMessagesRecogniser', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['44 7700 900123', '+447700900123'],
    ['(020) 7946 0123', '+442079460123'],
    ['020-7946-0123', '+442079460123'],
    ['+1 415 555 0100', '+14155550100'],
  ])('recognises %s as %s, with no link', (input, id) => {
    expect(textMessagesRecogniser.recognise(input)).toEqual({ ok: true, platform: 'text-messages', kind: 'phone-number', id });
  });

  it.each([
    ['07700 900', messages.phone],
    ['0770090012345678', messages.phone],
    ['Mum', messages.phone],
    ['@jane', messages.phone],
  ])('refuses %j', (input, message) => {
    expect(textMessagesRecogniser.recognise(input)).toEqual({ ok: false, message });
  });

  it.each(['https://www.facebook.com/jane.smith', 'https://example.com/page'])('explains texts have no link for %s', (input) => {
    expect(recognise('text-messages', input)).toEqual({
      ok: false,
      message: "Text messages don't have a web address: enter the phone number they came from, like 07700 900 982",
    });
  });
});
