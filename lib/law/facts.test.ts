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
