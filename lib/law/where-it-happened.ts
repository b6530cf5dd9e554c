/**
 * The question that decides which UK law applies: where it happened, not where the person lives.
 * The which-law tool and the referral form ask it in these words, so the caseworker's "which law
 * may apply" rests on the same question as the tool's answer. A module of its own so the form's
 * browser code takes this question without the tool's dates and periods.
 *
 * Pure: no clock, no environment.
 */
import { nationOptions } from '@/lib/nations';

export const whereItHappened = {
  legend: 'Where did it happen?',
  hint: 'Choose where the sharing, threat or other act happened, or where you saw it or received it. This is what decides which law applies, not where you live.',
  options: nationOptions,
  required: 'Select where it happened',
} as const;
