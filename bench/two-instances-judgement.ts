/**
 * The two-instance scenario's judgement (two-instances.ts runs it): the figures a run reports,
 * how a form page's answer and the messages received are read, how the store's rows and the
 * messages are counted against what the clients were told, and when a run fails. Kept apart
 * from the run so it can be tested without servers.
 */
import type { SmtpCapture } from '@/e2e/support/smtp-capture';
import { messageIdFor } from '@/lib/delivery/mail-message';
import { controlNames } from '@/lib/referral/wizard';
import { referenceIn } from './submission';

/** The sender the instances are given: each referral's one Message-ID is made from it. */
export const MAIL_FROM = 'referrals-noreply@get-help.example';

export type ThroughputFigures = {
  referralsPerRound: number;
  concurrency: number;
  /** Referrals accepted per second, each round, through the proxy over one instance and over both. */
  oneInstance: number[];
  twoInstances: number[];
  /** Median of two over median of one. */
  ratio: number;
};

export type TwoInstanceFigures = {
  store: string;
  size: number;
  /** Forms sent at least once, across every phase. */
  attempted: number;
  accepted: number;
  /** Answers without a reference, by what the page said. */
  refused: Record<string, number>;
  /** Sends with no whole answer, each sent again with the same body. */
  cutOff: number;
  /** Referrals accepted only on a resend. */
  resubmitted: number;
  /** Of those, the ones answered "already sent" (their first send had been stored). */
  resentAlreadySent: number;
  /**
   * Referrals whose resend was answered "This page has expired": the killed instance had used
   * the page token and not stored the referral, so the person starts again and sends it anew
   * (counted as accepted when that send is). Each is a person made to type everything again.
   */
  startedAgain: number;
  /** Referrals given up after five sends with no answer. */
  abandoned: number;
  stored: number;
  /** References stored in more than one row. */
  storedTwice: number;
  acceptedNotStored: number;
  /** Referrals stored that no client was told about (a second referral made by a resend). */
  storedNotAccepted: number;
  delivered: number;
  /** Messages beyond the first for a reference. */
  duplicated: number;
  /** Each duplicated reference with the arrival order of its copies (compare `kill.messagesAtKill`). */
  duplicates: { reference: string; arrivals: number[] }[];
  /** Duplicated references whose messages do not all carry the referral's one Message-ID. */
  duplicatesWithAnotherMessageId: number;
  storedNotDelivered: number;
  /** Messages whose subject names no reference. */
  unreadable: number;
  kill: {
    /** References given when the kill was decided. */
    acceptedAtKill: number;
    /** Requests the proxy answered 502 because A died holding them. */
    cutOffByProxy: number;
    /** From the kill until A served again. */
    downSeconds: number;
    /** Messages received when A was killed: a copy sent by A before it died arrived before this. */
    messagesAtKill: number;
  };
  /**
   * Sends whose lease ran out before they were recorded, so another worker took the job and may
   * have sent it again (the instances' `delivery.lease_lost` log events; the killed instance's
   * in-flight job is not among them, as it never got to record anything).
   */
  leaseLost: number;
  rateLimit: {
    limit: number;
    acceptedThroughA: number;
    /** What B answered the same client's next referral: 'rate-limited' is the pass. */
    nextThroughB: string;
    /** What B answered a new client's first referral at the same moment: 'accepted' is the pass. */
    newClientThroughB: string;
  };
  throughput?: ThroughputFigures;
  drainSeconds: number;
  seconds: number;
};

/** The form token in a submission body (submission.ts), which the store keeps beside the referral. */
export function formTokenOf(body: string): string {
  const token = new RegExp(`name="${controlNames.token}"\\r\\n\\r\\n([^\\r]+)\\r\\n`).exec(body)?.[1];
  if (!token) throw new Error('No form token in the submission body');
  return token;
}

/** What a form page says, in one word: 'accepted' when it shows a reference. */
export function answerKind(status: number, html: string): string {
  if (status !== 200) return `status-${status}`;
  if (referenceIn(html)) return 'accepted';
  if (html.includes('This device has sent several referrals')) return 'rate-limited';
  if (html.includes('This device has sent a lot of pages')) return 'too-many-posts';
  if (html.includes('Your referral has already been sent')) return 'already-sent';
  if (html.includes('This page has expired')) return 'expired';
  return 'other';
}
/** The reference named by each received message's subject, with its Message-ID. */
export function receivedReferrals(smtp: SmtpCapture): { reference: string | undefined; messageId: string | undefined }[] {
  return smtp.messages.map((message) => {
    const head = message.raw.toString('latin1').split(/\r?\n\r?\n/, 1)[0]!;
    return {
      reference: /^Subject:\s*Referral ([A-Z0-9]{4}-[A-Z0-9]{4})\b/im.exec(head)?.[1],
      messageId: /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(head)?.[1],
    };
  });
}

/**
 * What the store and the receiver hold against what the clients were told: the counts of
 * `TwoInstanceFigures` that judge "stored once, delivered once".
 */
export function deliveryCounts(accepted: string[], stored: string[], received: { reference: string | undefined; messageId: string | undefined }[]) {
  const acceptedSet = new Set(accepted);
  const storedSet = new Set(stored);
  const byReference = new Map<string, Set<string | undefined>>();
  const arrivals = new Map<string, number[]>();
  for (const [index, { reference, messageId }] of received.entries()) {
    if (!reference) continue;
    byReference.set(reference, (byReference.get(reference) ?? new Set()).add(messageId));
    arrivals.set(reference, [...(arrivals.get(reference) ?? []), index]);
  }
  const duplicates = [...arrivals].filter(([, order]) => order.length > 1).map(([reference, order]) => ({ reference, arrivals: order }));
  return {
    accepted: acceptedSet.size,
    stored: stored.length,
    storedTwice: stored.length - storedSet.size,
    acceptedNotStored: [...acceptedSet].filter((reference) => !storedSet.has(reference)).length,
    storedNotAccepted: [...storedSet].filter((reference) => !acceptedSet.has(reference)).length,
    delivered: byReference.size,
    duplicated: duplicates.reduce((sum, { arrivals: order }) => sum + order.length - 1, 0),
    duplicates,
    duplicatesWithAnotherMessageId: duplicates.filter(({ reference }) => {
      const ids = byReference.get(reference)!;
      return ids.size !== 1 || !ids.has(messageIdFor(reference, MAIL_FROM));
    }).length,
    storedNotDelivered: [...storedSet].filter((reference) => !byReference.has(reference)).length,
    unreadable: received.filter(({ reference }) => !reference).length,
  };
}

/** What is wrong with a run, in words; empty when every property held. */
export function twoInstanceProblems(figures: TwoInstanceFigures): string[] {
  const problems: string[] = [];
  const refusals = Object.values(figures.refused).reduce((sum, n) => sum + n, 0);
  // The rate-limit phase's one refusal is the expected one; anything else is a lost referral.
  const expectedRefusals = figures.rateLimit.nextThroughB === 'rate-limited' ? 1 : 0;
  if (figures.accepted !== figures.attempted - expectedRefusals || refusals !== expectedRefusals || figures.abandoned > 0) {
    problems.push(`not every attempted referral was accepted: ${figures.accepted} of ${figures.attempted - expectedRefusals} (refused ${JSON.stringify(figures.refused)}, abandoned ${figures.abandoned})`);
  }
  if (figures.acceptedNotStored || figures.storedNotAccepted || figures.storedTwice || figures.stored !== figures.accepted) {
    problems.push(`not stored once: ${figures.stored} rows for ${figures.accepted} accepted (${figures.acceptedNotStored} accepted not stored, ${figures.storedNotAccepted} stored not accepted, ${figures.storedTwice} twice)`);
  }
  if (figures.storedNotDelivered || figures.unreadable) {
    problems.push(`not delivered: ${figures.storedNotDelivered} stored referrals never arrived (${figures.unreadable} messages without a reference)`);
  }
  if (figures.duplicated > 1 || figures.duplicatesWithAnotherMessageId > 0) {
    problems.push(`delivered more than once: ${figures.duplicated} extra messages (at most the 1 in flight at the kill), ${figures.duplicatesWithAnotherMessageId} with another Message-ID`);
  }
  if (figures.startedAgain > 0) {
    problems.push(`${figures.startedAgain} people whose Send was cut off were told their page had expired and had to start again`);
  }
  const { rateLimit } = figures;
  if (rateLimit.acceptedThroughA !== rateLimit.limit || rateLimit.nextThroughB !== 'rate-limited' || rateLimit.newClientThroughB !== 'accepted') {
    problems.push(`the rate limit did not hold across instances: ${rateLimit.acceptedThroughA} of ${rateLimit.limit} accepted through A, then B answered the same client "${rateLimit.nextThroughB}" and a new client "${rateLimit.newClientThroughB}"`);
  }
  return problems;
}
