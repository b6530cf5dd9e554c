import { describe, expect, it, vi } from 'vitest';
import * as recogniseModule from '@/lib/platforms/recognise';
import type * as z from 'zod/mini';
import { findStep } from './journey';
import { approximateDateProblem, fieldErrors, referralSchema, stepSchema } from './schema';
import { completeAnswers } from '@/testing/test-answers';

const today = new Date('2026-11-28T12:00:00Z');
const step = (id: string) => findStep(id)!;

/** The messages a step's Continue gives for these values, in page order. */
function messages(stepId: string, values: Record<string, unknown>, earlier = completeAnswers()) {
  const result = stepSchema(step(stepId), earlier, today).safeParse(values);
  return result.success ? [] : fieldErrors(result.error).map((error) => `${error.name}: ${error.message}`);
}

describe('each step’s schema', () => {
  it('asks for a missing radio answer with its own message', () => {
    expect(messages('danger', {})).toEqual(['inDanger: Select yes if you are in danger now']);
    expect(messages('about-you', {})).toEqual(['nation: Select where you live', 'forWhom: Select who you are asking for help for']);
  });

  it('refuses an option that is not on the page', () => {
    expect(messages('about-you', { nation: 'atlantis', forWhom: 'myself' })).toEqual(['nation: Select where you live from the list']);
  });

  it('bounds every text field, with its name in the message', () => {
    expect(messages('police', { reportedToPolice: 'yes', crimeReference: 'x'.repeat(51) })).toEqual([
      'crimeReference: Crime reference number must be 50 characters or fewer',
    ]);
    expect(messages('what-happened', { whatHappened: ['shared'], whereItHappened: 'unknown', description: 'x'.repeat(2001) })).toEqual([
      'description: What happened must be 2000 characters or fewer',
    ]);
  });

  it('removes control characters and trims, keeping line breaks only in long answers', () => {
    const result = stepSchema(step('what-happened'), {}, today).parse({ whatHappened: ['shared'], whereItHappened: 'wales', description: ' a\u0000b\u202Ec\r\nd\u0007 ' });
    expect(result.description).toBe('abc\nd');
    const police = stepSchema(step('police'), {}, today).parse({ reportedToPolice: 'yes', crimeReference: 'AB\r\nBcc: x@example.com' });
    expect(police.crimeReference).toBe('AB Bcc: x@example.com');
  });

  it('requires contact details only for the chosen way of contact, and checks their format', () => {
    expect(messages('contact', { contactMethod: 'email', messageSafe: 'yes', mayIdentify: 'yes' })).toEqual(['email: Enter your email address']);
    expect(messages('contact', { contactMethod: 'email', email: 'sam@', messageSafe: 'yes', mayIdentify: 'yes' })).toEqual([
      'email: Enter an email address in the correct format, like name@example.com',
    ]);
    expect(messages('contact', { contactMethod: 'text', phone: '12', messageSafe: 'yes', mayIdentify: 'yes' })).toEqual([
      'phone: Enter a phone number, like 07700 900 982 or +44 7700 900 982',
    ]);
    expect(messages('contact', { contactMethod: 'text', phone: '+33 6 12 34 56 78', messageSafe: 'yes', mayIdentify: 'yes' })).toEqual([]);
    expect(messages('contact', { contactMethod: 'none' })).toEqual([]);
  });

  it('checks evidence: a platform for each item, only hostile links refused, a bound on items', () => {
    // Another platform's link, a share link, a name: kept as entered, never a wall.
    for (const where of ['https://www.instagram.com/p/abc123/', 'https://www.facebook.com/share/p/1AbCdEfGh/', 'Jane Smith']) {
      expect(messages('evidence', { evidence: [{ platform: 'facebook', where }] })).toEqual([]);
    }
    expect(messages('evidence', { evidence: [{ platform: 'x', where: 'https://user:pass@x.com/a' }] })[0]).toMatch(/username or password/);
    expect(messages('evidence', { evidence: [{ where: 'someone' }] })).toEqual(['evidence.0.platform: Select where you saw it']);
    expect(messages('evidence', { evidence: [{ platform: 'x', where: 'javascript:alert(1)' }] })[0]).toMatch(/^evidence\.0\.where: /);
    expect(messages('evidence', { evidence: Array.from({ length: 21 }, () => ({ platform: 'other' })) })[0]).toMatch(/up to 20 places/);
    // A date the browser's date input could not have sent, too long to be one.
    expect(messages('evidence', { evidence: [{ platform: 'other', seenOn: '2025-03-14T00:00' }] })).toEqual([
      'evidence.0.seenOn: The date you saw it must be a real date',
    ]);
    // Blank items are dropped, not reported.
    expect(messages('evidence', { evidence: [{ platform: '', where: '  ' }] })).toEqual([]);
  });

  it('checks approximate dates', () => {
    expect(approximateDateProblem({ day: '', month: '', year: '' }, 'Date', today)).toBeNull();
    expect(approximateDateProblem({ day: '', month: '3', year: '2025' }, 'Date', today)).toBeNull();
    expect(approximateDateProblem({ day: '', month: '', year: '2025' }, 'Date', today)).toBeNull();
    expect(approximateDateProblem({ day: '31', month: '2', year: '2025' }, 'Date', today)).toBe('Date must be a real date');
    expect(approximateDateProblem({ day: '1', month: '', year: '2025' }, 'Date', today)).toBe('Date must include a month');
    expect(approximateDateProblem({ day: '', month: '3', year: '' }, 'Date', today)).toBe('Date must include a year');
    expect(approximateDateProblem({ day: '', month: '', year: '25' }, 'Date', today)).toBe('Year must include 4 numbers');
    expect(approximateDateProblem({ day: '', month: '12', year: '2026' }, 'Date', today)).toBe('Date must be today or in the past');
  });
});

describe('the whole referral’s schema', () => {
  it('accepts a complete referral', () => {
    expect(referralSchema(today).safeParse(completeAnswers()).success).toBe(true);
  });

  it('gives the same messages as the steps for the same bad input', () => {
    const result = referralSchema(today).safeParse(completeAnswers({ nation: '', consent: false }));
    expect(result.success).toBe(false);
    expect(fieldErrors((result as { error: z.core.$ZodError }).error).map((error) => error.message)).toEqual([
      'Select where you live',
      'Confirm you agree to your answers being kept and sent to the support service',
    ]);
  });

  it('never accepts an under-18 referral, whatever else is filled in', () => {
    expect(referralSchema(today).safeParse(completeAnswers({ personAge: 'under-18' })).success).toBe(false);
  });

  it('empties answers that do not apply, so they are neither stored nor sent', () => {
    const parsed = referralSchema(today).parse(
      completeAnswers({ contactMethod: 'none', helperName: 'Not asked', crimeReference: 'kept', reportedToPolice: 'no' }),
    );
    expect(parsed.phone).toBe('');
    expect(parsed.safeTimes).toBe('');
    expect(parsed.helperName).toBe('');
    expect(parsed.crimeReference).toBe('');
  });

  it('requires the helper’s details and the person’s agreement when reporting for someone else', () => {
    const result = referralSchema(today).safeParse(completeAnswers({ forWhom: 'someone-else' }));
    expect(fieldErrors((result as { error: z.core.$ZodError }).error).map((error) => error.message)).toEqual([
      'Enter your name',
      'Enter how you know the person in the images',
      'Confirm that the person in the images knows and agrees',
    ]);
  });
});

describe('the cost of a hand-made request (M2)', () => {
  it('stops at a list over its bound, without screening any of its places', () => {
    const screen = vi.spyOn(recogniseModule, 'screenEvidence');
    try {
      const items = Array.from({ length: 21 }, (_, index) => ({ platform: 'x', where: `@account${index}` }));
      expect(messages('evidence', { evidence: items })).toEqual([
        'evidence: You can add up to 20 places. Add the rest in your own words under "What happened".',
      ]);
      expect(screen).not.toHaveBeenCalled();
      // Within the bound, one check screens each place once (screening is linear in its length).
      messages('evidence', { evidence: items.slice(0, 20) });
      expect(screen).toHaveBeenCalledTimes(20);
    } finally {
      screen.mockRestore();
    }
  });
});

describe('a long paste in the evidence step (M2 of the December platform review)', () => {
  it('M2: refuses more than 2,000 characters with a message that says how long it is and names the link in it', () => {
    const paste = `${'He sent me this and said everyone would see it. '.repeat(51)}https://vm.tiktok.com/ZMhAbCdEf/`;
    expect(paste.length).toBeGreaterThan(2000);
    expect(messages('evidence', { evidence: [{ platform: 'tiktok', where: paste }] })).toEqual([
      `evidence.0.where: The link, username or phone number must be 2,000 characters or fewer: what you entered is ${paste.length.toLocaleString('en-GB')}. Paste just the link in it (https://vm.tiktok.com/ZMhAbCdEf/). You can write anything else under “What happened”.`,
    ]);
  });

  it('M2, L2: keeps up to 2,000 characters, tabs and all, without a word', () => {
    const paste = `${'a\t'.repeat(900)}https://vm.tiktok.com/ZMhAbCdEf/`;
    expect(messages('evidence', { evidence: [{ platform: 'tiktok', where: paste }] })).toEqual([]);
  });
});
