/**
 * The managers' daily digest: one email a day instead of one per case, with counts only (cases
 * to be deleted soon, holds due for review, idle open cases, overdue first contacts) and a link
 * to the inbox, where a signed-in manager sees which. It names no case and carries nothing a
 * person wrote, so it can go by ordinary email even where referrals go encrypted.
 *
 * It is sent every day, even when every count is nought, so a manager who stops receiving it
 * knows to look at the service. Each day's digest is queued once (by the UTC date), leased to
 * one sender, composed at send time, and retried with the outbox's backoff on failure.
 */
import 'server-only';
import type { SendMailOptions } from 'nodemailer';
import { backoffDelay } from '@/lib/delivery/backoff';
import type { OutboxPolicy } from '@/lib/delivery/outbox';
import { judgeSendFailure } from '@/lib/delivery/smtp-errors';
import type { MailTransport } from '@/lib/delivery/smtp-transport';
import { log as serviceLog, type Log } from '@/lib/log';
import type { RetentionRepository } from '@/lib/retention/repository';
import type { RetentionOverview } from '@/lib/retention/retention-sweep';
import type { RetentionPolicy } from '@/lib/cases/retention-rules';
import type { StaffRepository } from '@/lib/staff/repository';

/** The UTC date whose digest is due at `now`: today's once the hour has come, else none yet. */
export function digestDayDue(now: number, hourUtc: number): string | undefined {
  const date = new Date(now);
  return date.getUTCHours() >= hourUtc ? date.toISOString().slice(0, 10) : undefined;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The digest's subject and text, from counts alone. */
export function composeDigest(
  day: string,
  overview: RetentionOverview,
  settings: { policy: RetentionPolicy; contactTargetWorkingDays: number; inboxUrl: string },
): { subject: string; text: string } {
  const lines = [
    [`Cases to be deleted within ${plural(settings.policy.reminderDays, 'day', 'days')}`, overview.dueForDeletion.length],
    ['Legal holds due for review', overview.holdsDueForReview.length],
    [`Open cases unchanged for ${plural(settings.policy.idleDays, 'day', 'days')} or more`, overview.idle.length],
    [`New referrals not contacted within ${plural(settings.contactTargetWorkingDays, 'working day', 'working days')}`, overview.overdueContacts.length],
  ] as const;
  const total = lines.reduce((sum, [, count]) => sum + count, 0);
  return {
    subject: total === 0 ? `Daily summary ${day}: nothing needs a manager` : `Daily summary ${day}: ${plural(total, 'thing needs', 'things need')} a manager`,
    text: [
      `Daily summary for managers, ${day}`,
      '',
      ...lines.map(([label, count]) => `${label}: ${count}`),
      '',
      `See which in the inbox (you will be asked to sign in): ${settings.inboxUrl}`,
      '',
      'This email names no case and holds nothing anyone wrote. It is sent every day, so if it stops arriving, check the service.',
      '',
    ].join('\n'),
  };
}

export type DigestSender = {
  retention: RetentionRepository;
  staff: Pick<StaffRepository, 'list'>;
  transport: MailTransport;
  mailFrom: string;
  /** Composes the day's digest at send time. */
  compose(day: string, now: number): Promise<{ subject: string; text: string }>;
  policy: Pick<OutboxPolicy, 'leaseMs' | 'backoff' | 'maxAttempts' | 'permanentMaxAttempts'>;
  random?: () => number;
  log?: Log;
};

/** Sends every due digest; returns how many were sent. */
export async function sendDueDigests(deps: DigestSender, now: number): Promise<number> {
  const log = deps.log ?? serviceLog;
  let sent = 0;
  for (let digest = await deps.retention.claimDueDigest(now, deps.policy.leaseMs); digest; digest = await deps.retention.claimDueDigest(now, deps.policy.leaseMs)) {
    const managers = (await deps.staff.list()).filter((member) => member.role === 'manager' && member.enrolledAt !== null && member.disabledAt === null);
    if (managers.length === 0) {
      await deps.retention.markDigestDead(digest, 'no-managers', now);
      log.warn('digest.no_managers');
      continue;
    }
    const { subject, text } = await deps.compose(digest.day, now);
    const to = managers.map((member) => member.email);
    const message: SendMailOptions = {
      from: deps.mailFrom,
      to,
      subject,
      text,
      messageId: `<digest-${digest.day}@${deps.mailFrom.split('@')[1] ?? 'localhost'}>`,
      envelope: { from: deps.mailFrom, to },
      disableFileAccess: true,
      disableUrlAccess: true,
    };
    try {
      await deps.transport.send(message);
    } catch (error) {
      const failure = judgeSendFailure(error, digest.attempt, deps.policy);
      if (failure.giveUp) {
        await deps.retention.markDigestDead(digest, failure.code, now);
        log.error('digest.dead_letter', { errorCode: failure.code, attempt: digest.attempt });
      } else {
        const delay = backoffDelay(digest.attempt, deps.policy.backoff, deps.random);
        await deps.retention.markDigestRetry(digest, now + delay, failure.code, now);
        log.warn('digest.failed', { errorCode: failure.code, attempt: digest.attempt });
      }
      // One failure is enough for this round: the relay is likely down for the rest too.
      break;
    }
    if (await deps.retention.markDigestSent(digest, now)) {
      sent += 1;
      log.info('digest.sent', { count: to.length });
    }
  }
  return sent;
}
