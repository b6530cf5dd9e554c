/**
 * What happens to a person's answers once she presses Send, in the words she reads on the form's
 * consent step and again in the privacy notice: where they are stored, how they reach the support
 * service, who reads them and how long they are kept. Worked out each time from the delivery
 * settings and the retention rules the server actually runs, so the step she agrees on cannot
 * promise less (or more) than the server does, and the two pages cannot say different things.
 *
 * Pure: the settings come in as arguments (the server reads them from its configuration), so the
 * form's definition stays free of them.
 */
import { keptAfterClosingWords, type RetentionPolicy } from './retention-rules';

/** The settings that decide what happens to the answers. */
export type AnswerHandling = {
  /** The support service's name, as the site shows it. */
  serviceName: string;
  /** `full`: the answers are emailed; `notice`: the email only says a referral arrived (REFERRAL_EMAIL). */
  referralEmail: 'full' | 'notice';
  /** Whether that email is encrypted to the support service's PGP key. */
  emailEncrypted: boolean;
  policy: RetentionPolicy;
};

/** The sentences, one per thing she needs to know before agreeing. */
export type AnswersNotice = {
  /** Where they are kept, and how they reach the support service. */
  where: string;
  /** Who reads them, and what for. */
  readBy: string;
  /** How long they are kept: the same sentence on the consent step and in the privacy notice. */
  kept: string;
};

/** The sentence saying how long her answers are kept, from the retention rules. */
export function keptSentence(policy: RetentionPolicy): string {
  return `We keep your answers while a support worker is helping you, and delete them ${keptAfterClosingWords(policy)} after your case is closed.`;
}

/** What happens to her answers, for these settings. */
export function answersNotice({ serviceName, referralEmail, emailEncrypted, policy }: AnswerHandling): AnswersNotice {
  const stored = 'When you press Send, your answers go to our server, which keeps them encrypted.';
  if (referralEmail === 'notice') {
    return {
      where: `${stored} It emails ${serviceName} to say that someone has asked for help, without any of your answers.`,
      readBy: `Support workers at ${serviceName} read your answers on our server, to contact you and help you.`,
      kept: keptSentence(policy),
    };
  }
  return {
    where: `${stored} It also emails them to ${serviceName}${emailEncrypted ? ', encrypted so that only they can read them' : ''}.`,
    readBy: `Support workers at ${serviceName} read them, to contact you and help you. ${serviceName} may also keep the email as part of your case.`,
    kept: keptSentence(policy),
  };
}

/** The settings as the server's configuration holds them (lib/env.ts): only the parts used here. */
export type AnswerSettings = {
  supportService: { name: string };
  delivery: { referralEmail: 'full' | 'notice'; pgpPublicKeyFile: string | undefined };
  retention: { policy: RetentionPolicy };
};

/**
 * What happens to her answers under the server's configuration: what the consent step and the
 * privacy notice both call, so they read the settings the same way.
 */
export function answersNoticeFor({ supportService, delivery, retention }: AnswerSettings): AnswersNotice {
  return answersNotice({
    serviceName: supportService.name,
    referralEmail: delivery.referralEmail,
    emailEncrypted: delivery.pgpPublicKeyFile !== undefined,
    policy: retention.policy,
  });
}
