import { describe, expect, it } from 'vitest';
import type { StepDefinition } from './definition';
import { mayVisit, nextStep, previousStep, visibleSteps } from './journey';
import { completeAnswers } from '@/testing/test-answers';
import { isStepComplete } from './wizard';

const ids = (list: StepDefinition[]) => list.map((step) => step.id);
const mainJourney = ['start', 'danger', 'age', 'about-you', 'what-happened', 'who', 'other-abuse', 'evidence', 'police', 'help', 'contact', 'access', 'consent', 'check'];

describe('the journey', () => {
  it('for a person reporting for themselves, not in danger', () => {
    expect(ids(visibleSteps(completeAnswers()))).toEqual(mainJourney);
  });

  it('in danger now: the 999 advice comes straight after the danger question, then the journey goes on', () => {
    const answers = completeAnswers({ inDanger: 'yes' });
    expect(ids(visibleSteps(answers)).slice(0, 4)).toEqual(['start', 'danger', 'call-999', 'age']);
    expect(nextStep('danger', answers)?.id).toBe('call-999');
    expect(nextStep('call-999', answers)?.id).toBe('age');
  });

  it('under 18: the journey stops, and no question after it is ever reached', () => {
    const answers = completeAnswers({ personAge: 'under-18' });
    expect(ids(visibleSteps(answers))).toEqual(['start', 'danger', 'age', 'under-18']);
    expect(nextStep('under-18', answers)).toBeNull();
    expect(mayVisit('check', answers, () => true)).toBe(false);
    expect(mayVisit('contact', answers, () => true)).toBe(false);
  });

  it('for someone else: the helper step comes after "About you"', () => {
    const answers = completeAnswers({ forWhom: 'someone-else' });
    expect(ids(visibleSteps(answers))).toEqual([...mainJourney.slice(0, 4), 'someone-else', ...mainJourney.slice(4)]);
    expect(previousStep('what-happened', answers)?.id).toBe('someone-else');
  });

  it('no contact wanted: the contact step asks no contact details', () => {
    const answers = completeAnswers({ contactMethod: 'none', phone: '' });
    expect(ids(visibleSteps(answers))).toEqual(mainJourney);
    const contact = visibleSteps(answers).find((step) => step.id === 'contact')!;
    expect(isStepComplete(contact, answers)).toBe(true);
  });

  it('refuses a step whose earlier steps are not complete', () => {
    const complete = (step: StepDefinition) => isStepComplete(step, completeAnswers({ nation: '' }));
    expect(mayVisit('check', completeAnswers({ nation: '' }), complete)).toBe(false);
    expect(mayVisit('about-you', completeAnswers({ nation: '' }), complete)).toBe(true);
    expect(mayVisit('check', completeAnswers(), (step) => isStepComplete(step, completeAnswers()))).toBe(true);
    expect(mayVisit('not-a-step', completeAnswers(), () => true)).toBe(false);
  });

  it('has no step before the start or after the check page', () => {
    expect(previousStep('start', completeAnswers())).toBeNull();
    expect(nextStep('check', completeAnswers())).toBeNull();
  });
});
