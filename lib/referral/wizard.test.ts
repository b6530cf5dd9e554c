import { describe, expect, it } from 'vitest';
import type { Answers, StepId } from './definition';
import { findStep } from './journey';
import { fieldErrors, stepSchema } from './schema';
import { completeAnswers } from '@/testing/test-answers';
import {
  advance,
  answerPost,
  controlNames,
  formValues,
  hiddenAnswerInputs,
  intentValue,
  parseIntent,
  pickStepAnswers,
  readAnswers,
  readStepAnswers,
  readyToSend,
  startState,
  type InProgress,
  type Intent,
  type StepCheck,
} from './wizard';

const at = (stepId: StepId, answers = completeAnswers(), extra: Partial<InProgress> = {}): InProgress => ({
  ...startState('token'),
  stepId,
  answers,
  ...extra,
});

/** Presses a button on a step with these values on the page, checked as the server checks them. */
function press(state: InProgress, intent: Intent, typed: Record<string, unknown> = {}) {
  const step = findStep(state.stepId)!;
  const check = (): StepCheck => {
    const result = stepSchema(step, state.answers).safeParse({ ...pickStepAnswers(step, state.answers), ...typed });
    return result.success ? { ok: true, values: result.data as Partial<Answers> } : { ok: false, errors: fieldErrors(result.error) };
  };
  return advance(state, intent, readStepAnswers(step, typed), check);
}

describe('form values', () => {
  it('rebuilds nested answers from the names react-hook-form uses', () => {
    const values = formValues([
      ['whatHappened', 'shared'],
      ['whatHappened', 'threatened'],
      ['foundOut.year', '2025'],
      ['evidence.0.platform', 'instagram'],
      ['evidence.1.platform', 'x'],
      ['$ACTION_ID_abc', ''],
    ]);
    expect(values).toEqual({
      whatHappened: ['shared', 'threatened'],
      foundOut: { year: '2025' },
      evidence: [{ platform: 'instagram' }, { platform: 'x' }],
    });
  });

  it('ignores prototype keys, deep names, huge indexes and endless entries', () => {
    const values = formValues([
      ['__proto__.polluted', 'yes'],
      ['a.b.c.d', 'deep'],
      ['evidence.100000.platform', 'x'],
      ...Array.from({ length: 5000 }, (_, index) => [`f${index}`, 'v'] as [string, string]),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(values.a).toBeUndefined();
    expect(values.evidence).toBeUndefined();
    expect(Object.keys(values).length).toBeLessThanOrEqual(2000);
  });

  it('reads no evidence item beyond one more than the list allows (M2)', () => {
    const values = formValues(Array.from({ length: 100 }, (_, index) => [`evidence.${index}.platform`, 'other'] as [string, string]));
    // 21: the one extra reaches validation, which says there are too many.
    expect((values.evidence as unknown[]).length).toBe(21);
  });

  it('carries every answer through hidden inputs and back unchanged', () => {
    const answers = completeAnswers({ forWhom: 'someone-else', helperName: 'Jo', personAgrees: true, accessNeeds: ['bsl'] });
    const inputs = hiddenAnswerInputs(answers, []);
    expect(readAnswers(formValues(inputs.map((input) => [input.name, input.value])))).toEqual(answers);
  });

  it('keeps text that is too long, so it is shown back with its error rather than lost', () => {
    expect(readAnswers({ description: 'x'.repeat(2001) }).description).toHaveLength(2001);
    const next = press(at('what-happened'), { type: 'continue' }, { whatHappened: ['shared'], description: 'x'.repeat(2001) });
    expect(next.errors.map((error) => error.name)).toEqual(['description']);
    expect(next.answers.description).toHaveLength(2001);
  });

  it('reads a tampered answer as unanswered rather than trusting it', () => {
    const answers = readAnswers(formValues([['nation', 'narnia'], ['consent', 'yes']]));
    expect(answers.nation).toBe('');
    expect(answers.consent).toBe(true);
  });
});

describe('moving through the form', () => {
  it('opens at the first question, since the start page before it is a page of its own', () => {
    const opened = startState('token', 'step-token');
    expect(findStep(opened.stepId)?.title).toBe('Are you in danger now?');
    expect(opened).toMatchObject({ errors: [], returnToCheck: false, formToken: 'token', stepToken: 'step-token' });
    // Back from it shows the start step again, in the form.
    expect(press(opened, { type: 'back' }).stepId).toBe('start');
  });

  it('Continue with errors stays on the step and keeps what was typed', () => {
    const next = press(at('about-you', completeAnswers({ nation: '', forWhom: '' })), { type: 'continue' }, { forWhom: 'myself' });
    expect(next.stepId).toBe('about-you');
    expect(next.errors.map((error) => error.message)).toEqual(['Select where you live']);
    expect(next.answers.forWhom).toBe('myself');
  });

  it('Continue goes to the next step of this journey', () => {
    expect(press(at('danger'), { type: 'continue' }, { inDanger: 'yes' }).stepId).toBe('call-999');
    const stopped = press(at('age'), { type: 'continue' }, { personAge: 'under-18' });
    expect(stopped.stepId).toBe('under-18');
    // Nothing is kept once the journey stops, not even in the page.
    expect(hiddenAnswerInputs(stopped.answers, [])).toEqual([]);
  });

  it('a Change link returns to its step, and Continue then goes straight back to the check page', () => {
    const changing = press(at('check'), { type: 'change', stepId: 'police' });
    expect(changing).toMatchObject({ stepId: 'police', returnToCheck: true });
    const back = press(changing, { type: 'continue' }, { reportedToPolice: 'no' });
    expect(back).toMatchObject({ stepId: 'check', returnToCheck: false });
    expect(back.answers.reportedToPolice).toBe('no');
  });

  it('a change that adds a step goes through that step before the check page', () => {
    const changing = press(at('check'), { type: 'change', stepId: 'about-you' });
    const next = press(changing, { type: 'continue' }, { nation: 'england', forWhom: 'someone-else' });
    expect(next.stepId).toBe('someone-else');
    const done = press(next, { type: 'continue' }, { helperName: 'Jo', helperRelationship: 'Friend', personAgrees: 'yes' });
    expect(done.stepId).toBe('check');
  });

  it('refuses a Change link to a step that is not in the journey', () => {
    expect(press(at('check'), { type: 'change', stepId: 'someone-else' }).stepId).toBe('check');
  });

  it('adds and removes evidence items within the bound', () => {
    const onPage = { evidence: completeAnswers().evidence };
    const added = press(at('evidence'), { type: 'add-evidence' }, onPage);
    expect(added.answers.evidence).toHaveLength(4);
    const removed = press(added, { type: 'remove-evidence', index: 0 }, { evidence: added.answers.evidence });
    expect(removed.answers.evidence.map((item) => item.platform)).toEqual(['whatsapp', 'facebook']); // the blank item added is dropped
    const full = at('evidence', completeAnswers({ evidence: Array.from({ length: 20 }, () => ({ ...completeAnswers().evidence[0]! })) }));
    expect(press(full, { type: 'add-evidence' }, { evidence: full.answers.evidence }).answers.evidence).toHaveLength(20);
  });

  it('reads button values as intents, and anything else as Continue', () => {
    expect(parseIntent(intentValue.change('police'))).toEqual({ type: 'change', stepId: 'police' });
    expect(parseIntent(intentValue.removeEvidence(3))).toEqual({ type: 'remove-evidence', index: 3 });
    expect(parseIntent('change:nowhere')).toEqual({ type: 'continue' });
    expect(parseIntent(undefined)).toEqual({ type: 'continue' });
  });
});

describe('one entry point for a post', () => {
  /** The whole page as a browser without JavaScript posts it: earlier answers in hidden fields. */
  const posted = (state: InProgress, intent: string, typed: Record<string, string> = {}) =>
    formValues([
      ...hiddenAnswerInputs(state.answers, findStep(state.stepId)!.fields).map((input) => [input.name, input.value] as [string, string]),
      ...Object.entries(typed),
      [controlNames.step, state.stepId],
      [controlNames.returnToCheck, state.returnToCheck ? 'yes' : ''],
      [controlNames.intent, intent],
    ]);

  it('moves on the same way from the page it showed (the browser) and from the post alone (the server)', () => {
    const shown = at('police', completeAnswers({ reportedToPolice: '' }));
    for (const [intent, typed] of [
      [intentValue.continue, { reportedToPolice: 'no' }],
      [intentValue.continue, {}],
      [intentValue.back, {}],
      [intentValue.change('about-you'), {}],
    ] as const) {
      const inBrowser = answerPost({ ...typed, [controlNames.intent]: intent }, shown);
      const onServer = answerPost(posted(shown, intent, typed), { formToken: 'token' });
      expect(onServer).toEqual(inBrowser);
    }
  });

  it('leaves Send to the caller, and the PIN to the confirmation', () => {
    const check = at('check');
    expect(answerPost({ [controlNames.intent]: intentValue.send }, check)).toEqual({ type: 'send', state: check });
    expect(answerPost(posted(check, intentValue.choosePin), { formToken: 'token' })).toEqual({ type: 'choose-pin' });
  });

  it('sends a hand-made post that claims a step not yet allowed to the first step still to answer', () => {
    const early = at('about-you', completeAnswers({ nation: '' }));
    const forged = { ...posted(early, intentValue.continue), [controlNames.step]: 'check' };
    const answered = answerPost(forged, { formToken: 'token' });
    expect(answered).toMatchObject({ type: 'moved', state: { stepId: 'about-you', errors: [] } });
  });

  it('checks the whole referral before Send, and returns to the first step with a problem', () => {
    expect(readyToSend(at('check'))).toMatchObject({ ok: true });
    const missing = readyToSend(at('check', completeAnswers({ nation: '' })));
    expect(missing).toMatchObject({ ok: false, state: { stepId: 'about-you', returnToCheck: true } });
    expect(missing.ok ? [] : missing.state.errors.map((error) => error.message)).toEqual(['Select where you live']);
  });
});
