'use server';

/**
 * The /check page's one server action: signing in with a reference and PIN, then reading,
 * replying and withdrawing. Without JavaScript the browser posts each form here and the server
 * renders the answer at the same address; with JavaScript the page fetches it. Either way the
 * address never changes and nothing is stored on the device: the page carries a single-use
 * session token in a hidden field (lib/check-back/check-back.ts).
 *
 * Every post counts towards the form's own limit per client (lib/security/rate-limit.ts).
 */
import { headers } from 'next/headers';
import { readReference, type SessionResult } from '@/lib/check-back/check-back';
import { checkBackRuntime, serverRuntime } from '@/lib/runtime/server';
import { checkBackErrors, MESSAGE_MAX_LENGTH, PIN_MAX_LENGTH } from '@/lib/check-back/check-back-rules';
import { checkBackControls, type CheckBackState } from '@/lib/check-back/check-back-state';
import { formText } from '@/lib/security/form-text';
import { log } from '@/lib/log';
import { stepTokens } from '@/lib/runtime/server';

export async function checkBackAction(_previous: CheckBackState, formData: FormData): Promise<CheckBackState> {
  const next = await respond(formData);
  // The sign-in form's post is single-use too, so a sign-in kept in the tab's history cannot be
  // sent again by someone else holding the phone.
  return next.view === 'sign-in' ? { ...next, once: (await stepTokens()).issue() } : next;
}

const ended: CheckBackState = { view: 'ended' };

const onCase = (result: SessionResult<{ error?: string }>, extra: { replySent?: boolean } = {}): CheckBackState =>
  result
    ? {
        view: 'case',
        session: result.session,
        page: result.page,
        errors: result.error ? [{ field: 'reply', message: result.error }] : [],
        ...(result.error ? {} : extra),
      }
    : ended;

async function respond(formData: FormData): Promise<CheckBackState> {
  const requestHeaders = await headers();
  // Counted here unless the proxy marked it as counted already (when trusted proxies name the client).
  const { allowed, client } = await (await serverRuntime()).postGate.admitPublicPost(requestHeaders);
  if (!allowed) {
    log.warn('check_back.posts_rate_limited', { errorCode: 'rate_limited' });
    return { view: 'too-many-posts' };
  }
  const checkBack = await checkBackRuntime();
  const session = formText(formData, checkBackControls.session, 64);
  switch (formText(formData, checkBackControls.intent, 20)) {
    case 'sign-in': {
      // Without JavaScript (no Next-Action header) the browser posted the form itself, and keeps
      // the post in the tab's history: acted on once only.
      if (!requestHeaders.has('next-action') && (await (await stepTokens()).redeem(formData.get(checkBackControls.once))) !== 'fresh') {
        return ended;
      }
      return signIn(formText(formData, 'reference', 40), formText(formData, 'pin', PIN_MAX_LENGTH * 4), client);
    }
    case 'refresh':
      return onCase(await checkBack.refresh(session));
    case 'reply':
      return onCase(await checkBack.reply(session, formText(formData, 'reply', MESSAGE_MAX_LENGTH)), { replySent: true });
    case 'withdraw': {
      const asked = await checkBack.askToWithdraw(session);
      return asked ? { view: 'confirm-withdraw', ...asked } : ended;
    }
    case 'confirm-withdraw': {
      const withdrawn = await checkBack.withdraw(session);
      if (!withdrawn) return ended;
      log.info('check_back.withdrawn', { reference: withdrawn.reference });
      return { view: 'withdrawn', reference: withdrawn.reference };
    }
    case 'sign-out':
      await checkBack.end(session);
      return { view: 'signed-out' };
    default:
      return ended;
  }
}

async function signIn(typedReference: string, pin: string, client: string): Promise<CheckBackState> {
  const reference = readReference(typedReference);
  const kept = reference ?? typedReference.trim().slice(0, 20);
  const errors = [
    ...(typedReference.trim() === '' ? [checkBackErrors.referenceMissing] : reference ? [] : [checkBackErrors.referenceInvalid]),
    ...(pin.trim() === '' ? [checkBackErrors.pinMissing] : []),
  ];
  if (errors.length > 0 || !reference) return { view: 'sign-in', errors, reference: kept };
  const result = await (await checkBackRuntime()).signIn(reference, pin, client);
  switch (result.outcome) {
    case 'signed-in':
      return { view: 'case', session: result.session, page: result.page, errors: [] };
    case 'locked': {
      log.warn('check_back.locked', { errorCode: 'pin_locked' });
      return { view: 'sign-in', errors: [], reference, lockedMinutes: Math.max(1, Math.ceil(result.retryAfterMs / 60_000)) };
    }
    case 'no-match':
      return { view: 'sign-in', errors: [checkBackErrors.noMatch], reference };
  }
}
