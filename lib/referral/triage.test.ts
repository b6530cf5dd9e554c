import { describe, expect, it } from 'vitest';
import { completeAnswers } from '@/testing/test-answers';
import { triage } from './triage';

const calm = completeAnswers({ inDanger: 'no', whatHappened: ['shared'], demands: ['no'], otherAbuse: ['none'], otherPersonAccess: ['no'] });

describe('triage', () => {
  it('is standard when nothing raises it', () => {
    expect(triage(calm)).toEqual({ priority: 'standard', reasons: [] });
  });

  it('is urgent when the person is in danger now, whatever else', () => {
    expect(triage({ ...calm, inDanger: 'yes' })).toEqual({ priority: 'urgent', reasons: ['Said they are in danger now (was told to call 999 first)'] });
  });

  it.each([
    [{ whatHappened: ['threatened'] }, 'Someone is threatening to share images'],
    [{ demands: ['money', 'more-images'] }, 'Demands made: Money; More images'],
    [{ otherAbuse: ['tracking'] }, 'Other abuse: Tracked where you are, for example with your phone’s location'],
    [{ otherPersonAccess: ['email', 'accounts'] }, 'The other person can see: Your email; Your social media or other accounts'],
  ])('is high for %o', (change, reason) => {
    expect(triage({ ...calm, ...change })).toEqual({ priority: 'high', reasons: [reason] });
  });

  it('does not count "I’m not sure" or "prefer not to say" as a reason', () => {
    expect(triage({ ...calm, demands: ['not-sure'], otherAbuse: ['prefer-not-to-say'], otherPersonAccess: ['not-sure'] }).priority).toBe('standard');
  });
});
