import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '@/lib/referral/wizard';
import { contactRules } from './contact-rules';

const answers = (overrides: Partial<ReturnType<typeof emptyAnswers>>) => ({ ...emptyAnswers(), ...overrides });

describe('safe-contact rules', () => {
  it('offers no channel when they asked not to be contacted', () => {
    const rules = contactRules(answers({ contactMethod: 'none' }));
    expect(rules.channel).toBeNull();
    expect(rules.doNot[0]).toMatch(/^Do not contact them: they asked not to be contacted/);
  });

  it('withholds the chosen channel when the person who did this can see it, and says why', () => {
    const rules = contactRules(answers({ contactMethod: 'email', email: 'me@example.com', otherPersonAccess: ['email'] }));
    expect(rules).toMatchObject({ channel: null, contactDetail: null });
    expect(rules.doNot[0]).toMatch(/^Do not use email: they chose it, but also said the person who did this can see their email/);
    expect(contactRules(answers({ contactMethod: 'text', phone: '07700 900123', otherPersonAccess: ['phone'] })).channel).toBeNull();
  });

  it('gives the channel, the safe times, and forbids a voicemail and naming the service unless allowed', () => {
    const rules = contactRules(
      answers({ contactMethod: 'phone', phone: '07700 900123', safeTimes: 'weekdays 10 to 2', messageSafe: 'not-sure', mayIdentify: 'no', otherPersonAccess: ['accounts'] }),
    );
    expect(rules.channel).toBe('phone');
    expect(rules.contactDetail).toBe('+447700900123');
    expect(rules.do).toEqual(['Contact them by phone call only.', 'Only at the times they said are safe: weekdays 10 to 2']);
    expect(rules.doNot).toEqual([
      'Do not leave a voicemail or a message: they were not sure it is safe.',
      'Do not say who you are or why you are contacting them until they confirm it is them.',
      'Do not contact them through social media or other accounts: the person who did this can see them.',
    ]);
    const open = contactRules(answers({ contactMethod: 'phone', phone: '07700 900123', messageSafe: 'yes', mayIdentify: 'yes', otherPersonAccess: ['no'] }));
    expect(open.doNot).toEqual([]);
  });
});
