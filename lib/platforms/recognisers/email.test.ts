import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { emailRecogniser } from './email';

describe('emailRecogniser', () => {
  it.each([
    ['jane@example.com', 'jane@example.com'],
    ['  Jane.Smith+abuse@Example.CO.UK ', 'Jane.Smith+abuse@example.co.uk'],
    ['mailto:jane@example.com', 'jane@example.com'],
    ['Jane Smith <jane@Gmail.com>', 'jane@gmail.com'],
  ])('recognises %s', (input, id) => {
    expect(emailRecogniser.recognise(input)).toEqual({ ok: true, platform: 'email', kind: 'email-address', id });
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'Enter an email address, like name@example.com, not a web address'],
    ['jane', 'Enter an email address, like name@example.com'],
    ['jane@', 'Enter an email address, like name@example.com'],
    ['@example.com', 'Enter an email address, like name@example.com'],
    ['jane@localhost', 'Enter an email address, like name@example.com'],
    ['jane..smith@example.com', 'Enter an email address, like name@example.com'],
    ['jane smith@example.com', 'Enter an email address, like name@example.com'],
  ])('refuses %j', (input, message) => {
    expect(emailRecogniser.recognise(input)).toEqual({ ok: false, message });
  });
});
