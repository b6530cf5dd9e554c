/**
 * The person's safe-contact answers turned into rules a caseworker follows before anything
 * else: which channel is safe (or none), when, whether a voicemail or message may be left,
 * whether to say who is calling, and what the person who did this can see. A channel the other
 * person can see is not offered, even if it was the one chosen, and the page says why: the
 * answers are kept as given beside the rule.
 *
 * Pure: no Node, database or environment imports.
 */
import type { Answers } from '@/lib/referral/definition';
import { formatAnswer } from '@/lib/referral/format';

export type ContactChannel = 'email' | 'phone' | 'text';

export type ContactRules = {
  /** The channel to use, or null when no contact is safe or wanted. */
  channel: ContactChannel | null;
  /** The address or number for that channel, as the person gave it (formatted like the email). */
  contactDetail: string | null;
  /** Rules in the order to read them, each one sentence. */
  doNot: string[];
  do: string[];
};

const channelWords: Record<ContactChannel, string> = { email: 'email', phone: 'phone call', text: 'text message' };

/** Which of the other person's views would reveal each channel. */
const channelSeenThrough: Record<ContactChannel, 'email' | 'phone'> = { email: 'email', phone: 'phone', text: 'phone' };

export function contactRules(answers: Answers): ContactRules {
  const doNot: string[] = [];
  const does: string[] = [];
  const chosen = answers.contactMethod;
  if (chosen !== 'email' && chosen !== 'phone' && chosen !== 'text') {
    doNot.push('Do not contact them: they asked not to be contacted. They can still call the service or a helpline.');
    return { channel: null, contactDetail: null, doNot, do: does };
  }
  const method: ContactChannel = chosen;
  const seen = answers.otherPersonAccess;
  if (seen.includes(channelSeenThrough[method])) {
    doNot.push(
      `Do not use ${channelWords[method]}: they chose it, but also said the person who did this can see their ${channelSeenThrough[method]}. Wait for them to contact the service.`,
    );
    return { channel: null, contactDetail: null, doNot, do: does };
  }
  does.push(`Contact them by ${channelWords[method]} only.`);
  const times = answers.safeTimes.trim();
  does.push(times ? `Only at the times they said are safe: ${times}` : 'They gave no safe times: keep the first contact short.');
  if (answers.messageSafe !== 'yes') {
    doNot.push(
      answers.messageSafe === 'no'
        ? 'Do not leave a voicemail or a message.'
        : 'Do not leave a voicemail or a message: they were not sure it is safe.',
    );
  }
  if (answers.mayIdentify !== 'yes') {
    doNot.push('Do not say who you are or why you are contacting them until they confirm it is them.');
  }
  if (seen.includes('not-sure')) doNot.push('They are not sure what the person who did this can see: assume they can see anything.');
  if (seen.includes('accounts')) doNot.push('Do not contact them through social media or other accounts: the person who did this can see them.');
  const detail = method === 'email' ? formatAnswer('email', answers)[0] : formatAnswer('phone', answers)[0];
  return { channel: method, contactDetail: detail ?? null, doNot, do: does };
}
