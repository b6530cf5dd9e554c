'use client';

/**
 * The referral form, one step at a time, at one address (lib/referral/addresses.ts) from the
 * first question to the confirmation. The start page before it is a static page of its own, so
 * this component's JavaScript loads only once the person has chosen to start.
 *
 * With JavaScript, the steps change in the page: no history entries, so the browser's Back
 * button leaves the form rather than stepping through answers someone else could read, and the
 * form's own Back button moves between steps. react-hook-form holds the page's values; each
 * button hands them to the wizard's one entry point for a post (answerPost), which checks a
 * Continue with the step's zod schema. Only "Send" reaches the server.
 *
 * Without JavaScript, every button posts the whole form to the server action, which hands it to
 * the same answerPost and renders the next step, carrying earlier answers in hidden fields. Both
 * ways render this component, so there is one set of step pages.
 *
 * Answers are kept only in this page: never in storage, cookies or the address.
 */
import { useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { PinOffer } from '@/components/check-back/choose-pin';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { useJavaScriptRunning } from '@/components/javascript-running/use-javascript-running';
import { UrgentHelp } from '@/components/urgent-help/urgent-help';
import { referralStartPath } from '@/lib/referral/addresses';
import { fields, type StepDefinition, type StepId } from '@/lib/referral/definition';
import type { FieldDefinition } from '@/lib/referral/fields';
import { fieldApplies } from '@/lib/referral/schema';
import { findStep } from '@/lib/referral/journey';
import {
  answerPost,
  controlNames,
  hiddenAnswerInputs,
  intentValue,
  pickStepAnswers,
  readStepAnswers,
  sendControlName,
  sendProblem,
  type InProgress,
  type Refused,
  type Submitted,
} from '@/lib/referral/wizard';
import type { AnswersNotice } from '@/lib/cases/answers-notice';
import { AnswersNoticeText } from './answers-notice';
import { CheckAnswers } from './check-answers';
import { useFreshFromBackForwardCache } from '@/components/javascript-running/use-fresh-from-back-forward-cache';
import { Confirmation, type SupportServiceDetails } from './confirmation';
import { EvidenceItems, type CaptureGuide } from './evidence-items';
import { FieldControl, idFor, type Bind } from './field-control';
import { stepLinks } from './step-links';

/** What the page shows: the wizard's state, with the confirmation's PIN once the form is sent. */
export type ReferralFormState = InProgress | (Submitted & PinOffer) | Refused;

type Props = {
  initialState: ReferralFormState;
  action: (previous: ReferralFormState, formData: FormData) => Promise<ReferralFormState>;
  service: SupportServiceDetails;
  guides: readonly CaptureGuide[];
  /** What happens to the answers, from the server's settings: shown on the consent step. */
  answersNotice: AnswersNotice;
};

const siteName = 'Get help with intimate image abuse';

export function ReferralWizard({ initialState, action, service, guides, answersNotice }: Props) {
  // The server action itself, so that without JavaScript the form posts to it and the server
  // renders its answer (progressive enhancement needs the action, not a function wrapping it).
  const [sentState, sendAction, posting] = useActionState(action, initialState);
  // The state shown: moved on in the page by each button, or replaced by the server's answer.
  const [state, setState] = useState<ReferralFormState>(sentState);
  const [seenSentState, setSeenSentState] = useState(sentState);
  const [version, setVersion] = useState(0);
  if (sentState !== seenSentState) {
    setSeenSentState(sentState);
    setState(sentState);
    setVersion((count) => count + 1);
  }
  const running = useJavaScriptRunning();
  const [sendingInPage, setSendingInPage] = useState(false);
  const sending = posting || sendingInPage;

  /**
   * Send with JavaScript: the same server action, called from the page so that a failure can be
   * caught. The request can fail (no signal, a restart, a refusal page instead of an answer);
   * through the form's own action React would hand that to the framework's error screen, which
   * has no Exit button and no helplines and loses her answers. Here the page stays as it was,
   * with her answers, and says what to do.
   */
  async function sendFromPage(current: InProgress | (Submitted & PinOffer), formData: FormData) {
    setSendingInPage(true);
    let next: ReferralFormState;
    try {
      next = await action(current, formData);
    } catch {
      next =
        current.status === 'in-progress'
          ? { ...current, errors: [sendProblem('connection', service)] }
          : { ...current, pinError: { field: 'pin', message: 'Your PIN may not have been saved because the connection was lost. Try again when you have signal' } };
    }
    setSendingInPage(false);
    setState(next);
    setVersion((count) => count + 1);
  }

  useFreshFromBackForwardCache();

  // Move focus as a new page would: to the error summary when there are errors, else to the
  // heading, so screen reader users hear where they are. Not on the first load.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (state.status !== 'in-progress' || state.errors.length === 0) return;
    }
    const target =
      document.querySelector<HTMLElement>('[data-error-summary]') ?? document.querySelector<HTMLElement>('[data-step-heading]');
    target?.focus();
    window.scrollTo(0, 0);
  }, [state, version]);

  if (state.status === 'submitted') {
    return (
      <>
        <title>{`${state.pinError ? 'Error: ' : ''}Referral sent – ${siteName}`}</title>
        <Confirmation
          state={state}
          service={service}
          running={running}
          formAction={sendAction}
          onChoosePin={(formData) => sendFromPage(state, formData)}
          pending={sending}
        />
      </>
    );
  }
  if (state.status === 'refused') {
    const call = (
      <>
        call {service.name} on <strong>{service.phone}</strong> ({service.hours})
      </>
    );
    const heading =
      state.reason === 'already-sent'
        ? 'Your referral has already been sent'
        : state.reason === 'expired'
          ? 'This page has expired'
          : 'Your referral has not been sent';
    return (
      <>
        <title>{`${heading} – ${siteName}`}</title>
        <h1 className="heading-l" tabIndex={-1} data-step-heading="">
          {heading}
        </h1>
        {state.reason === 'rate-limited' ? (
          <p>
            This device has sent several referrals in a short time, so we have paused sending for a few minutes. Please
            try again later, or {call}.
          </p>
        ) : state.reason === 'too-many-posts' ? (
          <p>
            This device has sent a lot of pages in a short time, so we have paused it for a few minutes. Please try again
            later, or {call}.
          </p>
        ) : state.reason === 'unavailable' ? (
          <p>
            Something went wrong on our side and your referral was not sent. Please try again in a few minutes, or {call}.
          </p>
        ) : state.reason === 'expired' ? (
          <>
            <p>For your safety, a page of this form is never shown twice, so your answers are not shown here.</p>
            <p>
              If you were filling in the form, <a href={referralStartPath}>start again</a>, or {call}.
            </p>
          </>
        ) : (
          <>
            <p>For your safety, its details are not shown again.</p>
            {'changed' in state && state.changed ? (
              <p>
                What you sent this time was different from the first time. Only the first version reached {service.name}.
                To change anything, {call}.
              </p>
            ) : (
              <p>To check that it arrived, {call}.</p>
            )}
          </>
        )}
        {state.reason === 'expired' || state.reason === 'already-sent' ? (
          <p>If this is a shared device, close this tab when you have finished.</p>
        ) : null}
        <UrgentHelp headingLevel="h2" id="refused-urgent-help" />
      </>
    );
  }

  return (
    <StepForm
      key={`${state.stepId}:${version}`}
      state={state}
      running={running}
      sending={sending}
      sendAction={sendAction}
      onSend={sendFromPage}
      guides={guides}
      answersNotice={answersNotice}
      onMove={(next) => {
        setState(next);
        setVersion((count) => count + 1);
      }}
    />
  );
}

type StepFormProps = {
  state: InProgress;
  running: boolean;
  sending: boolean;
  sendAction: (formData: FormData) => void;
  onSend: (current: InProgress, formData: FormData) => void;
  guides: readonly CaptureGuide[];
  answersNotice: AnswersNotice;
  onMove: (next: InProgress) => void;
};

function StepForm({ state, running, sending, sendAction, onSend, guides, answersNotice, onMove }: StepFormProps) {
  const step = findStep(state.stepId) as StepDefinition;
  const form = useForm<Record<string, unknown>>({ defaultValues: pickStepAnswers(step, state.answers) });
  const onPage = useWatch({ control: form.control }) as Record<string, unknown>;
  // Questions that depend on another answer on this page (an email address once Email is
  // chosen) appear when it is chosen. Without JavaScript they are all shown, as GOV.UK's
  // conditional questions are, and only the ones that apply are kept.
  const current: Record<string, unknown> = running ? { ...state.answers, ...readStepAnswers(step, onPage) } : {};
  const applies = (fieldId: (typeof step.fields)[number]) => !running || fieldApplies(fieldId, current);
  const errorFor = (name: string) =>
    state.errors.find((error) => error.name === name || (error.name.startsWith(`${name}.`) && !/\.\d+\./.test(error.name)))?.message;
  const bind = form.register as Bind;
  // One list per step shown, so the summary takes focus when the step appears, not on each keystroke.
  const summaryErrors = useMemo(() => state.errors.map((error) => ({ field: idFor(error.name), message: error.message })), [state.errors]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    if (!running) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    event.preventDefault();
    // The same entry point the server action uses without JavaScript, with this page's state.
    const posted = answerPost({ ...form.getValues(), [controlNames.intent]: submitter?.value }, state);
    if (posted.type === 'moved') {
      onMove(posted.state);
      return;
    }
    // Send (and anything else the wizard does not answer itself) goes to the server, as without JavaScript.
    const formData = new FormData(event.currentTarget);
    formData.set(controlNames.intent, posted.type === 'send' ? intentValue.send : intentValue.choosePin);
    onSend(state, formData);
  }

  // One question and nothing else to say: the question is the page heading, as GOV.UK does it.
  const singleQuestion = step.fields.length === 1 && !step.body;
  const title = `${state.errors.length > 0 ? 'Error: ' : ''}${step.title} – ${siteName}`;
  const onPageItems = running ? ((onPage.evidence as { platform?: string; where?: string }[] | undefined) ?? []) : [];
  const chosenPlatforms = onPageItems.map((item) => (item?.platform ?? '') as CaptureGuide['id'] | '');
  const typedWheres = onPageItems.map((item) => item?.where ?? '');

  return (
    <>
      <title>{title}</title>
      <form action={sendAction} onSubmit={handleSubmit} noValidate autoComplete="off" className="referral-form">
        {/* Pressing Enter in a field submits with the first button in the form: make that Continue, not Back. */}
        <button type="submit" name={controlNames.intent} value={intentValue.continue} className="visually-hidden" tabIndex={-1} aria-hidden="true">
          Continue
        </button>
        {step.kind !== 'start' && step.kind !== 'stop' ? (
          <button type="submit" name={controlNames.intent} value={intentValue.back} className="link-button back-link">
            Back
          </button>
        ) : null}

        <ErrorSummary errors={summaryErrors} />

        {singleQuestion ? null : (
          <h1 className="heading-l" tabIndex={-1} data-step-heading="">
            {step.title}
          </h1>
        )}
        {step.id === 'consent' ? <AnswersNoticeText notice={answersNotice} /> : null}
        {step.body?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
        {stepLinks[step.id as StepId]}

        {step.fields.filter(applies).map((fieldId) => {
          const field: FieldDefinition = fields[fieldId];
          return (
            <FieldControl
              key={fieldId}
              fieldId={fieldId}
              field={field}
              answers={state.answers}
              bind={bind}
              error={errorFor(fieldId)}
              isPageHeading={singleQuestion && field.kind !== 'evidence'}
              renderEvidence={() =>
                field.kind === 'evidence' ? (
                  <EvidenceItems
                    field={field}
                    items={state.answers.evidence}
                    bind={bind}
                    errorFor={(name) => state.errors.find((error) => error.name === name)?.message}
                    guides={guides}
                    chosenPlatforms={chosenPlatforms}
                    typedWheres={typedWheres}
                  />
                ) : null
              }
            />
          );
        })}

        {step.kind === 'check' ? <CheckAnswers answers={state.answers} /> : null}

        {hiddenAnswerInputs(state.answers, step.fields).map((input, index) => (
          <input key={`${input.name}:${index}`} type="hidden" name={input.name} value={input.value} />
        ))}
        <input type="hidden" name={controlNames.step} value={state.stepId} />
        <input type="hidden" name={controlNames.token} value={state.formToken} />
        {state.stepToken ? <input type="hidden" name={controlNames.stepToken} value={state.stepToken} /> : null}
        <input type="hidden" name={controlNames.returnToCheck} value={state.returnToCheck ? 'yes' : ''} />

        {step.kind === 'stop' ? null : (
          <button
            type="submit"
            name={controlNames.intent}
            id={step.kind === 'check' ? idFor(sendControlName) : undefined}
            value={step.kind === 'check' ? intentValue.send : intentValue.continue}
            className="button"
            disabled={sending}
            aria-disabled={sending || undefined}
          >
            {step.kind === 'check' && sending ? 'Sending…' : (step.continueLabel ?? 'Continue')}
          </button>
        )}
      </form>
    </>
  );
}
