import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeReferralEmail } from '../email';
import { completeAnswers } from '../test-answers';
import { humanV1 } from './human-v1';
import { referralV1JsonSchema, referralV1Schema, toReferralV1 } from './machine-v1';

const schemaFile = path.join(__dirname, 'referral.v1.schema.json');

describe('referral.v1', () => {
  it('has its JSON Schema committed, generated from the zod schema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(referralV1JsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(schemaFile, generated);
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(generated);
  });

  it('describes a complete referral with codes and canonical links', () => {
    const document = toReferralV1(completeAnswers(), 'KQ7M-X4PD');
    expect(referralV1Schema.parse(document)).toEqual(document);
    expect(document.priority).toBe('high');
    const evidence = document.answers.evidence as Record<string, unknown>[];
    expect(evidence[0]).toMatchObject({
      platform: 'instagram',
      canonicalLink: 'https://www.instagram.com/p/C1a2B3c4D5e/',
      kind: 'Instagram post',
    });
    expect(evidence[1]).toMatchObject({ canonicalLink: '+447700900123' });
  });
});

describe('the referral email, v1', () => {
  it('puts only the reference and priority in the subject', () => {
    const email = humanV1(completeAnswers({ preferredName: 'Sam Secret', inDanger: 'yes' }), 'KQ7M-X4PD');
    expect(email.subject).toBe('Referral KQ7M-X4PD, priority: URGENT');
  });

  it('opens with triage, safe contact and the help wanted, then every answer', () => {
    const { text } = humanV1(completeAnswers(), 'KQ7M-X4PD');
    const order = ['== Triage ==', '== Safe contact ==', '== Help wanted ==', '== Evidence ==', '== Every answer =='].map((heading) => text.indexOf(heading));
    expect(order.every((position, index) => position >= 0 && (index === 0 || position > order[index - 1]!))).toBe(true);
    expect(text).toContain('Someone is threatening to share images');
    expect(text).toContain('+447700900982');
    expect(text).toContain('Is it safe for us to leave a voicemail or a message?\n  No');
    expect(text).toContain('West Midlands Police');
  });

  it('escapes every value in the HTML and never makes evidence a link', () => {
    const hostile = completeAnswers({
      preferredName: '<script>alert(1)</script>',
      description: '"><img src=x onerror=alert(1)>',
      evidence: [{ ...completeAnswers().evidence[0]!, whatItShows: '<a href="https://evil.example">click</a>' }],
    });
    const { html } = humanV1(hostile, 'KQ7M-X4PD');
    expect(html).not.toMatch(/<script|<img|<a /i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('https[:]//www.instagram.com/p/C1a2B3c4D5e/');
  });

  it('composes text, HTML and the JSON attachment from a stored payload', () => {
    const email = composeReferralEmail(JSON.parse(JSON.stringify(completeAnswers())) as Record<string, unknown>, 'KQ7M-X4PD');
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments[0]!.filename).toBe('referral-KQ7M-X4PD.json');
    expect(referralV1Schema.safeParse(JSON.parse(email.attachments[0]!.content)).success).toBe(true);
  });
});
