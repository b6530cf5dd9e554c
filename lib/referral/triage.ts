/**
 * Triage: how soon a support worker should act on a referral, and why, in words they can
 * take in at a glance. The rules are few and stated plainly so a service can check them.
 *
 * - urgent: the person said they are in danger now;
 * - high: threats or demands (for money, more images or anything else), controlling
 *   behaviour, tracking, monitoring or violence, or the other person can see their phone,
 *   email or accounts;
 * - standard: everything else.
 *
 * Pure: no Node, database or environment imports.
 */
import { fields, type Answers } from './definition';
import type { Option } from './fields';

export type Priority = 'urgent' | 'high' | 'standard';

export const priorityLabels: Record<Priority, string> = { urgent: 'URGENT', high: 'High', standard: 'Standard' };

export type Triage = { priority: Priority; reasons: string[] };

const labelsOf = (options: readonly Option[], chosen: readonly string[], values: readonly string[]) =>
  options.filter((option) => values.includes(option.value) && chosen.includes(option.value)).map((option) => option.label);

export function triage(answers: Answers): Triage {
  const reasons: string[] = [];
  const urgent = answers.inDanger === 'yes';
  if (urgent) reasons.push('Said they are in danger now (was told to call 999 first)');
  if (answers.whatHappened.includes('threatened')) reasons.push('Someone is threatening to share images');
  const demands = labelsOf(fields.demands.options, answers.demands, ['money', 'more-images', 'something-else']);
  if (demands.length > 0) reasons.push(`Demands made: ${demands.join('; ')}`);
  const abuse = labelsOf(fields.otherAbuse.options, answers.otherAbuse, ['controlling', 'tracking', 'monitoring', 'violence']);
  if (abuse.length > 0) reasons.push(`Other abuse: ${abuse.join('; ')}`);
  const access = labelsOf(fields.otherPersonAccess.options, answers.otherPersonAccess, ['phone', 'email', 'accounts']);
  if (access.length > 0) reasons.push(`The other person can see: ${access.join('; ')}`);
  const priority: Priority = urgent ? 'urgent' : reasons.length > 0 ? 'high' : 'standard';
  return { priority, reasons };
}
