/**
 * The managers' daily digest: one email a day instead of one per case, with counts only (cases
 * to be deleted soon, holds due for review, idle open cases, overdue first contacts) and a link
 * to the inbox, where a signed-in manager sees which. It names no case and carries nothing a
 * person wrote, so it can go by ordinary email even where referrals go encrypted.
 *
 * It is sent every day, even when every count is nought, so a manager who stops receiving it
 * knows to look at the service. Each day's digest is a job in the outbox's one queue, queued once
 * (by the UTC date); the outbox leases it to one sender, composes it here at send time, and
 * retries or dead-letters it by the same rules as a referral.
 */
import 'server-only';
import type { SendMailOptions } from 'nodemailer';
import type { JobComposer } from '@/lib/delivery/outbox';
import type { ClaimedDigest } from '@/lib/delivery/repository';
import { log as serviceLog, type Log } from '@/lib/log';
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
    [`Cases to be deleted within ${plural(settings.policy.reminderDays, 'day', 'days')}`, overview.dueForDeletion.total],
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

export type DigestComposerDependencies = {
  staff: Pick<StaffRepository, 'list'>;
  mailFrom: string;
  /** The day's subject and text, from the counts at send time. */
  compose(day: string, now: number): Promise<{ subject: string; text: string }>;
  log?: Log;
};

/** The outbox's composer for digest jobs: to every enrolled, active manager; dead-lettered when there is none. */
export function digestJobComposer(deps: DigestComposerDependencies): JobComposer<ClaimedDigest> {
  const log = deps.log ?? serviceLog;
  return async (job, now) => {
    const managers = (await deps.staff.list()).filter((member) => member.role === 'manager' && member.enrolledAt !== null && member.disabledAt === null);
    if (managers.length === 0) {
      log.warn('digest.no_managers');
      return { deadLetter: 'no-managers' };
    }
    const { subject, text } = await deps.compose(job.day, now);
    const to = managers.map((member) => member.email);
    const message: SendMailOptions = {
      from: deps.mailFrom,
      to,
      subject,
      text,
      messageId: `<digest-${job.day}@${deps.mailFrom.split('@')[1] ?? 'localhost'}>`,
      envelope: { from: deps.mailFrom, to },
      disableFileAccess: true,
      disableUrlAccess: true,
    };
    return { send: message };
  };
}
