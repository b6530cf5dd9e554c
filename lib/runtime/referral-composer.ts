/**
 * Which email the outbox sends for a referral, as REFERRAL_EMAIL says: the full referral, or the
 * content-free notice naming the command that shows the referral on the server. The command is
 * written here once, for the notice and for the CLI's own usage text.
 */
import 'server-only';
import type { DeliveryEnv } from '@/lib/env';
import type { Composer } from '@/lib/delivery/outbox';
import { casePath } from '@/lib/cases/case-path';
import { composeReferralEmail, composeReferralNotice } from '@/lib/referral/email';
import { keptAfterClosing, type RetentionPolicy } from '@/lib/cases/retention-rules';

/** How an operator runs the outbox CLI (scripts/outbox.ts) from the service's folder. */
export const OUTBOX_COMMAND = 'npm run outbox --';

/** The option of `show` that prints the referral.v1 JSON instead of the email's text. */
export const SHOW_JSON_OPTION = '--json';

/** The command that prints one stored referral. */
export function showCommand(reference: string): string {
  return `${OUTBOX_COMMAND} show ${reference}`;
}

/**
 * The composer for the configured mode. Given the site's public address, the notice also links
 * to the case in the caseworker inbox.
 */
export function referralComposer(
  delivery: Pick<DeliveryEnv, 'referralEmail'>,
  retention: RetentionPolicy,
  publicBaseUrl?: URL,
): Composer {
  if (delivery.referralEmail === 'full') return composeReferralEmail;
  return (payload, reference, facts) =>
    composeReferralNotice(payload, reference, {
      ...facts,
      keptAfterClosingDays: keptAfterClosing(retention).shortest,
      readCommand: showCommand(reference),
      jsonOption: SHOW_JSON_OPTION,
      ...(publicBaseUrl ? { caseUrl: new URL(casePath(reference), publicBaseUrl).toString() } : {}),
    });
}
