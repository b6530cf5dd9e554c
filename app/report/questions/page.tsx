import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { ReferralWizard } from '@/components/referral/referral-wizard';
import { answersNoticeFor } from '@/lib/cases/answers-notice';
import { getEnv } from '@/lib/env';
import { platforms } from '@/lib/platforms/registry';
import { findStep } from '@/lib/referral/journey';
import { startState } from '@/lib/referral/wizard';
import { stepTokens } from '@/lib/runtime/server';
import { referralAction } from './actions';

export const metadata: Metadata = {
  // The wizard renders <title> itself, because it changes with each step and with errors
  // ("Error: …"). null keeps the layout's default from adding a second <title> beside it; the
  // server's HTML carries the first step's.
  title: null,
  // Indexed, like the start page before it: fetching this address only ever shows the first
  // question, with no answers, and it is never cached (lib/security/no-store.ts). Search results
  // show the form's own opening paragraph.
  description: findStep('start')?.body?.[0],
};

// Only what the form shows about each platform travels to the browser, not the whole registry.
const guides = platforms.map((platform) => ({
  id: platform.id,
  name: platform.name,
  whatToCapture: platform.capture.whatToCapture,
}));

/**
 * The form itself, which "Start now" opens: the first page to load the wizard's JavaScript. The
 * start page before it (pages/report.tsx, a static file) explains the form without loading it.
 */
export default async function ReferralFormPage() {
  const env = getEnv();
  const { supportService } = env;
  return (
    <ReferralWizard
      // A new form token per visit: sending the same form twice gives one referral. A step token
      // per page: the post it makes is acted on once.
      initialState={startState(randomUUID(), (await stepTokens()).issue())}
      action={referralAction}
      service={{ name: supportService.name, phone: supportService.phone, hours: supportService.hours }}
      guides={guides}
      // Worked out here, on the server, from the settings the server runs with, and in the same
      // words as the privacy notice: the form's definition stays pure.
      answersNotice={answersNoticeFor(env)}
    />
  );
}
