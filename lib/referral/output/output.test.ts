import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeReferralEmail, composeReferralJson, composeReferralNotice, composeReferralText } from '../email';
import { referralSchema } from '../schema';
import { completeAnswers } from '@/testing/test-answers';
import { humanV1 } from './human-v1';
import { noticeV1 } from './notice-v1';
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
    // 07700 900xxx is Ofcom's range for drama: not a valid UK number, so kept as typed.
    expect(evidence[1]).toMatchObject({ canonicalLink: '07700 900123' });
  });

  it('M1: carries each item as entered, tracking and share parameters included, with a cleaned link and what was recognised beside it', () => {
    const answers = completeAnswers({
      evidence: [
        { ...completeAnswers().evidence[0]!, platform: 'facebook', where: 'https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=wwXIfr' },
        {
          ...completeAnswers().evidence[0]!,
          platform: 'facebook',
          where: 'https://www.facebook.com/jane.smith/posts/pfbid02Xyz?comment_id=Y29tbWVudDox&fbclid=IwAR0abc',
        },
        { ...completeAnswers().evidence[0]!, platform: 'whatsapp', where: '087 123 4567' },
        { ...completeAnswers().evidence[0]!, platform: 'facebook', where: 'Jane Smith' },
      ],
    });
    const document = toReferralV1(answers, 'KQ7M-X4PD');
    expect(referralV1Schema.parse(document)).toEqual(document);
    const [share, comment, phone, name] = document.answers.evidence as Record<string, unknown>[];
    expect(share).toMatchObject({
      where: 'https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=wwXIfr',
      reading: {
        entered: 'https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=wwXIfr',
        cleanedLink: 'https://www.facebook.com/share/p/1AbCdEfGh/',
        isLink: true,
        recognised: { platform: 'facebook', kind: 'post', id: '1AbCdEfGh', countryNotKnown: false },
      },
    });
    expect(comment).toMatchObject({
      reading: {
        entered: 'https://www.facebook.com/jane.smith/posts/pfbid02Xyz?comment_id=Y29tbWVudDox&fbclid=IwAR0abc',
        cleanedLink: 'https://www.facebook.com/jane.smith/posts/pfbid02Xyz?comment_id=Y29tbWVudDox',
        recognised: { kind: 'post', id: 'pfbid02Xyz', details: [{ name: 'comment', value: 'Y29tbWVudDox' }] },
      },
    });
    expect(phone).toMatchObject({
      reading: { entered: '087 123 4567', isLink: false, recognised: { kind: 'phone-number', id: '087 123 4567', countryNotKnown: true, notInUse: true } },
    });
    expect((phone as { reading: object }).reading).not.toHaveProperty('cleanedLink');
    expect(name).toMatchObject({ kind: '', canonicalLink: '', reading: { entered: 'Jane Smith', recognised: null } });
  });

  it('still validates documents made before `reading` was added', () => {
    const document = toReferralV1(completeAnswers(), 'KQ7M-X4PD');
    const evidence = (document.answers.evidence as Record<string, unknown>[]).map((item) => {
      const before = { ...item };
      delete before.reading;
      return before;
    });
    expect(referralV1Schema.safeParse({ ...document, answers: { ...document.answers, evidence } }).success).toBe(true);
    const schema = referralV1JsonSchema() as { description: string; properties: { answers: { properties: { evidence: { items: { required: string[] } } } } } };
    expect(schema.properties.answers.properties.evidence.items.required).not.toContain('reading');
    expect(schema.description).toMatch(/additively/);
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
    // Each place of evidence as the check page lists it, its details indented under it.
    expect(text).toContain(
      [
        '1. Instagram (Instagram post)',
        // As entered, igsh share parameter and all (M1), then the cleaned copy under its own
        // label; both defanged: never a tappable link.
        '  Where, as entered: https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/?igsh=abc123',
        '  Link to open, without tracking parts: https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/',
        '  Recognised: Instagram post C1a2B3c4D5e',
        '  Seen: 14 March 2025',
        '  What it shows: A post with my photo and my first name',
        '  Reported to the platform: Yes, reference IG-555',
        '  Screenshot kept: Yes',
        '2. WhatsApp (WhatsApp phone number)',
      ].join('\n'),
    );
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
    expect(html).toContain('https[:]//www[.]instagram[.]com/p/C1a2B3c4D5e/');
  });

  it('defangs every evidence address in the text part, as in the HTML (security review L4)', () => {
    const answers = completeAnswers({
      evidence: [
        { ...completeAnswers().evidence[0]!, platform: 'facebook', where: 'https://www.facebook.com/share/p/1AbCdEfGh/' },
        { ...completeAnswers().evidence[0]!, platform: 'websites', where: 'example.com/page' },
        { ...completeAnswers().evidence[0]!, platform: 'instagram', where: 'Check out this post https://www.instagram.com/p/ABC123/' },
      ],
    });
    const { text, html } = humanV1(answers, 'KQ7M-X4PD');
    const evidence = text.slice(text.indexOf('== Evidence =='), text.indexOf('== Every answer =='));
    expect(evidence).toContain('Where, as entered: https[:]//www[.]facebook[.]com/share/p/1AbCdEfGh/');
    expect(evidence).toContain('Where, as entered: example[.]com/page');
    expect(evidence).toContain('Where, as entered: Check out this post https[:]//www[.]instagram[.]com/p/ABC123/');
    expect(evidence).toContain('change [:] to : and [.] to . to use one');
    // Nothing a mail app would turn into a link: no scheme, no bare domain with a path.
    expect(evidence).not.toMatch(/https?:\/\/|\b[a-z0-9-]+\.(?:com|org)\b/i);
    expect(html).not.toMatch(/https?:\/\/(?!json-schema)/i);
  });

  it('composes text, HTML and the JSON attachment from a stored payload', () => {
    const email = composeReferralEmail(JSON.parse(JSON.stringify(completeAnswers())) as Record<string, unknown>, 'KQ7M-X4PD');
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments[0]!.filename).toBe('referral-KQ7M-X4PD.json');
    expect(referralV1Schema.safeParse(JSON.parse(email.attachments[0]!.content)).success).toBe(true);
    expect(email.text).toContain('The same referral is attached as referral-KQ7M-X4PD.json (format referral.v1).');
    expect(email.html).toContain('<p>The same referral is attached as referral-KQ7M-X4PD.json (format referral.v1).</p>');
  });

  it('gives `show` the email’s text without the line about an attachment it does not have', () => {
    const payload = JSON.parse(JSON.stringify(completeAnswers())) as Record<string, unknown>;
    const text = composeReferralText(payload, 'KQ7M-X4PD');
    expect(composeReferralEmail(payload, 'KQ7M-X4PD').text).toBe(
      `${text}\nThe same referral is attached as referral-KQ7M-X4PD.json (format referral.v1).`,
    );
    expect(text).not.toContain('attached');
  });
});

describe('the content-free notice, v1', () => {
  const facts = {
    receivedAt: Date.UTC(2026, 0, 5, 9, 5),
    sentAt: Date.UTC(2026, 0, 5, 9, 6),
    keptAfterClosingDays: 30,
    readCommand: 'npm run outbox -- show KQ7M-X4PD',
    jsonOption: '--json',
  };
  const stored = (answers: ReturnType<typeof completeAnswers>) => JSON.parse(JSON.stringify(answers)) as Record<string, unknown>;

  it('has the full email’s subject, no attachment, and says when, how to read it and until when', () => {
    const answers = completeAnswers({ preferredName: 'Sam Secret', inDanger: 'yes' });
    const notice = composeReferralNotice(stored(answers), 'KQ7M-X4PD', facts);
    expect(notice.subject).toBe(composeReferralEmail(stored(answers), 'KQ7M-X4PD').subject);
    expect(notice.attachments).toEqual([]);
    expect(notice.text).toContain('This referral is urgent. Read it now.');
    expect(notice.text).toContain('Received: Monday 5 January 2026 at 9:05am (UK time)');
    expect(notice.text).toContain('\n  npm run outbox -- show KQ7M-X4PD\n');
    expect(notice.text).toContain('while its case is open in the caseworker inbox, and for at least 30 days after the case is closed.');
    expect(`${notice.text}${notice.html}`).not.toContain('Sam Secret');
  });

  it('gives times in UK time, summer time included', () => {
    const { text } = noticeV1({ ...facts, reference: 'KQ7M-X4PD', priority: 'standard', receivedAt: Date.UTC(2026, 6, 1, 23, 30), keptAfterClosingDays: 1 });
    expect(text).toContain('Received: Thursday 2 July 2026 at 12:30am (UK time)');
    expect(text).toContain('for at least 1 day after');
    expect(text).not.toContain('urgent');
  });

  it('escapes every value in the HTML', () => {
    const { html } = noticeV1({ ...facts, reference: '<b>X</b>', priority: 'high', readCommand: 'show "<script>"' });
    expect(html).not.toMatch(/<b>|<script/);
    expect(html).toContain('<pre><code>show &quot;&lt;script&gt;&quot;</code></pre>');
  });

  it('gives the same JSON as the full email’s attachment for `show --json`', () => {
    const payload = stored(completeAnswers());
    expect(composeReferralJson(payload, 'KQ7M-X4PD')).toBe(composeReferralEmail(payload, 'KQ7M-X4PD').attachments[0]!.content);
  });
});

/**
 * What she typed survives whole through the stored referral, referral.v1 and the email (M1, M3,
 * L2 of the December platform review): parameters, joiners, flags and tabs included.
 */
describe('evidence as typed, through the stored referral and its outputs', () => {
  const couple = '\u{1F469}\u200D\u2764\uFE0F\u200D\u{1F468}';
  const wales = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}';
  const typed = [
    { platform: 'tiktok', where: 'https://www.tiktok.com/@jane.doe/video/7312345678901234567?user_id=6812345&sec_user_id=MS4wLjABAAAA&u_code=d8a1b2&share_item_id=7312345678901234567&timestamp=1701234567' },
    { platform: 'snapchat', where: 'https://www.snapchat.com/add/jane.doe?share_id=QUJDREVG\t(his second account)' },
    { platform: 'instagram', where: `jane ${couple} doe` },
    { platform: 'other', where: `Si\u00E2n ${wales}` },
    { platform: 'other', where: '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645' },
  ] as const;
  const answers = referralSchema(new Date('2026-11-28T12:00:00Z')).parse(
    completeAnswers({ evidence: typed.map((item) => ({ ...completeAnswers().evidence[0]!, ...item })) }),
  );

  it('M1, M3, L2: keeps each "where" exactly as typed in the stored answers', () => {
    expect(answers.evidence.map((item) => item.where)).toEqual(typed.map((item) => item.where));
  });

  it('M1, M3, L2: referral.v1 carries each as typed, in "where" and "reading.entered", with the cleaned link apart', () => {
    const document = JSON.parse(composeReferralJson(answers, 'KQ7M-X4PD')) as { answers: { evidence: { where: string; reading: { entered: string; cleanedLink?: string } }[] } };
    expect(referralV1Schema.safeParse(document).success).toBe(true);
    expect(document.answers.evidence.map((item) => item.where)).toEqual(typed.map((item) => item.where));
    expect(document.answers.evidence.map((item) => item.reading.entered)).toEqual(typed.map((item) => item.where));
    expect(document.answers.evidence[0]!.reading.cleanedLink).toBe('https://www.tiktok.com/@jane.doe/video/7312345678901234567');
    expect(document.answers.evidence[1]!.reading.cleanedLink).toBe('https://www.snapchat.com/add/jane.doe');
    expect(document.answers.evidence[2]!.reading).not.toHaveProperty('cleanedLink');
  });

  it('M1, M3: the email shows each as typed (links defanged), and the cleaned link under its own label', () => {
    const text = composeReferralText(answers, 'KQ7M-X4PD');
    expect(text).toContain('Where, as entered: https[:]//www[.]tiktok[.]com/@jane[.]doe/video/7312345678901234567?user_id=6812345&sec_user_id=MS4wLjABAAAA&u_code=d8a1b2&share_item_id=7312345678901234567&timestamp=1701234567');
    expect(text).toContain('Link to open, without tracking parts: https[:]//www[.]tiktok[.]com/@jane[.]doe/video/7312345678901234567\n');
    for (const { where } of typed.slice(2)) expect(text).toContain(`Where, as entered: ${where}\n`);
  });
});
