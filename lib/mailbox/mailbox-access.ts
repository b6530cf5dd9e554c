/**
 * Whether the demo mailbox exists in this process: only in the embedded default, where the
 * site runs its own loopback SMTP server. With a real relay configured, the mailbox pages
 * answer 404, so a production site can never show referrals on a public page.
 */
import 'server-only';
import { getEnv } from '@/lib/env';

/** The data directory holding the mailbox, or undefined when the mailbox does not exist. */
export function demoMailboxDataDir(): string | undefined {
  const env = getEnv();
  return env.delivery.smtp.kind === 'embedded' && env.mode === 'demo' ? env.dataDir : undefined;
}
