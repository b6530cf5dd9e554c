'use server';

/**
 * The referral form's one server action. Without JavaScript every button posts here, and the
 * wizard's one entry point for a post (answerPost, lib/referral/wizard.ts) moves the journey on
 * exactly as it does in the browser; with JavaScript only "Send" and the PIN come here. Either
 * way the server trusts nothing from the browser: the wizard re-reads every answer and refuses a
 * step the journey doesn't allow yet, and the whole referral is validated with the same schema
 * before it is handed to delivery. What is left here is transport: the post limits, the
 * single-use history token, Send and the confirmation's PIN.
 */
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { acceptReferral, referenceForFormToken } from '@/lib/runtime/accept-referral';
import { checkBackRuntime } from '@/lib/runtime/server';
import { PIN_MAX_LENGTH } from '@/lib/check-back/check-back-rules';
import { getEnv } from '@/lib/env';
import type { Nation } from '@/lib/nations';
import { log } from '@/lib/log';
import { checkSameOriginHeaders } from '@/lib/security/same-origin';
import { serverRuntime, stepTokens } from '@/lib/runtime/server';
import {
  answerPost,
  controlNames,
  formValues,
  parseIntent,
  readyToSend,
  sendProblem,
  type InProgress,
} from '@/lib/referral/wizard';
import type { ReferralFormState } from '@/components/referral/referral-wizard';

const formTokenPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function referralAction(previous: ReferralFormState, formData: FormData): Promise<ReferralFormState> {
  const next = await answer(previous, formData);
  // Every page the server renders with a form on it carries a new single-use token for the post
  // it will make.
  const hasForm = next.status === 'in-progress' || (next.status === 'submitted' && next.pinOffer !== undefined);
  return hasForm ? { ...next, stepToken: (await stepTokens()).issue() } : next;
}

async function answer(previous: ReferralFormState, formData: FormData): Promise<ReferralFormState> {
  const requestHeaders = await headers();
  // Every post checks a step of answers, so a script posting fast could keep the server busy:
  // a generous limit per client on all of them, before anything is read (in the proxy instead,
  // when trusted proxies name the client there and it marked the post as counted).
  if (!(await (await serverRuntime()).postGate.admitPublicPost(requestHeaders)).allowed) {
    log.warn('referral.posts_rate_limited', { errorCode: 'rate_limited' });
    return { status: 'refused', reason: 'too-many-posts' };
  }
  const values = formValues(formData.entries());
  const token = values[controlNames.token];
  const formToken = typeof token === 'string' && formTokenPattern.test(token) ? token : undefined;
  const intent = parseIntent(values[controlNames.intent]);
  // Without JavaScript (no Next-Action header: the browser posted the form itself), a post seen
  // before is one kept in the tab's history and sent again (Back, then "resubmit"), perhaps by
  // someone else holding her phone: it shows none of the answers it carries.
  const fromHistory = !requestHeaders.has('next-action');
  const tokens = fromHistory ? await stepTokens() : undefined;
  const stepToken = values[controlNames.stepToken];
  // A Send's token is only looked at here, and used up once the Send has been dealt with, stored
  // or not (the `finally` below): a Send cut off by a server that died before storing it can be
  // sent again, instead of being told its page has expired and her answers are lost. A server
  // that dies runs no `finally`; one that lives always does.
  const usedAfter = fromHistory && intent.type === 'send';
  if (tokens && (await (usedAfter ? tokens.check(stepToken) : tokens.redeem(stepToken))) !== 'fresh') {
    log.info('referral.step_replayed');
    const sent = intent.type === 'send' && formToken ? await referenceForFormToken(formToken) : undefined;
    return sent ? { status: 'refused', reason: 'already-sent', changed: false } : { status: 'refused', reason: 'expired' };
  }
  try {
    const posted = answerPost(values, { formToken: formToken ?? randomUUID() });
    if (posted.type === 'choose-pin') return await choosePin(previous, values);
    return posted.type === 'send' ? await send(posted.state, requestHeaders) : posted.state;
  } finally {
    if (usedAfter) await tokens!.redeem(stepToken);
  }
}

async function send(state: InProgress, requestHeaders: Headers): Promise<ReferralFormState> {
  // The proxy refuses cross-site posts before they get here; checked again because sending is
  // the one request that stores something.
  if (!checkSameOriginHeaders('POST', requestHeaders, getEnv().publicBaseUrl).allowed) {
    log.warn('referral.refused_cross_site', { errorCode: 'cross_site' });
    return { status: 'refused', reason: 'unavailable' };
  }
  const ready = readyToSend(state);
  if (!ready.ok) return ready.state;
  const { referral } = ready;
  // The client's address is used here, in memory, and nowhere else.
  const { limits, clientKey } = await serverRuntime();
  const limit = await limits.checkRateLimit(clientKey(requestHeaders));
  if (!limit.allowed) {
    log.warn('referral.rate_limited', { errorCode: 'rate_limited' });
    return { status: 'refused', reason: 'rate-limited' };
  }
  try {
    const accepted = await acceptReferral({
      formToken: state.formToken,
      nation: referral.nation as Nation,
      payload: referral,
    });
    // Sent before, with other answers (she corrected something after a timeout): say that only
    // the first version reached the support service, and show nothing of either. The same
    // answers again (a retry whose answer was lost) get the first referral's confirmation.
    if (!accepted.created && !accepted.sameAnswers) return { status: 'refused', reason: 'already-sent', changed: true };
    const shown = { contactMethod: referral.contactMethod, nation: referral.nation as Nation };
    return {
      status: 'submitted',
      reference: accepted.reference,
      evidence: referral.evidence,
      ...shown,
      pinOffer: await (await checkBackRuntime()).offerPin(accepted.reference, shown),
    };
  } catch (error) {
    log.error('referral.accept_failed', { errorCode: error instanceof Error ? error.name : 'unknown' });
    // Back to the check page with her answers, so trying again is one press.
    return { ...state, errors: [sendProblem('our-side', getEnv().supportService)] };
  }
}

/**
 * The confirmation's optional PIN, for checking back later. With JavaScript the page's own state
 * comes back with the post, so the evidence log it printed stays on the page; without, the
 * server never had it to show again.
 */
async function choosePin(previous: ReferralFormState, values: Record<string, unknown>): Promise<ReferralFormState> {
  const typed = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).slice(0, PIN_MAX_LENGTH * 2) : '');
  const offer = values[controlNames.pinOffer];
  const result = await (await checkBackRuntime()).choosePin<{ contactMethod: string; nation: Nation }>(offer, typed('pin'), typed('pinAgain'));
  if (result.outcome === 'expired') return { status: 'refused', reason: 'expired' };
  const evidence = previous.status === 'submitted' && previous.reference === result.reference ? previous.evidence : [];
  const confirmation = { status: 'submitted' as const, reference: result.reference, evidence, ...result.shown };
  if (result.outcome === 'chosen') return { ...confirmation, pinChosen: true };
  return { ...confirmation, pinOffer: offer as string, pinError: result.error };
}
