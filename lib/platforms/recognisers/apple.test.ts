import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { appleRecogniser } from './apple';

describe('appleRecogniser', () => {
  it.each([
    ['https://www.icloud.com/sharedalbum/#B0aGWZuqDGKnbvR', 'group', 'B0aGWZuqDGKnbvR', 'https://www.icloud.com/sharedalbum/#B0aGWZuqDGKnbvR'],
    ['https://www.icloud.com/photos/#0a1B2c3D4e5F6g7H8i', 'group', '0a1B2c3D4e5F6g7H8i', 'https://www.icloud.com/photos/#0a1B2c3D4e5F6g7H8i'],
    ['https://share.icloud.com/photos/0a1B2c3D4e5F6g7H8i', 'group', '0a1B2c3D4e5F6g7H8i', 'https://share.icloud.com/photos/0a1B2c3D4e5F6g7H8i'],
    ['https://www.icloud.com/iclouddrive/0a1B2c3D4e5F6g7H8i#holiday', 'page', '0a1B2c3D4e5F6g7H8i', 'https://www.icloud.com/iclouddrive/0a1B2c3D4e5F6g7H8i'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(appleRecogniser.recognise(input)).toEqual({ ok: true, platform: 'apple', kind, id, canonicalUrl });
  });

  it('recognises the email address an iMessage came from', () => {
    expect(appleRecogniser.recognise('Jane@iCloud.com')).toEqual({ ok: true, platform: 'apple', kind: 'email-address', id: 'Jane@icloud.com' });
  });

  it('recognises the phone number an iMessage came from', () => {
    expect(appleRecogniser.recognise('07911 123456')).toEqual({ ok: true, platform: 'apple', kind: 'phone-number', id: '+447911123456' });
  });

  it.each(['https://www.icloud.com/sharedalbum/', 'https://www.icloud.com/mail', 'jane@', 'Jane Doe'])('refuses %j', (input) => {
    expect(appleRecogniser.recognise(input).ok).toBe(false);
  });
});
