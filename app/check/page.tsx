import type { Metadata } from 'next';
import { CheckBack } from '@/components/check-back/check-back';
import { initialCheckBackState } from '@/lib/check-back/check-back-state';
import { getEnv } from '@/lib/env';
import { stepTokens } from '@/lib/runtime/server';
import { checkBackAction } from './actions';

export const metadata: Metadata = {
  // The component renders <title> itself, because it changes with each view (see app/report).
  title: null,
  description: 'Check on a referral you sent, read messages from your support worker and reply, with your reference and PIN.',
};

export default async function CheckPage() {
  const { supportService } = getEnv();
  return (
    <CheckBack
      initialState={initialCheckBackState((await stepTokens()).issue())}
      action={checkBackAction}
      service={{ name: supportService.name, phone: supportService.phone, hours: supportService.hours }}
    />
  );
}
