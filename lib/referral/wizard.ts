/**
 * Moving through the form, one step at a time, the same way in the browser and on the server.
 *
 * A post of a page has one entry point, answerPost. With JavaScript the page calls it with the
 * state it holds; without, every step posts the whole form (earlier answers in hidden fields)
 * to a server action that calls it with the post alone and renders the next step. So
 * "Continue", "Back", "Change" and "Add another place" behave the same either way, and the
 * address stays the form's own (lib/referral/addresses.ts) throughout.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */
import { fields, steps, type Answers, type FieldId, type StepDefinition, type StepId } from './definition';
import { emptyAnswer, emptyEvidenceItem, type EvidenceItem, type FieldDefinition } from './fields';
import { findStep, mayVisit, nextStep, previousStep, visibleSteps } from './journey';
import { answerSchema, fieldErrors, referralSchema, stepSchema, type FieldError } from './schema';
import type { Nation } from '@/lib/nations';

/** Where the person is and what they have answered: everything the page needs to render. */
export type InProgress = {
  status: 'in-progress';
  stepId: StepId;
  answers: Answers;
  errors: FieldError[];
  /** Set by a Change link on the check page: Continue then goes straight back there. */
  returnToCheck: boolean;
  /** Makes sending idempotent: a double click or a resent form gives one referral. */
  formToken: string;
  /**
   * Single use, issued by the server with each page it renders, so that a post kept in the tab's
   * history cannot show the answers again (lib/security/step-token.ts). Absent in the browser's
   * own first render of a state it made.
   */
  stepToken?: string;
};

/**
 * The form was sent. What the confirmation page adds to it after the form (the offer of a PIN to
 * check back, lib/check-back) is the server action's, not the wizard's.
 */
export type Submitted = {
  status: 'submitted';
  reference: string;
  /** Kept only to print a copy on the confirmation page; never sent anywhere again. */
  evidence: EvidenceItem[];
  /** Whether the person asked not to be contacted, which changes what happens next. */
  contactMethod: string;
  /** Where they live, so the confirmation shows that nation's domestic abuse helpline. */
  nation: Nation;
  /** Single use, as on the form's pages: a form on the confirmation is acted on once. */
  stepToken?: string;
};

/**
 * The form cannot go on, for a reason the person can do nothing about but wait, start again or
 * call. None of these pages shows an answer:
 * - `rate-limited`: too many referrals from one device in a short time;
 * - `too-many-posts`: too many pages of the form posted from one device in a short time;
 * - `unavailable`: something failed on our side, or the connection did;
 * - `expired`: a page posted a second time (Back and "resubmit"), or too old to trust;
 * - `already-sent`: this referral was sent before; `changed` when these answers differ from it.
 */
export type Refused =
  | { status: 'refused'; reason: 'rate-limited' | 'too-many-posts' | 'unavailable' | 'expired' }
  | { status: 'refused'; reason: 'already-sent'; changed: boolean };

export type WizardState = InProgress | Submitted | Refused;

/** The form name the Send problem is reported under: the Send button's own. */
export const sendControlName = 'send';

/**
 * The problem shown on the check page when Send did not work, with her answers still on the page
 * so she can try again: `connection` when the request never came back (a weak signal), so it may
 * or may not have arrived; `our-side` when the server could not store it.
 */
export function sendProblem(cause: 'connection' | 'our-side', service: { name: string; phone: string }): FieldError {
  const call = `or call ${service.name} on ${service.phone}`;
  return {
    name: sendControlName,
    message:
      cause === 'connection'
        ? `Your referral may not have been sent because the connection was lost. Your answers are still here: press Send again when you have signal, ${call}`
        : `Your referral has not been sent because something went wrong on our side. Your answers are still here: try again in a few minutes, ${call}`,
  };
}

/** What the person pressed. Buttons carry it as the `intent` form value. */
export type Intent =
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'change'; stepId: StepId }
  | { type: 'add-evidence' }
  | { type: 'remove-evidence'; index: number }
  | { type: 'send' }
  | { type: 'choose-pin' };

/** The form names of the wizard's own values, kept apart from the answers'. */
export const controlNames = {
  step: '_step',
  token: '_token',
  stepToken: '_once',
  returnToCheck: '_return',
  intent: 'intent',
  pinOffer: '_pin_offer',
} as const;

export const intentValue = {
  continue: 'continue',
  back: 'back',
  send: 'send',
  choosePin: 'choose-pin',
  addEvidence: 'add-evidence',
  change: (stepId: StepId) => `change:${stepId}`,
  removeEvidence: (index: number) => `remove-evidence:${index}`,
} as const;

const allFieldIds = Object.keys(fields) as FieldId[];

/** The step after the start page: the one "Start now" opens. */
const firstQuestionId = (nextStep('start', {})?.id ?? 'start') as StepId;

export function emptyAnswers(): Answers {
  return Object.fromEntries(allFieldIds.map((fieldId) => [fieldId, emptyAnswer(fields[fieldId])])) as Answers;
}

/**
 * The form as "Start now" opens it: at its first question, with nothing answered. (The start
 * page before it is a static page of its own; the wizard shows the start step again only when
 * the person goes Back to it.)
 */
export function startState(formToken: string, stepToken?: string): InProgress {
  return {
    status: 'in-progress',
    stepId: firstQuestionId,
    answers: { ...emptyAnswers(), evidence: [{ ...emptyEvidenceItem }] },
    errors: [],
    returnToCheck: false,
    formToken,
    ...(stepToken ? { stepToken } : {}),
  };
}

export function parseIntent(value: unknown): Intent {
  if (typeof value !== 'string') return { type: 'continue' };
  if (value === intentValue.back) return { type: 'back' };
  if (value === intentValue.send) return { type: 'send' };
  if (value === intentValue.choosePin) return { type: 'choose-pin' };
  if (value === intentValue.addEvidence) return { type: 'add-evidence' };
  const change = /^change:([a-z0-9-]{1,40})$/.exec(value);
  if (change && findStep(change[1] ?? '')) return { type: 'change', stepId: change[1] as StepId };
  const remove = /^remove-evidence:(\d{1,2})$/.exec(value);
  if (remove) return { type: 'remove-evidence', index: Number(remove[1]) };
  return { type: 'continue' };
}

/**
 * Rebuilds nested values from form names such as "evidence.0.where" and "foundOut.year",
 * the same names react-hook-form uses, so one set of inputs serves both ways of sending.
 * Repeated names (ticked checkboxes) become lists. Bounded: no more than 2,000 entries and no
 * list index beyond one more than the evidence list allows are read, so a hand-made request can
 * neither make the server build a huge list nor check more items than a person could add (the
 * one extra still reaches validation, which says the list is too long).
 */
export function formValues(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let count = 0;
  for (const [name, value] of entries) {
    if (++count > 2000) break;
    if (typeof value !== 'string' || name.startsWith('$')) continue;
    const path = name.split('.');
    if (path.length > 3 || path.some((part) => part === '' || part === '__proto__' || part === 'constructor' || part === 'prototype')) continue;
    if (path.some((part) => /^\d+$/.test(part) && Number(part) > fields.evidence.maxItems)) continue;
    let node = root as Record<string | number, unknown>;
    for (const [depth, part] of path.entries()) {
      const key = /^\d+$/.test(part) ? Number(part) : part;
      if (depth === path.length - 1) {
        const existing = node[key];
        node[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
      } else {
        if (typeof node[key] !== 'object' || node[key] === null) node[key] = /^\d+$/.test(path[depth + 1] ?? '') ? [] : {};
        node = node[key] as Record<string | number, unknown>;
      }
    }
  }
  return root;
}

/**
 * Reads answers leniently: each field that fails its basic shape (a tampered hidden field, an
 * unknown option) is read as unanswered, and text is kept whatever its length so it can be
 * shown back with its error. Whether answers are complete is judged separately.
 */
export function readAnswers(values: Record<string, unknown>, fieldIds: readonly FieldId[] = allFieldIds): Answers {
  const answers = emptyAnswers() as Record<FieldId, unknown>;
  for (const fieldId of fieldIds) {
    const parsed = answerSchema(fields[fieldId], { lengths: false }).safeParse(values[fieldId]);
    if (parsed.success) answers[fieldId] = parsed.data;
  }
  return answers as Answers;
}

/**
 * What is on a step's page now, read leniently: the typed values of its own fields only (and
 * only they are read, since a post carries every earlier answer too).
 */
export function readStepAnswers(step: StepDefinition, values: Record<string, unknown>): Partial<Answers> {
  return pickStepAnswers(step, readAnswers(values, step.fields));
}

/** The answers to one step's fields. */
export function pickStepAnswers(step: StepDefinition, answers: Answers): Partial<Answers> {
  return Object.fromEntries(step.fields.map((fieldId) => [fieldId, answers[fieldId]])) as Partial<Answers>;
}

/** Whether a step's answers, as they stand, would pass its Continue button. */
export function isStepComplete(step: StepDefinition, answers: Answers, today = new Date()): boolean {
  return stepSchema(step, answers, today).safeParse(pickStepAnswers(step, answers)).success;
}

/** The outcome of checking the current step's answers: its values, or its errors. */
export type StepCheck = { ok: true; values: Partial<Answers> } | { ok: false; errors: FieldError[] };

/**
 * The next state after the person pressed something on a question, advice or check step.
 * `typed` is what is on the page now, read leniently; `check` is the result of validating it,
 * needed only for Continue (the browser gets it from react-hook-form, the server from zod).
 */
export function advance(state: InProgress, intent: Intent, typed: Partial<Answers>, check: () => StepCheck): InProgress {
  const current = findStep(state.stepId) ?? (steps[0] as StepDefinition);
  // What the person typed is kept even when they go back, so nothing is lost.
  const answers: Answers = { ...state.answers, ...typed };
  const at = (stepId: StepId, extra: Partial<InProgress> = {}): InProgress => ({
    ...state,
    answers,
    stepId,
    errors: [],
    ...extra,
  });

  switch (intent.type) {
    case 'back': {
      if (state.returnToCheck) return at('check', { returnToCheck: false });
      return at((previousStep(current.id, answers)?.id ?? 'start') as StepId);
    }
    case 'change': {
      const complete = (step: StepDefinition) => isStepComplete(step, answers);
      if (!mayVisit(intent.stepId, answers, complete)) return at(current.id as StepId);
      return at(intent.stepId, { returnToCheck: true });
    }
    case 'add-evidence': {
      const max = fields.evidence.maxItems;
      const evidence = answers.evidence.length < max ? [...answers.evidence, { ...emptyEvidenceItem }] : answers.evidence;
      return at(current.id as StepId, { answers: { ...answers, evidence } });
    }
    case 'remove-evidence': {
      const evidence = answers.evidence.filter((_, index) => index !== intent.index);
      return at(current.id as StepId, { answers: { ...answers, evidence } });
    }
    case 'send':
    // Choosing a PIN belongs to the confirmation, after the form: here it can only be a forged post.
    case 'choose-pin':
    case 'continue': {
      if (current.kind === 'stop') return at(current.id as StepId);
      const result = check();
      if (!result.ok) return { ...state, answers, errors: result.errors };
      const accepted: Answers = { ...answers, ...result.values };
      const complete = (step: StepDefinition) => isStepComplete(step, accepted);
      const next =
        state.returnToCheck && mayVisit('check', accepted, complete) ? findStep('check') : nextStep(current.id, accepted);
      // A stop step (under 18) keeps nothing: the answers so far are dropped from the page too.
      const kept = next?.kind === 'stop' ? emptyAnswers() : accepted;
      return { ...at((next?.id ?? current.id) as StepId, { answers: kept }), returnToCheck: next?.id === 'check' ? false : state.returnToCheck };
    }
  }
}

/** The first step, in journey order, that is not yet complete: where a refused send returns to. */
export function firstIncompleteStep(answers: Answers): StepDefinition | null {
  return visibleSteps(answers).find((step) => step.kind === 'questions' && !isStepComplete(step, answers)) ?? null;
}

/** What a post of one of the form's pages asks for, once the wizard has read it. */
export type Posted =
  /** The page to show next: another step, or the same one with its problems. */
  | { type: 'moved'; state: InProgress }
  /** Send, pressed on the check page: the caller sends these answers (see readyToSend). */
  | { type: 'send'; state: InProgress }
  /** The confirmation's PIN form, which comes after the form: not the wizard's to answer. */
  | { type: 'choose-pin' };

/**
 * The wizard's one entry point for a post, the same in the browser and in the server action.
 * `posted` is the form's values with the pressed button's `intent` (formValues on the server,
 * react-hook-form's values in the browser). `shown` is the state the page showed: the browser
 * holds it; the server has only the form's token and reads the rest back from the hidden fields
 * the page carried, trusting none of it, so a hand-made post cannot skip ahead and lands on the
 * first step still to answer.
 */
export function answerPost(posted: Record<string, unknown>, shown: InProgress | { formToken: string }): Posted {
  const intent = parseIntent(posted[controlNames.intent]);
  if (intent.type === 'choose-pin') return { type: 'choose-pin' };
  let state: InProgress;
  if ('status' in shown) {
    state = shown;
  } else {
    const answers = readAnswers(posted);
    const claimed = findStep(typeof posted[controlNames.step] === 'string' ? (posted[controlNames.step] as string) : '');
    state = {
      status: 'in-progress',
      stepId: 'start',
      answers,
      errors: [],
      returnToCheck: posted[controlNames.returnToCheck] === 'yes',
      formToken: shown.formToken,
    };
    const complete = (step: StepDefinition) => isStepComplete(step, answers);
    if (!claimed || !mayVisit(claimed.id, answers, complete)) {
      return { type: 'moved', state: { ...state, stepId: (firstIncompleteStep(answers)?.id ?? 'start') as StepId } };
    }
    state = { ...state, stepId: claimed.id as StepId };
  }
  const step = findStep(state.stepId) ?? (steps[0] as StepDefinition);
  if (intent.type === 'send' && step.kind === 'check') return { type: 'send', state };
  // Checked as posted, before the lenient reading that forgives bad shapes.
  const check = (): StepCheck => {
    const result = stepSchema(step, state.answers).safeParse(pickStepAnswers(step, posted as Answers));
    return result.success ? { ok: true, values: result.data as Partial<Answers> } : { ok: false, errors: fieldErrors(result.error) };
  };
  return { type: 'moved', state: advance(state, intent, readStepAnswers(step, posted), check) };
}

/**
 * Send's check of the whole referral: the referral to send (only the answers that apply), or, when
 * something is missing or wrong, the first step with a problem, showing that step's own messages.
 */
export function readyToSend(state: InProgress): { ok: true; referral: Answers } | { ok: false; state: InProgress } {
  const result = referralSchema().safeParse(state.answers);
  if (result.success) return { ok: true, referral: result.data as Answers };
  const step = firstIncompleteStep(state.answers) ?? (findStep('consent') as StepDefinition);
  const check = stepSchema(step, state.answers).safeParse(pickStepAnswers(step, state.answers));
  return {
    ok: false,
    state: { ...state, stepId: step.id as StepId, returnToCheck: true, errors: check.success ? [] : fieldErrors(check.error) },
  };
}

/**
 * The hidden inputs that carry earlier answers through a page without JavaScript: one
 * name/value pair per answer part, skipping the fields the page asks for itself.
 */
export function hiddenAnswerInputs(answers: Answers, except: readonly FieldId[]): { name: string; value: string }[] {
  const inputs: { name: string; value: string }[] = [];
  for (const fieldId of allFieldIds) {
    if (except.includes(fieldId)) continue;
    const field: FieldDefinition = fields[fieldId];
    const value = answers[fieldId];
    switch (field.kind) {
      case 'checkboxes':
        for (const choice of value as string[]) inputs.push({ name: fieldId, value: choice });
        break;
      case 'date':
        for (const [part, text] of Object.entries(value as Record<string, string>)) {
          if (text !== '') inputs.push({ name: `${fieldId}.${part}`, value: text });
        }
        break;
      case 'confirm':
        if (value) inputs.push({ name: fieldId, value: 'yes' });
        break;
      case 'evidence':
        (value as EvidenceItem[]).forEach((item, index) => {
          for (const [part, text] of Object.entries(item)) {
            if (text !== '') inputs.push({ name: `${fieldId}.${index}.${part}`, value: text });
          }
        });
        break;
      default:
        if (value !== '') inputs.push({ name: fieldId, value: value as string });
    }
  }
  return inputs;
}
