import { describe, expect, it } from 'vitest';
import { allFacts, dayBeforeFact, fact, facts, hedgeFor } from './facts';

describe('the legal facts', () => {
  it.each(allFacts.map((entry) => [entry.id, entry] as const))('%s has a status and an https source with what was seen', (_id, entry) => {
    expect(['verified', 'reported', 'unverified']).toContain(entry.status);
    expect(entry.evidence.length).toBeGreaterThan(0);
    for (const evidence of entry.evidence) {
      expect(new URL(evidence.url).protocol).toBe('https:');
      expect(evidence.checked).toMatch(/^2026-\d{2}-\d{2}$/);
      expect(evidence.seen.trim().length).toBeGreaterThan(10);
    }
  });

  it('verifies a fact only on an official page', () => {
    for (const entry of allFacts.filter((candidate) => candidate.status === 'verified')) {
      expect(entry.evidence.some((evidence) => evidence.kind === 'official'), entry.id).toBe(true);
    }
  });

  it('gives every fact that is not verified a plain hedge that says how sure we are', () => {
    for (const entry of allFacts.filter((candidate) => candidate.status !== 'verified')) {
      expect(hedgeFor(entry.id).length, entry.id).toBeGreaterThan(40);
    }
    for (const entry of allFacts.filter((candidate) => candidate.status === 'verified')) {
      expect(hedgeFor(entry.id)).toBe('');
    }
  });

  it('never states an unverified fact without saying it is only reported', () => {
    for (const entry of allFacts.filter((candidate) => candidate.status === 'unverified')) {
      expect(hedgeFor(entry.id), entry.id).toMatch(/reported/);
      expect(hedgeFor(entry.id), entry.id).toMatch(/not (yet )?(seen|checked|confirmed)/);
    }
  });

  it('writes dates in words, and the day before a change', () => {
    expect(fact('ew2024OffencesStart')).toBe('31 January 2024');
    expect(dayBeforeFact('ew2024OffencesStart')).toBe('30 January 2024');
    expect(fact('s66bSeriousMaximum')).toBe('2 years in prison');
    expect(facts.crimeAndPolicingActFirstChanges.status).toBe('reported');
  });
});

describe('the December 2026 legal review, fact by fact', () => {
  it('P1: the 48-hour duty is systems to take down as soon as reasonably practicable and within 48 hours at most, with its exceptions', () => {
    expect(facts.takedownDeadline.about).toContain(
      'systems to take it down as soon as reasonably practicable and no later than 48 hours, unless the provider considers it is not intimate image content or the reporter is not the person shown or acting for them',
    );
    expect(facts.takedownDeadline.evidence.map((evidence) => evidence.seen).join(' ')).toMatch(/as soon as reasonably practicable, and no later than 48 hours/);
  });

  it('P1: the five things an intimate image content report must say are facts, each from s.20A(2)(a) to (e)', () => {
    const parts = [
      ['contentReportSaysIntimateImage', '(a)'],
      ['contentReportSaysWhoReports', '(b)'],
      ['contentReportSaysGoodFaith', '(c)'],
      ['contentReportIdentifiesContent', '(d)'],
      ['contentReportGivesContactDetails', '(e)'],
    ] as const;
    for (const [id, paragraph] of parts) {
      expect(facts[id].about, id).toContain(`s.20A(2)${paragraph}`);
      expect(facts[id].evidence[0].seen, id).toContain(`s.20A(2)${paragraph}`);
      expect(facts[id].status, id).toBe('reported');
      expect(hedgeFor(id)).toMatch(/word-for-word copy/);
    }
  });

  it('P9: Royal Assent and the commencement regulations are verified on GOV.UK, and say so nowhere as "reported"', () => {
    for (const id of ['crimeAndPolicingActPassed', 'commencementOrder'] as const) {
      expect(facts[id].status).toBe('verified');
      expect(facts[id].evidence.some((evidence) => evidence.kind === 'official' && evidence.url.startsWith('https://www.gov.uk/'))).toBe(true);
      expect(hedgeFor(id)).toBe('');
    }
  });

  it('P0: the time limit records what was searched for in the Act, and stays hedged until the enacted text is read', () => {
    expect(facts.summaryTimeLimit.status).toBe('reported');
    expect(facts.summaryTimeLimit.evidence.some((evidence) => evidence.checked === '2026-12-08' && /section 127/.test(evidence.seen))).toBe(true);
    expect(hedgeFor('summaryTimeLimit')).toMatch(/not been able to confirm from the Act’s own words whether, or from when/);
  });

  it('P2: the taking offences keep 2 years for the serious versions only, and give the base offence its own reported maximum', () => {
    expect(facts.takingMaximum.about).toMatch(/more serious versions only/);
    expect(fact('takingBasicMaximum')).toBe('6 months in prison');
    expect(hedgeFor('takingBasicMaximum')).toMatch(/not been able to read the Act’s own words/);
  });

  it('P7: the 2025 Act’s Royal Assent is the first day the fake-image offences could exist, hedged as reported', () => {
    expect(fact('deepfakeActPassed')).toBe('19 June 2025');
    expect(hedgeFor('deepfakeActPassed')).toMatch(/reported/);
  });
});
