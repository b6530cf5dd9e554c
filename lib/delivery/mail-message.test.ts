import { describe, expect, it } from 'vitest';
import { buildOutgoingMessage, messageIdFor, recipientFor, stripControlCharacters } from './mail-message';

const routing = {
  mailFrom: 'no-reply@get-help.example',
  recipient: 'intake@support.example',
  routes: { 'northern-ireland': 'ni@partner.example' },
};
const composed = {
  subject: 'Referral KQ7M-X4PD\r\nBcc: attacker@evil.example\u2028X: y',
  text: 'text',
  html: '<p>html</p>',
  attachments: [{ filename: 'a\r\nb/../"c.json', content: '{}', contentType: 'application/json\r\nX-Evil: 1' }],
};

describe('buildOutgoingMessage', () => {
  it('takes every address from configuration and none from the referral', () => {
    const message = buildOutgoingMessage(composed, 'KQ7M-X4PD', 'england', routing);
    expect(message.from).toBe(routing.mailFrom);
    expect(message.to).toBe(routing.recipient);
    expect(message.envelope).toEqual({ from: routing.mailFrom, to: [routing.recipient] });
    expect(Object.keys(message).sort()).toEqual(
      ['attachments', 'disableFileAccess', 'disableUrlAccess', 'envelope', 'from', 'html', 'messageId', 'subject', 'text', 'to'].sort(),
    );
  });

  it('strips control characters from the subject and attachment headers', () => {
    const message = buildOutgoingMessage(composed, 'KQ7M-X4PD', 'england', routing);
    expect(message.subject).toBe('Referral KQ7M-X4PD Bcc: attacker@evil.example X: y');
    expect(message.attachments[0]!.filename).not.toMatch(/[\r\n/"]/);
    expect(message.attachments[0]!.contentType).not.toMatch(/[\r\n]/);
    expect(stripControlCharacters('a\u0000\u001b\u007fb')).toBe('a b');
  });

  it('routes by nation and keeps a stable Message-ID', () => {
    expect(recipientFor('northern-ireland', routing)).toBe('ni@partner.example');
    expect(recipientFor('scotland', routing)).toBe(routing.recipient);
    expect(messageIdFor('KQ7M-X4PD', routing.mailFrom)).toBe('<referral-kq7m-x4pd@get-help.example>');
  });
});
