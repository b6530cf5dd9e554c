import { describe, expect, it } from 'vitest';
import { lawPageSlugs } from './pages';
import {
  whichLaw,
  type FindingStatus,
  type Nation,
  type WhatHappened,
  type WhenAnswer,
  type WhichLawOutcome,
  type WhichLawQuestion,
} from './which-law';

const S33 = 'Criminal Justice and Courts Act 2015, section 33';
const S33_THREATS = 'Criminal Justice and Courts Act 2015, section 33, as changed by the Domestic Abuse Act 2021';
const S66B = 'Sexual Offences Act 2003, section 66B(1) to (3)';
const S66B_THREATS = 'Sexual Offences Act 2003, section 66B(4)';
const SCOTLAND = 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, section 2';
const NI = 'Justice Act (Northern Ireland) 2016, section 51';

const on = (date: string): WhenAnswer => ({ kind: 'date', date });

/** Asks with the defaults (England, shared, real, adult) for anything the row leaves out. */
function ask(overrides: Partial<WhichLawQuestion> & { when: WhenAnswer }): ReturnType<typeof whichLaw> {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return whichLaw({ nation: 'england', what: 'shared', image: 'real', under18: 'no', ...given } as WhichLawQuestion);
}

type Row = {
  name: string;
  nation?: Nation;
  when: WhenAnswer;
  what?: WhatHappened;
  image?: WhichLawQuestion['image'];
  outcome: WhichLawOutcome;
  /** [status, law or null] for each finding, in order. */
  findings: [FindingStatus, string | null][];
  maximumPenalty?: string | null;
};

const table: Row[] = [
  // England and Wales: the 2015 boundary.
  { name: 'E&W sharing on 12 April 2015', when: on('2015-04-12'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'E&W sharing on 13 April 2015', when: on('2015-04-13'), outcome: 'offence', findings: [['offence', S33]], maximumPenalty: '2 years in prison' },
  { name: 'E&W sharing in 2016', when: on('2016-06-01'), outcome: 'offence', findings: [['offence', S33]], maximumPenalty: '2 years in prison' },
  // Threats: covered only from 29 June 2021.
  { name: 'E&W threat on 12 April 2015', when: on('2015-04-12'), what: 'threatened', outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'E&W threat on 13 April 2015', when: on('2015-04-13'), what: 'threatened', outcome: 'not-covered', findings: [['not-covered', S33]] },
  { name: 'E&W threat on 28 June 2021', when: on('2021-06-28'), what: 'threatened', outcome: 'not-covered', findings: [['not-covered', S33]] },
  { name: 'E&W threat on 29 June 2021', when: on('2021-06-29'), what: 'threatened', outcome: 'offence', findings: [['offence', S33_THREATS]], maximumPenalty: '2 years in prison' },
  // The 2024 boundary.
  { name: 'E&W sharing on 30 January 2024', when: on('2024-01-30'), outcome: 'offence', findings: [['offence', S33]], maximumPenalty: '2 years in prison' },
  { name: 'E&W sharing on 31 January 2024', when: on('2024-01-31'), outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'E&W threat on 30 January 2024', when: on('2024-01-30'), what: 'threatened', outcome: 'offence', findings: [['offence', S33_THREATS]] },
  { name: 'E&W threat on 31 January 2024, maximum not printed', when: on('2024-01-31'), what: 'threatened', outcome: 'offence', findings: [['offence', S66B_THREATS]], maximumPenalty: null },
  { name: 'E&W sharing in 2025', when: on('2025-03-10'), outcome: 'offence', findings: [['offence', S66B]] },
  // Fakes: excluded before 2024, covered after.
  { name: 'E&W fake shared on 30 January 2024', when: on('2024-01-30'), image: 'fake-or-altered', outcome: 'not-covered', findings: [['not-covered', S33]] },
  { name: 'E&W fake shared on 31 January 2024', when: on('2024-01-31'), image: 'fake-or-altered', outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'E&W fake threatened in 2022', when: on('2022-05-01'), what: 'threatened', image: 'fake-or-altered', outcome: 'not-confirmed', findings: [['not-confirmed', S33_THREATS]] },
  { name: 'E&W fake threatened in 2025', when: on('2025-05-01'), what: 'threatened', image: 'fake-or-altered', outcome: 'offence', findings: [['offence', S66B_THREATS]] },
  // Both acts at once.
  { name: 'E&W shared and threatened in 2016', when: on('2016-06-01'), what: 'both', outcome: 'mixed', findings: [['offence', S33], ['not-covered', S33]] },
  // Periods instead of dates.
  { name: 'E&W before April 2015', when: { kind: 'before-april-2015' }, outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'E&W between 2015 and 2024', when: { kind: 'april-2015-to-january-2024' }, outcome: 'offence', findings: [['offence', S33]] },
  { name: 'E&W threat between 2015 and 2024 splits at 29 June 2021', when: { kind: 'april-2015-to-january-2024' }, what: 'threatened', outcome: 'mixed', findings: [['not-covered', S33], ['offence', S33_THREATS]] },
  { name: 'E&W since 31 January 2024', when: { kind: 'since-31-january-2024' }, outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'E&W not sure when', when: { kind: 'not-sure' }, outcome: 'mixed', findings: [['no-specific-offence', null], ['offence', S33], ['offence', S66B]] },
  { name: 'E&W threat, not sure when', when: { kind: 'not-sure' }, what: 'threatened', outcome: 'mixed', findings: [['no-specific-offence', null], ['not-covered', S33], ['offence', S33_THREATS], ['offence', S66B_THREATS]] },
  // Wales is England and Wales law.
  { name: 'Wales sharing in 2016', nation: 'wales', when: on('2016-06-01'), outcome: 'offence', findings: [['offence', S33]] },
  // Scotland: its own offence from 3 July 2017, threats and fakes included.
  { name: 'Scotland on 2 July 2017', nation: 'scotland', when: on('2017-07-02'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'Scotland on 3 July 2017', nation: 'scotland', when: on('2017-07-03'), outcome: 'offence', findings: [['offence', SCOTLAND]], maximumPenalty: '5 years in prison' },
  { name: 'Scotland in 2016 (the 2015 English law did not apply)', nation: 'scotland', when: on('2016-06-01'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'Scotland threat in 2019', nation: 'scotland', when: on('2019-01-01'), what: 'threatened', outcome: 'offence', findings: [['offence', SCOTLAND]] },
  { name: 'Scotland fake in 2019', nation: 'scotland', when: on('2019-01-01'), image: 'fake-or-altered', outcome: 'offence', findings: [['offence', SCOTLAND]] },
  { name: 'Scotland in 2025', nation: 'scotland', when: on('2025-03-10'), outcome: 'offence', findings: [['offence', SCOTLAND]], maximumPenalty: '5 years in prison' },
  { name: 'Scotland between 2015 and 2024 splits at 3 July 2017', nation: 'scotland', when: { kind: 'april-2015-to-january-2024' }, outcome: 'mixed', findings: [['no-specific-offence', null], ['offence', SCOTLAND]] },
  // Northern Ireland: s.51, start date unconfirmed, threats added by a 2022 Act.
  { name: 'NI on 11 May 2016', nation: 'northern-ireland', when: on('2016-05-11'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'NI on 12 May 2016 (start not confirmed)', nation: 'northern-ireland', when: on('2016-05-12'), outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
  { name: 'NI on 1 April 2017', nation: 'northern-ireland', when: on('2017-04-01'), outcome: 'offence', findings: [['offence', NI]], maximumPenalty: null },
  { name: 'NI in 2025', nation: 'northern-ireland', when: on('2025-03-10'), outcome: 'offence', findings: [['offence', NI]], maximumPenalty: null },
  { name: 'NI threat in 2020', nation: 'northern-ireland', when: on('2020-01-01'), what: 'threatened', outcome: 'not-covered', findings: [['not-covered', NI]] },
  { name: 'NI threat in 2023 before 27 November', nation: 'northern-ireland', when: on('2023-11-26'), what: 'threatened', outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
  { name: 'NI threat on 27 November 2023', nation: 'northern-ireland', when: on('2023-11-27'), what: 'threatened', outcome: 'offence', findings: [['offence', NI]] },
  { name: 'NI fake in 2025', nation: 'northern-ireland', when: on('2025-03-10'), image: 'fake-or-altered', outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
];

describe('whichLaw', () => {
  it.each(table)('$name', (row) => {
    const result = ask({ nation: row.nation, when: row.when, what: row.what, image: row.image });
    expect(result.outcome).toBe(row.outcome);
    expect(result.findings.map((f) => [f.status, f.offence?.law ?? null])).toEqual(row.findings);
    if (row.maximumPenalty !== undefined) expect(result.findings[0]!.maximumPenalty).toBe(row.maximumPenalty);
    expect(result.headline).not.toBe('');
    for (const page of result.readMore) expect(lawPageSlugs).toContain(page.slug);
  });

  it('says what the 2015 offence required: intent to cause distress, natural consequence not enough', () => {
    const [finding] = ask({ when: on('2016-06-01') }).findings;
    expect(finding!.required.join(' ')).toMatch(/meant to cause you distress/);
    expect(finding!.required.join(' ')).toMatch(/not enough that distress was the natural result/);
    expect(finding!.notes.join(' ')).toMatch(/no automatic right to stay anonymous/);
  });

  it('says the 2024 base offence needs no intent, carries 6 months and has a time limit', () => {
    const [finding] = ask({ when: on('2025-03-10') }).findings;
    expect(finding!.notes.join(' ')).toMatch(/no need to prove they meant to cause you distress/);
    expect(finding!.maximumPenalty).toMatch(/^6 months/);
    expect(finding!.notes.join(' ')).toMatch(/within 6 months/);
    expect(finding!.notes.join(' ')).toMatch(/anonymous for life/);
  });

  it('hedges the date of the 2026 fake-image offences rather than stating it', () => {
    const [finding] = ask({ when: on('2026-03-01'), image: 'fake-or-altered' }).findings;
    expect(finding!.notes.join(' ')).toMatch(/reported to have started on 6 February 2026; we have not yet confirmed/);
  });

  it('never prints a maximum for Northern Ireland, where the statute is not checked', () => {
    for (const when of [on('2018-01-01'), on('2025-01-01'), { kind: 'not-sure' } as const]) {
      for (const finding of ask({ nation: 'northern-ireland', when, what: 'both' }).findings) {
        expect(finding.maximumPenalty).toBeNull();
      }
    }
  });

  it('points each nation to its own page first', () => {
    expect(ask({ when: on('2016-06-01') }).readMore[0]!.slug).toBe('the-2015-offence');
    expect(ask({ when: on('2025-03-10') }).readMore[0]!.slug).toBe('england-and-wales');
    expect(ask({ nation: 'scotland', when: on('2025-03-10') }).readMore[0]!.slug).toBe('scotland');
    expect(ask({ nation: 'northern-ireland', when: on('2025-03-10') }).readMore[0]!.slug).toBe('northern-ireland');
    expect(ask({ when: { kind: 'not-sure' } }).readMore.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['england-and-wales', 'the-2015-offence', 'related-offences']),
    );
  });

  it.each(['england', 'wales', 'scotland', 'northern-ireland', 'elsewhere'] as const)(
    'treats an image of an under-18 as a different matter in %s, whatever the date',
    (nation) => {
      const result = ask({ nation, when: on('2016-06-01'), under18: 'yes' });
      expect(result.outcome).toBe('under-18');
      expect(result.findings).toEqual([]);
      expect(result.caveats.join(' ')).toMatch(/Report Remove/);
      expect(result.caveats.join(' ')).toMatch(/never look at, copy or forward it/);
      expect(result.readMore[0]!.slug).toBe('under-18');
    },
  );

  it('warns, and points to the under-18 page, when they are not sure of the age', () => {
    const result = ask({ when: on('2025-03-10'), under18: 'not-sure' });
    expect(result.outcome).toBe('offence');
    expect(result.caveats[0]).toMatch(/under 18/);
    expect(result.readMore[0]!.slug).toBe('under-18');
  });

  it('says when the date matters when they are not sure of it', () => {
    const result = ask({ nation: 'scotland', when: { kind: 'not-sure' } });
    expect(result.caveats.join(' ')).toMatch(/depends on when/);
    expect(result.findings.map((f) => f.period.label)).toEqual(['Before 3 July 2017', 'From 3 July 2017']);
  });

  it('labels periods by their legal boundaries', () => {
    const result = ask({ when: { kind: 'not-sure' }, what: 'threatened' });
    expect(result.findings.map((f) => f.period.label)).toEqual([
      'Before 13 April 2015',
      '13 April 2015 to 28 June 2021',
      '29 June 2021 to 30 January 2024',
      'From 31 January 2024',
    ]);
  });

  it('does not guess about the law outside the UK', () => {
    const result = ask({ nation: 'elsewhere', when: on('2025-03-10') });
    expect(result.outcome).toBe('outside-uk');
    expect(result.jurisdiction).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('never calls England and Wales law "UK law"', () => {
    for (const row of table) {
      const text = JSON.stringify(ask({ nation: row.nation, when: row.when, what: row.what, image: row.image }));
      expect(text).not.toMatch(/UK law/i);
    }
  });
});

describe('whichLaw outside England and Wales', () => {
  it('does not name English offences, or link the English related-offences page, for Scotland or Northern Ireland', () => {
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      const result = ask({ nation, when: { kind: 'not-sure' }, what: 'both' });
      expect(JSON.stringify(result.findings)).not.toMatch(/blackmail|harassment/);
      expect(result.readMore.map((page) => page.slug)).not.toContain('related-offences');
    }
  });
});
