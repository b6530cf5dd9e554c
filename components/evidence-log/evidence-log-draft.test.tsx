import '@/lib/platforms/phone-numbers-now';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EvidenceItems } from '@/components/referral/evidence-items';
import type { Bind } from '@/components/referral/field-control';
import { fields } from '@/lib/referral/definition';
import type { EvidenceField } from '@/lib/referral/fields';
import { emptyDraft, readAgain, validateDraft, type Draft } from './evidence-log-draft';
import { logAsText, type EvidenceLogEntry } from './evidence-log-entry';
import { EvidenceLogForm } from './evidence-log-form';

const draft = (where: string, more: Partial<Draft> = {}): Draft => ({ ...emptyDraft, platformId: 'tiktok', where, ...more });

describe('the evidence log’s "where" (December platform review)', () => {
  it('M1: keeps a share link with its parameters, and the cleaned copy apart', () => {
    const where = 'https://www.tiktok.com/@jane.doe/video/7312345678901234567?user_id=6812345&sec_user_id=MS4w&share_item_id=7312&timestamp=1701234567';
    const read = validateDraft(draft(where));
    expect(read.errors).toEqual([]);
    expect(read.where).toBe(where);
    expect(read.cleanedLink).toBe('https://www.tiktok.com/@jane.doe/video/7312345678901234567');
    const text = logAsText([{ ...baseEntry, ...read, platformId: 'tiktok' }], new Date('2026-12-01T10:00:00Z'));
    expect(text).toContain(`Where, as entered: ${where}\n   Link to open, without tracking parts: https://www.tiktok.com/@jane.doe/video/7312345678901234567\n`);
  });

  it('M2: keeps a 2,500-character paste whole, with the link at its end recognised', () => {
    const where = `${'He sent me this and said everyone would see it. '.repeat(60)}`.slice(0, 2467) + ' https://vm.tiktok.com/ZMhAbCdEf/';
    expect(where).toHaveLength(2500);
    const read = validateDraft(draft(where));
    expect(read.errors).toEqual([]);
    expect(read.where).toBe(where);
    expect(read.recognised).toBe('TikTok video ZMhAbCdEf');
  });

  it('M2: refuses a paste longer than the log keeps, saying how long it is and which link is in it', () => {
    const where = `${'x '.repeat(5001)}https://vm.tiktok.com/ZMhAbCdEf/`;
    expect(validateDraft(draft(where)).errors).toEqual([
      {
        field: 'where',
        message: `What you entered is ${where.length.toLocaleString('en-GB')} characters, more than the log keeps (10,000). Nothing has been added. Paste just the link in it: https://vm.tiktok.com/ZMhAbCdEf/`,
      },
    ]);
  });

  it('M2, L8, L18: the field has no maxlength and no address keyboard, and the form asks when it was captured', () => {
    const markup = renderToStaticMarkup(
      <EvidenceLogForm
        platformOptions={[{ id: 'tiktok', name: 'TikTok' }]}
        draft={emptyDraft}
        update={() => undefined}
        errors={[]}
        changing={false}
        firstField={{ current: null }}
        onSave={() => undefined}
      />,
    );
    const input = /<input[^>]*id="log-where"[^>]*>/.exec(markup)?.[0] ?? '';
    expect(input).not.toBe('');
    expect(input).not.toMatch(/maxlength|inputmode/i);
    expect(markup).not.toMatch(/<textarea[^>]*maxlength/i);
    expect(markup).toContain('It is kept exactly as you enter it, including any parts that show who shared it.');
    expect(markup).toMatch(/<label[^>]*for="log-capturedAt"[^>]*>When did you capture it\? \(optional\)<\/label>/);
  });

  it('L2: never refuses a "where" for a tab', () => {
    expect(validateDraft(draft('jane\tdoe', { platformId: 'other' }))).toMatchObject({ errors: [], where: 'jane\tdoe' });
  });

  it('L9: reads an item again when it is shown, so a number saved before the phone library loaded is placed once it has', () => {
    const saved: EvidenceLogEntry = { ...baseEntry, platformId: 'whatsapp', where: '07911 123456', recognised: 'WhatsApp phone number 07911 123456, country not known', notes: ['old note'] };
    expect(readAgain(saved)).toMatchObject({ where: '07911 123456', recognised: 'WhatsApp phone number +447911123456', notes: [] });
  });

  it('L18: the downloaded log says when each item was captured', () => {
    const text = logAsText([{ ...baseEntry, capturedAt: '2026-11-21T08:05' }, { ...baseEntry, id: 2 }], new Date('2026-12-01T10:00:00Z'));
    expect(text).toContain('Captured on: 21/11/2026, 08:05:00');
    expect(text).toContain('Captured on: Not given');
  });
});

describe('the referral form’s evidence step (December platform review)', () => {
  it('L8: the "where" field has no address keyboard and no maxlength', () => {
    const markup = renderToStaticMarkup(
      <EvidenceItems
        field={fields.evidence as EvidenceField}
        items={[]}
        bind={((name: string) => ({ name, onChange: async () => undefined, onBlur: async () => undefined, ref: () => undefined })) as unknown as Bind}
        errorFor={() => undefined}
        guides={[]}
        chosenPlatforms={[]}
        typedWheres={[]}
      />,
    );
    const input = /<input[^>]*name="evidence\.0\.where"[^>]*>/.exec(markup)?.[0] ?? '';
    expect(input).not.toBe('');
    expect(input).not.toMatch(/maxlength|inputmode/i);
  });
});

const baseEntry: EvidenceLogEntry = {
  id: 1,
  platformId: 'instagram',
  where: 'https://www.instagram.com/p/CxYz123AbC/',
  recognised: '',
  notes: [],
  seenAt: '',
  whatItShows: '',
  reported: 'not-sure',
  reportReference: '',
  screenshotKept: false,
  capturedAt: '',
};
