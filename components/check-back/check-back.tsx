'use client';

/**
 * The /check page: the person enters their reference and PIN, then reads their referral's
 * status and their support worker's messages, replies, signs out, or withdraws and deletes the
 * referral. Every view is the server action's answer: posted by the browser without JavaScript,
 * fetched with it, always at /check. Each form carries only the single-use token its post needs.
 */
import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Field } from '@/components/form-kit/field';
import { formatDateTime } from '@/components/inbox/format-time';
import { useFreshFromBackForwardCache } from '@/components/javascript-running/use-fresh-from-back-forward-cache';
import { UrgentHelp } from '@/components/urgent-help/urgent-help';
import { PinField } from './pin-field';
import { referralStartPath } from '@/lib/referral/addresses';
import { CHECK_BACK_SESSION_MS, MESSAGE_MAX_LENGTH } from '@/lib/check-back/check-back-rules';
import { checkBackControls, type CheckBackFieldError, type CheckBackIntent, type CheckBackState } from '@/lib/check-back/check-back-state';

type Service = { name: string; phone: string; hours: string };

type Props = {
  initialState: CheckBackState;
  action: (previous: CheckBackState, formData: FormData) => Promise<CheckBackState>;
  service: Service;
};

const siteName = 'Get help with intimate image abuse';
const sessionMinutes = CHECK_BACK_SESSION_MS / 60_000;

const errorFor = (errors: CheckBackFieldError[], field: CheckBackFieldError['field']) => errors.find((error) => error.field === field)?.message;

function titleOf(state: CheckBackState): string {
  const errors = 'errors' in state && state.errors.length > 0;
  const titles: Record<CheckBackState['view'], string> = {
    'sign-in': 'Check on your referral',
    case: 'Your referral',
    'confirm-withdraw': 'Withdraw and delete your referral',
    withdrawn: 'Your referral has been withdrawn',
    'signed-out': 'You have signed out',
    ended: 'This page has expired',
    'too-many-posts': 'Too many tries from this device',
  };
  return `${errors ? 'Error: ' : ''}${titles[state.view]} – ${siteName}`;
}

export function CheckBack({ initialState, action, service }: Props) {
  const [state, dispatch, pending] = useActionState(action, initialState);
  useFreshFromBackForwardCache();

  // Move focus as a new page would: to the error summary, else to the heading. Not on first load.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('.error-summary') ?? document.querySelector<HTMLElement>('[data-view-heading]');
    target?.focus();
    window.scrollTo(0, 0);
  }, [state]);

  const session = 'session' in state ? state.session : undefined;
  /** A button that posts `intent` with this page's token, alone in its own form. */
  const button = (intent: CheckBackIntent, label: string, className = 'button button--secondary') => (
    <form action={dispatch} className="check-back__action">
      {session ? <input type="hidden" name={checkBackControls.session} value={session} /> : null}
      <button type="submit" name={checkBackControls.intent} value={intent} className={className} disabled={pending}>
        {label}
      </button>
    </form>
  );
  const heading = (text: string) => (
    <h1 className="heading-l" tabIndex={-1} data-view-heading="">
      {text}
    </h1>
  );
  const call = (
    <>
      call {service.name} on <strong>{service.phone}</strong> ({service.hours})
    </>
  );
  const startAgain = (
    <p>
      <Link href="/check">Check on your referral</Link>
    </p>
  );

  const body = (() => {
    switch (state.view) {
      case 'sign-in': {
        const { errors } = state;
        return (
          <>
            <ErrorSummary errors={errors} />
            {heading('Check on your referral')}
            <p>
              Enter the reference you were given when you sent your referral, and the PIN you chose then. You can see whether a
              support worker is working on it, read their messages and reply.
            </p>
            <p>Nothing you enter here is kept on this device, and this page&apos;s address never changes.</p>
            {state.lockedMinutes ? (
              <div className="warning-text" role="alert">
                <p>
                  <strong>
                    The PIN has been entered wrongly too many times. Wait {state.lockedMinutes}{' '}
                    {state.lockedMinutes === 1 ? 'minute' : 'minutes'}, then try again.
                  </strong>
                </p>
                <p>If you need to talk to someone now, {call}.</p>
              </div>
            ) : null}
            <form action={dispatch} noValidate autoComplete="off">
              <Field id="reference" label="Reference" hint="8 letters and numbers, for example KQ7M-X4PD" error={errorFor(errors, 'reference')}>
                {(aria) => (
                  <input
                    id="reference"
                    name="reference"
                    type="text"
                    defaultValue={state.reference}
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={20}
                    {...aria}
                  />
                )}
              </Field>
              <PinField id="pin" label="PIN" error={errorFor(errors, 'pin')} />
              {state.once ? <input type="hidden" name={checkBackControls.once} value={state.once} /> : null}
              <button type="submit" name={checkBackControls.intent} value="sign-in" className="button" disabled={pending}>
                Continue
              </button>
            </form>
            <h2 className="heading-m">If you did not choose a PIN, or have forgotten it</h2>
            <p>
              Nobody can tell you your reference or PIN again, not even us, so that nobody else can get them either. To ask
              about your referral, {call} and give your reference if you have it.
            </p>
          </>
        );
      }
      case 'case': {
        const { page, errors } = state;
        return (
          <>
            <ErrorSummary errors={errors} />
            {heading(`Your referral ${page.reference}`)}
            <p>Sent {formatDateTime(page.receivedAt)}.</p>
            <div className="panel" aria-labelledby="status-heading">
              <h2 id="status-heading" className="heading-m">
                Status: {page.status.title}
              </h2>
              <p>{page.status.detail}</p>
            </div>
            <h2 className="heading-m">Messages</h2>
            {page.messages.length === 0 ? <p>There are no messages from your support worker yet.</p> : null}
            <ol className="case-notes" aria-label="Messages">
              {page.messages.map((message, index) => (
                <li key={index}>
                  <p className="hint">
                    {message.author === 'person' ? 'You wrote' : 'Your support worker wrote'}, {formatDateTime(message.createdAt)}
                  </p>
                  <p className="case-notes__text">{message.text}</p>
                </li>
              ))}
            </ol>
            {state.replySent ? (
              <p role="status">
                <strong>Your reply has been sent to your support worker.</strong>
              </p>
            ) : null}
            {page.canReply ? (
              <form action={dispatch} noValidate autoComplete="off">
                <input type="hidden" name={checkBackControls.session} value={state.session} />
                <Field
                  id="reply"
                  label="Reply to your support worker"
                  hint={`Up to ${MESSAGE_MAX_LENGTH.toLocaleString('en-GB')} characters. Do not include the images or links to them.`}
                  error={errorFor(errors, 'reply')}
                >
                  {(aria) => <textarea id="reply" name="reply" rows={5} maxLength={MESSAGE_MAX_LENGTH} {...aria} />}
                </Field>
                <button type="submit" name={checkBackControls.intent} value="reply" className="button" disabled={pending}>
                  Send reply
                </button>
              </form>
            ) : null}
            {button('refresh', 'Check for new messages')}
            <h2 className="heading-m">When you have finished</h2>
            <p>
              Sign out, then close this tab. This page stops working by itself after {sessionMinutes} minutes, and Exit this
              page signs you out too.
            </p>
            {button('sign-out', 'Sign out')}
            <h2 className="heading-m">Withdraw and delete your referral</h2>
            <p>
              If you no longer want support, you can withdraw your referral. Everything you told us and every message are
              deleted straight away and cannot be brought back. Your support worker will see only that you withdrew it.
            </p>
            {button('withdraw', 'Withdraw and delete my referral', 'button button--warning')}
          </>
        );
      }
      case 'confirm-withdraw':
        return (
          <>
            {heading('Are you sure you want to withdraw and delete your referral?')}
            <p>
              Your referral {state.reference}, everything you told us in it and every message will be deleted now. Nobody can
              bring them back, and your support worker will not contact you about it again.
            </p>
            <p>If you want help later, you can send a new referral at any time.</p>
            {button('confirm-withdraw', 'Yes, withdraw and delete it', 'button button--warning')}
            {button('refresh', 'No, go back to my referral')}
          </>
        );
      case 'withdrawn':
        return (
          <>
            {heading('Your referral has been withdrawn')}
            <p>
              Everything you told us in referral {state.reference}, and your messages, have been deleted. Your support worker
              sees only that you withdrew it and when.
            </p>
            <p>
              If you want help again, you can <a href={referralStartPath}>send a new referral</a> at any time, or {call}.
            </p>
            <UrgentHelp headingLevel="h2" id="withdrawn-urgent-help" />
          </>
        );
      case 'signed-out':
        return (
          <>
            {heading('You have signed out')}
            <p>Nothing about your referral is kept on this device. Close this tab now if others use this device.</p>
            {startAgain}
          </>
        );
      case 'ended':
        return (
          <>
            {heading('This page has expired')}
            <p>
              To keep your referral safe, each page here works once, and for {sessionMinutes} minutes. Enter your reference and
              PIN again to carry on.
            </p>
            {startAgain}
          </>
        );
      case 'too-many-posts':
        return (
          <>
            {heading('Too many tries from this device')}
            <p>Wait a few minutes, then try again. If you need to talk to someone now, {call}.</p>
            <UrgentHelp headingLevel="h2" id="too-many-urgent-help" />
          </>
        );
    }
  })();

  return (
    <>
      <title>{titleOf(state)}</title>
      {body}
    </>
  );
}
