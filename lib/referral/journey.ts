/**
 * The journey through the referral form: which steps a person sees given their answers, which
 * step comes next or before, and whether a step may be visited yet. The wizard in the browser
 * and the server's step-by-step fallback both move through the form with these functions.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */
import { steps, type StepDefinition, type StepId } from './definition';
import type { AnswerLookup } from './fields';

const allSteps = steps as readonly StepDefinition[];

/** Whether a step is in the journey, judged on the answers alone. */
export function isVisibleStep(step: StepDefinition, answers: AnswerLookup): boolean {
  return step.showIf ? step.showIf(answers) : true;
}

/**
 * The steps this person will see, in order. A `stop` step ends the journey: nothing after it
 * is shown, so a person under 18 never reaches a question that would collect anything.
 */
export function visibleSteps(answers: AnswerLookup): StepDefinition[] {
  const visible: StepDefinition[] = [];
  for (const step of allSteps) {
    if (!isVisibleStep(step, answers)) continue;
    visible.push(step);
    if (step.kind === 'stop') break;
  }
  return visible;
}

export function findStep(id: string): StepDefinition | undefined {
  return allSteps.find((step) => step.id === id);
}

/** The step after `current` in this person's journey, or null at the end. */
export function nextStep(current: StepId | string, answers: AnswerLookup): StepDefinition | null {
  const visible = visibleSteps(answers);
  const index = visible.findIndex((step) => step.id === current);
  return index === -1 ? null : (visible[index + 1] ?? null);
}

/** The step before `current` in this person's journey, or null on the first page. */
export function previousStep(current: StepId | string, answers: AnswerLookup): StepDefinition | null {
  const visible = visibleSteps(answers);
  const index = visible.findIndex((step) => step.id === current);
  return index <= 0 ? null : (visible[index - 1] ?? null);
}

/**
 * Whether a person may be on `target` now: it is in their journey and every question step
 * before it has been answered validly (`isComplete`). This stops a hand-made request from
 * jumping to the check page, or past the under-18 stop.
 */
export function mayVisit(
  target: string,
  answers: AnswerLookup,
  isComplete: (step: StepDefinition) => boolean,
): boolean {
  const visible = visibleSteps(answers);
  const index = visible.findIndex((step) => step.id === target);
  if (index === -1) return false;
  return visible.slice(0, index).every((step) => step.kind !== 'stop' && (step.kind !== 'questions' || isComplete(step)));
}
