/** Notice mode links to the case in the inbox: one step from the email to the (signed-in) case. */
import { describe, expect, it } from 'vitest';
import { referralComposer } from '@/lib/runtime/referral-composer';
import { completeAnswers } from '@/testing/test-answers';
import { DEFAULT_RETENTION_POLICY } from '@/lib/cases/retention-rules';

const facts = { receivedAt: Date.parse('2026-01-05T09:05:00Z'), sentAt: Date.parse('2026-01-05T09:06:00Z') };
const payload = completeAnswers() as unknown as Record<string, unknown>;

describe('the notice email', () => {
  it('links to the case page at the public address, beside the server command', () => {
    const compose = referralComposer({ referralEmail: 'notice' }, DEFAULT_RETENTION_POLICY, new URL('https://help.example.org.uk'));
    const notice = compose(payload, 'KQ7M-X4PD', facts);
    expect(notice.text).toContain(
      'Open the case in the caseworker inbox (you will be asked to sign in):\n\n  https://help.example.org.uk/inbox/cases/KQ7M-X4PD\n\nOr, on the referral server',
    );
    expect(notice.html).toContain('<a href="https://help.example.org.uk/inbox/cases/KQ7M-X4PD">');
  });

  it('without a public address, gives the server command alone; full mode is unchanged', () => {
    const notice = referralComposer({ referralEmail: 'notice' }, DEFAULT_RETENTION_POLICY)(payload, 'KQ7M-X4PD', facts);
    expect(notice.text).not.toContain('/inbox/');
    expect(notice.text).toContain('On the referral server, in the folder the service runs from, run:');
    const full = referralComposer({ referralEmail: 'full' }, DEFAULT_RETENTION_POLICY, new URL('https://help.example.org.uk'))(payload, 'KQ7M-X4PD', facts);
    expect(full.text).not.toContain('/inbox/');
  });
});
