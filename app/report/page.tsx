import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { ReferralWizard } from '@/components/referral/referral-wizard';
import { getEnv } from '@/lib/env';
import { platforms } from '@/lib/platforms/registry';
import { startState } from '@/lib/referral/wizard';
import { referralAction } from './actions';

export const metadata: Metadata = {
  // The wizard renders the title itself, because it changes with each step and with errors.
  title: null,
  // Nothing about this page should be stored or indexed: it is where people type what happened.
  robots: { index: false, follow: false },
};

// Only what the form shows about each platform travels to the browser, not the whole registry.
const guides = platforms.map((platform) => ({
  id: platform.id,
  name: platform.name,
  whatToCapture: platform.capture.whatToCapture,
}));

export default function ReportPage() {
  const { supportService } = getEnv();
  return (
    <ReferralWizard
      // A new token per visit: sending the same form twice gives one referral.
      initialState={startState(randomUUID())}
      action={referralAction}
      service={{ name: supportService.name, phone: supportService.phone, hours: supportService.hours }}
      guides={guides}
    />
  );
}
