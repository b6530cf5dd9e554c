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
const VOYEURISM = 'Sexual Offences Act 2003, sections 67 and 67A';
const TAKING = 'Sexual Offences Act 2003, as changed by the Crime and Policing Act 2026; reported to be section 66AB';
const DEEPFAKE = 'Sexual Offences Act 2003, sections 66E and 66F, added by the Data (Use and Access) Act 2025';

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
  { name: 'E&W threat on 31 January 2024, maximum 2 years (s.66B(10))', when: on('2024-01-31'), what: 'threatened', outcome: 'offence', findings: [['offence', S66B_THREATS]], maximumPenalty: '2 years in prison' },
  { name: 'E&W sharing in 2025', when: on('2025-03-10'), outcome: 'offence', findings: [['offence', S66B]] },
  // Fakes: excluded before 2024, covered after.
  { name: 'E&W fake shared on 30 January 2024', when: on('2024-01-30'), image: 'fake', outcome: 'not-covered', findings: [['not-covered', S33]] },
  { name: 'E&W fake shared on 31 January 2024', when: on('2024-01-31'), image: 'fake', outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'E&W fake threatened in 2022', when: on('2022-05-01'), what: 'threatened', image: 'fake', outcome: 'not-confirmed', findings: [['not-confirmed', S33_THREATS]] },
  { name: 'E&W fake threatened in 2025', when: on('2025-05-01'), what: 'threatened', image: 'fake', outcome: 'offence', findings: [['offence', S66B_THREATS]] },
  // A real image that was edited was covered by the 2015 offence; only images sexual solely because of editing were not (s.35).
  { name: 'E&W edited real image shared in 2016', when: on('2016-06-01'), image: 'real-edited', outcome: 'offence', findings: [['offence', S33]], maximumPenalty: '2 years in prison' },
  { name: 'E&W edited real image shared on 30 January 2024', when: on('2024-01-30'), image: 'real-edited', outcome: 'offence', findings: [['offence', S33]] },
  { name: 'E&W edited real image threatened in 2022', when: on('2022-05-01'), what: 'threatened', image: 'real-edited', outcome: 'offence', findings: [['offence', S33_THREATS]] },
  { name: 'E&W edited real image shared on 31 January 2024', when: on('2024-01-31'), image: 'real-edited', outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'E&W not sure if real, in 2016', when: on('2016-06-01'), image: 'not-sure', outcome: 'offence', findings: [['offence', S33]] },
  // Leap days are real days like any other.
  { name: 'E&W sharing on 29 February 2016', when: on('2016-02-29'), outcome: 'offence', findings: [['offence', S33]] },
  { name: 'E&W sharing on 29 February 2024', when: on('2024-02-29'), outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'NI sharing on 29 February 2016', nation: 'northern-ireland', when: on('2016-02-29'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  // Taking or recording: voyeurism from 1 May 2004, upskirting from 12 April 2019, the taking offence from 29 June 2026 (reported).
  { name: 'E&W taken on 30 April 2004', when: on('2004-04-30'), what: 'taken', outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'E&W taken on 1 May 2004', when: on('2004-05-01'), what: 'taken', outcome: 'offence', findings: [['offence', VOYEURISM]], maximumPenalty: '2 years in prison' },
  { name: 'E&W taken on 11 April 2019', when: on('2019-04-11'), what: 'taken', outcome: 'offence', findings: [['offence', VOYEURISM]] },
  { name: 'E&W taken on 12 April 2019', when: on('2019-04-12'), what: 'taken', outcome: 'offence', findings: [['offence', VOYEURISM]] },
  { name: 'E&W taken on 28 June 2026', when: on('2026-06-28'), what: 'taken', outcome: 'offence', findings: [['offence', VOYEURISM]] },
  { name: 'E&W taken on 29 June 2026', when: on('2026-06-29'), what: 'taken', outcome: 'offence', findings: [['offence', TAKING]] },
  { name: 'E&W taken since 31 January 2024 splits at 29 June 2026', when: { kind: 'since-31-january-2024' }, what: 'taken', outcome: 'offence', findings: [['offence', VOYEURISM], ['offence', TAKING]] },
  { name: 'Scotland taken in 2025 (not described here)', nation: 'scotland', when: on('2025-03-10'), what: 'taken', outcome: 'not-confirmed', findings: [['not-confirmed', null]] },
  { name: 'NI taken in 2025 (not described here)', nation: 'northern-ireland', when: on('2025-03-10'), what: 'taken', outcome: 'not-confirmed', findings: [['not-confirmed', null]] },
  // Creating or asking for a fake: no offence before the 2025 Act became law (19 June 2025); its start (6 February 2026) is not confirmed.
  { name: 'E&W fake created on 31 December 2024', when: on('2024-12-31'), what: 'created', outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'P7: E&W fake created on 1 January 2025, before the Act became law', when: on('2025-01-01'), what: 'created', outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'P7: E&W fake created on 18 June 2025', when: on('2025-06-18'), what: 'created', outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'E&W fake created on 19 June 2025 (the Act passed, start not confirmed)', when: on('2025-06-19'), what: 'created', outcome: 'not-confirmed', findings: [['not-confirmed', DEEPFAKE]] },
  { name: 'E&W fake created on 5 February 2026', when: on('2026-02-05'), what: 'created', outcome: 'not-confirmed', findings: [['not-confirmed', DEEPFAKE]] },
  { name: 'P9: E&W fake created on 6 February 2026, with the summary maximum of s.66E(6)', when: on('2026-02-06'), what: 'created', outcome: 'offence', findings: [['offence', DEEPFAKE]], maximumPenalty: '6 months in prison for creating one' },
  { name: 'Scotland fake created in 2026 (not described here)', nation: 'scotland', when: on('2026-03-01'), what: 'created', outcome: 'not-confirmed', findings: [['not-confirmed', null]] },
  // Both acts at once.
  { name: 'E&W shared and threatened in 2016', when: on('2016-06-01'), what: 'both', outcome: 'mixed', findings: [['offence', S33], ['not-covered', S33]] },
  // Periods instead of dates.
  { name: 'E&W before April 2015', when: { kind: 'before-april-2015' }, outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'E&W between 2015 and 2024', when: { kind: 'april-2015-to-january-2024' }, outcome: 'offence', findings: [['offence', S33]] },
  { name: 'E&W threat between 2015 and 2024 splits at 29 June 2021', when: { kind: 'april-2015-to-january-2024' }, what: 'threatened', outcome: 'mixed', findings: [['not-covered', S33], ['offence', S33_THREATS]] },
  { name: 'E&W since 31 January 2024', when: { kind: 'since-31-january-2024' }, outcome: 'offence', findings: [['offence', S66B]] },
  { name: 'E&W not sure when', when: { kind: 'not-sure' }, outcome: 'mixed', findings: [['no-specific-offence', null], ['offence', S33], ['offence', S66B]] },
  { name: 'E&W threat, not sure when', when: { kind: 'not-sure' }, what: 'threatened', outcome: 'mixed', findings: [['no-specific-offence', null], ['not-covered', S33], ['offence', S33_THREATS], ['offence', S66B_THREATS]] },
  { name: 'E&W shared and threatened between 2015 and 2024 splits threats at 29 June 2021', when: { kind: 'april-2015-to-january-2024' }, what: 'both', outcome: 'mixed', findings: [['offence', S33], ['not-covered', S33], ['offence', S33_THREATS]] },
  // Wales is England and Wales law.
  { name: 'Wales sharing in 2016', nation: 'wales', when: on('2016-06-01'), outcome: 'offence', findings: [['offence', S33]] },
  // Scotland: its own offence from 3 July 2017, threats and fakes included.
  { name: 'Scotland on 2 July 2017', nation: 'scotland', when: on('2017-07-02'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'Scotland on 3 July 2017', nation: 'scotland', when: on('2017-07-03'), outcome: 'offence', findings: [['offence', SCOTLAND]], maximumPenalty: '5 years in prison' },
  { name: 'Scotland in 2016 (the 2015 English law did not apply)', nation: 'scotland', when: on('2016-06-01'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'Scotland threat on 2 July 2017', nation: 'scotland', when: on('2017-07-02'), what: 'threatened', outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'Scotland threat on 3 July 2017', nation: 'scotland', when: on('2017-07-03'), what: 'threatened', outcome: 'offence', findings: [['offence', SCOTLAND]], maximumPenalty: '5 years in prison' },
  { name: 'Scotland, not sure if real, in 2019', nation: 'scotland', when: on('2019-01-01'), image: 'not-sure', outcome: 'offence', findings: [['offence', SCOTLAND]] },
  { name: 'Scotland threat in 2019', nation: 'scotland', when: on('2019-01-01'), what: 'threatened', outcome: 'offence', findings: [['offence', SCOTLAND]] },
  { name: 'Scotland fake in 2019', nation: 'scotland', when: on('2019-01-01'), image: 'fake', outcome: 'offence', findings: [['offence', SCOTLAND]] },
  { name: 'Scotland in 2025', nation: 'scotland', when: on('2025-03-10'), outcome: 'offence', findings: [['offence', SCOTLAND]], maximumPenalty: '5 years in prison' },
  { name: 'Scotland between 2015 and 2024 splits at 3 July 2017', nation: 'scotland', when: { kind: 'april-2015-to-january-2024' }, outcome: 'mixed', findings: [['no-specific-offence', null], ['offence', SCOTLAND]] },
  // Northern Ireland: s.51, start date unconfirmed, threats added by a 2022 Act.
  { name: 'NI on 11 May 2016', nation: 'northern-ireland', when: on('2016-05-11'), outcome: 'no-specific-offence', findings: [['no-specific-offence', null]] },
  { name: 'NI on 12 May 2016 (start not confirmed)', nation: 'northern-ireland', when: on('2016-05-12'), outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
  { name: 'NI on 31 March 2017 (start not confirmed)', nation: 'northern-ireland', when: on('2017-03-31'), outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
  { name: 'NI on 1 April 2017', nation: 'northern-ireland', when: on('2017-04-01'), outcome: 'offence', findings: [['offence', NI]], maximumPenalty: null },
  { name: 'NI in 2025', nation: 'northern-ireland', when: on('2025-03-10'), outcome: 'offence', findings: [['offence', NI]], maximumPenalty: null },
  { name: 'NI threat in 2020', nation: 'northern-ireland', when: on('2020-01-01'), what: 'threatened', outcome: 'not-covered', findings: [['not-covered', NI]] },
  { name: 'NI threat on 26 April 2022', nation: 'northern-ireland', when: on('2022-04-26'), what: 'threatened', outcome: 'not-covered', findings: [['not-covered', NI]] },
  { name: 'NI threat on 27 April 2022 (start not confirmed)', nation: 'northern-ireland', when: on('2022-04-27'), what: 'threatened', outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
  { name: 'NI threat in 2023 before 27 November', nation: 'northern-ireland', when: on('2023-11-26'), what: 'threatened', outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
  { name: 'NI threat on 27 November 2023', nation: 'northern-ireland', when: on('2023-11-27'), what: 'threatened', outcome: 'offence', findings: [['offence', NI]] },
  { name: 'NI, not sure if real, in 2025', nation: 'northern-ireland', when: on('2025-03-10'), image: 'not-sure', outcome: 'offence', findings: [['offence', NI]] },
  { name: 'NI fake in 2025', nation: 'northern-ireland', when: on('2025-03-10'), image: 'fake', outcome: 'not-confirmed', findings: [['not-confirmed', NI]] },
];

describe('whichLaw', () => {
  it.each(table)('$name', (row) => {
    const result = ask({ nation: row.nation, when: row.when, what: row.what, image: row.image });
    expect(result.outcome).toBe(row.outcome);
    expect(result.findings.map((f) => [f.status, f.offence?.law ?? null])).toEqual(row.findings);
    if (row.maximumPenalty !== undefined) expect(result.findings.at(-1)!.maximumPenalty?.text ?? null).toBe(row.maximumPenalty);
    expect(result.headline).not.toBe('');
    for (const page of result.readMore) expect(lawPageSlugs).toContain(page.slug);
  });

  it('says what the 2015 offence required: intent to cause distress, natural consequence not enough', () => {
    const [finding] = ask({ when: on('2016-06-01') }).findings;
    expect(finding!.required.join(' ')).toMatch(/meant to cause you distress/);
    expect(finding!.required.join(' ')).toMatch(/not enough that distress was the natural result/);
    expect(finding!.notes.join(' ')).toMatch(/no automatic right to stay anonymous/);
  });

  it('says the 2024 base offence needs no intent and carries 6 months, and hedges its time limit', () => {
    const [finding] = ask({ when: on('2025-03-10') }).findings;
    expect(finding!.notes.join(' ')).toMatch(/no need to prove they meant to cause you distress/);
    expect(finding!.maximumPenalty!.text).toMatch(/^6 months/);
    expect(finding!.maximumPenalty!.hedge).toMatch(/faithful copy of section 66B/);
    const notes = finding!.notes.join(' ');
    expect(notes).toMatch(/within 6 months/);
    expect(notes).toMatch(/up to 3 years .* we have not been able to confirm/);
    expect(notes).toMatch(/do not let the time limit stop you reporting/);
    expect(notes).toMatch(/anonymous for life/);
  });

  it('gives the 2-year maximum for a threat since 2024, with its source hedge, and says the image need not exist', () => {
    const [finding] = ask({ when: on('2025-03-10'), what: 'threatened' }).findings;
    expect(finding!.maximumPenalty).toEqual({ text: '2 years in prison', hedge: expect.stringMatching(/section 66B/) });
    expect(finding!.notes.join(' ')).toMatch(/does not have to prove that the image exists/);
  });

  it('tells someone whose real image was edited, before 2024, that it was covered and has no time limit', () => {
    const [finding] = ask({ when: on('2019-06-01'), image: 'real-edited' }).findings;
    expect(finding!.status).toBe('offence');
    expect(finding!.notes.join(' ')).toMatch(/real intimate image that had been edited .* still did/);
    expect(finding!.notes.join(' ')).toMatch(/no time limit/);
  });

  it('tells someone whose fake was shared before 2024 to answer again if it was a real image edited', () => {
    const [finding] = ask({ when: on('2019-06-01'), image: 'fake' }).findings;
    expect(finding!.status).toBe('not-covered');
    expect(finding!.notes.join(' ')).toMatch(/If it was a real intimate image that had been edited, answer again/);
  });

  it('hedges the date of the fake-image offences rather than stating it', () => {
    const [finding] = ask({ when: on('2026-03-01'), what: 'created' }).findings;
    expect(finding!.notes.join(' ')).toMatch(/reported to have started on 6 February 2026, but we have not seen the official commencement order/);
    expect(finding!.notes.join(' ')).toMatch(/within 6 months of the prosecutor having enough evidence, and within 3 years/);
  });

  it('never answers a plain yes on the unverified start of the fake-image offences', () => {
    const result = ask({ when: on('2026-10-01'), what: 'created', image: 'fake' });
    expect(result.findings[0]!.startNotConfirmed).toBe(true);
    expect(result.headline).toMatch(/^Probably\. .* we have not confirmed the date it started/);
    expect(ask({ when: on('2025-03-10') }).headline).toMatch(/^Yes\./);
  });

  it('hedges the 2026 taking offence as reported', () => {
    const [finding] = ask({ when: on('2026-07-01'), what: 'taken' }).findings;
    expect(finding!.notes.join(' ')).toMatch(/reported to be in force from 29 June 2026/);
    expect(finding!.maximumPenalty!.hedge).toMatch(/legal commentary/);
  });

  it('says each act is judged on its own day when a period crosses a change in the law', () => {
    expect(ask({ when: { kind: 'april-2015-to-january-2024' }, what: 'threatened' }).caveats.join(' ')).toMatch(
      /judged by the law on the day it happened/,
    );
    expect(ask({ when: on('2019-06-01'), what: 'threatened' }).caveats.join(' ')).not.toMatch(/judged by the law/);
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

  it.each(['england', 'wales', 'scotland', 'northern-ireland'] as const)(
    'for an image of an under-18 in %s, gives the adult law as well as the child-image law, and both routes by age now',
    (nation) => {
      const result = ask({ nation, when: on('2025-03-10'), under18: 'yes' });
      expect(result.outcome).toBe('under-18');
      expect(result.headline).toMatch(/as well as/);
      expect(result.findings.map((f) => f.status)).toEqual(['offence']);
      const caveats = result.caveats.join(' ');
      expect(caveats).toMatch(/If you are under 18 now, Report Remove/);
      expect(caveats).toMatch(/18 or over now .* Report Remove is not for you/);
      expect(caveats).toMatch(/never look at, save, copy or forward it/);
      expect(result.helplines[0]!.number).toBe('0800 1111');
      expect(result.readMore[0]!.slug).toBe('under-18');
    },
  );

  it('names the Protection of Children Act 1978 as applying as well as s.66B in England and Wales', () => {
    const result = ask({ when: on('2025-03-10'), under18: 'yes' });
    expect(result.findings[0]!.offence!.law).toBe(S66B);
    expect(result.caveats[0]).toMatch(/Protection of Children Act 1978.*as well as the laws on intimate images, not instead/);
  });

  it('for an image of an under-18 outside the UK, still gives the routes by age and Childline', () => {
    const result = ask({ nation: 'elsewhere', when: on('2025-03-10'), under18: 'yes' });
    expect(result.caveats.join(' ')).toMatch(/Report Remove/);
    expect(result.helplines.map((h) => h.number)).toContain('0800 1111');
  });

  it('shows the domestic abuse helpline for the nation, and all of them when the nation is not in the UK', () => {
    const numbers = (nation: Nation) => ask({ nation, when: on('2025-03-10') }).helplines.map((h) => h.number);
    expect(numbers('scotland')).toContain('0800 027 1234');
    expect(numbers('scotland')).not.toContain('0808 2000 247');
    expect(numbers('england')).toContain('0808 2000 247');
    expect(numbers('wales')).toEqual(expect.arrayContaining(['0808 80 10 800']));
    expect(numbers('wales')).not.toContain('0808 2000 247');
    expect(numbers('northern-ireland')).toContain('0808 802 1414');
    expect(numbers('elsewhere')).toEqual(
      expect.arrayContaining(['0808 2000 247', '0808 80 10 800', '0800 027 1234', '0808 802 1414']),
    );
    expect(numbers('england')).not.toContain('0800 1111');
  });

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

describe('the December 2026 legal review, answer by answer', () => {
  it('P0: an s.66B(1) sharing after the 2026 Act still hedges the 3-year change it could not confirm, and says not to let the limit stop a report', () => {
    const [finding] = ask({ when: on('2026-07-01') }).findings;
    const notes = finding!.notes.join(' ');
    expect(notes).toMatch(/within 6 months of the sharing/);
    expect(notes).toMatch(/allow up to 3 years instead, and the Act became law on 29 April 2026, but we have not been able to confirm from the Act’s own words whether, or from when/);
    expect(notes).toMatch(/do not let the time limit stop you reporting/);
  });

  it('P2: the taking offence gives the base offence its own reported maximum, 2 years only for the serious versions, a time-limit warning and a hedged section number', () => {
    const [finding] = ask({ when: on('2026-07-01'), what: 'taken' }).findings;
    expect(finding!.offence!.law).toMatch(/reported to be section 66AB/);
    expect(finding!.maximumPenalty!.text).toMatch(/^reported to be 6 months in prison for the basic offence; up to 2 years in prison is reported only if they meant to cause alarm, distress or humiliation, or did it for sexual gratification/);
    expect(finding!.maximumPenalty!.hedge).toMatch(/not been able to read the Act’s own words/);
    const notes = finding!.notes.join(' ');
    expect(notes).toMatch(/time limit: a prosecution had to start within 6 months/);
    expect(notes).toMatch(/do not let the time limit stop you reporting/);
    expect(notes).toMatch(/There is no need to prove why they did it/);
  });

  it('P3: a fake created in 2026 reads more on the England and Wales page, not the 2015 one', () => {
    const slugs = ask({ when: on('2026-02-06'), what: 'created' }).readMore.map((page) => page.slug);
    expect(slugs[0]).toBe('england-and-wales');
    expect(slugs).not.toContain('the-2015-offence');
  });

  it('P6: the fake-image offences test whether the image appears to be of an adult, and an under-18 answer does not contradict itself', () => {
    const adult = ask({ when: on('2026-03-01'), what: 'created' }).findings[0]!;
    expect(adult.required).toContain('the image appears to be of an adult');
    expect(adult.required.join(' ')).not.toMatch(/you were an adult/);

    const child = ask({ when: on('2026-03-01'), what: 'created', under18: 'yes' });
    expect(child.headline).toMatch(/as well as the laws on intimate images below/);
    expect(child.findings.map((f) => f.status)).toEqual(['offence']);
    expect(child.findings[0]!.notes.join(' ')).toMatch(/appears to show you as an adult can fall under them even if you were under 18/);
    expect(child.findings[0]!.notes.join(' ')).toMatch(/looks like a child is covered by the laws on indecent images of children instead/);
  });

  it('P7: a threat in Northern Ireland before the 2022 Act was not covered, even before section 51 is known to have started', () => {
    for (const date of ['2016-05-12', '2016-06-01', '2017-03-31']) {
      const result = ask({ nation: 'northern-ireland', when: on(date), what: 'threatened' });
      expect(result.outcome, date).toBe('not-covered');
      expect(result.headline).not.toMatch(/cannot say for certain/);
      expect(result.findings[0]!.notes.join(' ')).toMatch(/covered sharing only/);
    }
  });

  it('P7: a fake created before the 2025 Act became law had no specific offence, and the answer says when the Act passed', () => {
    const [finding] = ask({ when: on('2025-03-01'), what: 'created' }).findings;
    expect(finding!.status).toBe('no-specific-offence');
    expect(finding!.period.label).toBe('Before 19 June 2025');
    expect(finding!.notes.join(' ')).toMatch(/became law on 19 June 2025/);
  });

  it('P9: the fake-image answer gives the summary maximum of s.66E(6), hedged, instead of "not confirmed"', () => {
    const [finding] = ask({ when: on('2026-03-01'), what: 'created' }).findings;
    expect(finding!.maximumPenalty).toEqual({ text: '6 months in prison for creating one', hedge: expect.stringMatching(/offences heard only in a magistrates’ court/) });
  });

  it('P12: voyeurism is a crime only if they had the purpose it needs, so the headline says "if", never a plain yes', () => {
    const result = ask({ when: on('2020-06-01'), what: 'taken' });
    expect(result.headline).toBe(
      'Possibly. In England and Wales, a specific crime covered this if they did it for sexual gratification, or, for upskirting, also if they meant to humiliate, alarm or distress you. Read the notes below.',
    );
    expect(result.findings[0]!.condition).toMatch(/sexual gratification/);
    expect(ask({ when: { kind: 'since-31-january-2024' }, what: 'taken' }).headline).toMatch(/^Possibly\. .* why they did it/);
  });

  it.each(['england', 'wales', 'scotland', 'northern-ireland'] as const)(
    'P5: an answer for %s says to report even if the person is abroad, and cites the helpline’s police advice',
    (nation) => {
      const result = ask({ nation, when: on('2025-03-10') });
      expect(result.caveats.join(' ')).toMatch(/If the person who did it is in another country, report it anyway\. .* a prosecution may not be possible\. The ways to get the image taken down work wherever they are/);
      expect(result.sources.map((source) => source.url)).toContain('https://revengepornhelpline.org.uk/information-and-advice/police-and-courts-advice/ask-an-officer');
    },
  );

  it('P10: every answer offers StopNCII and the intimate image content report, hedged, with the civil routes page', () => {
    for (const nation of ['england', 'scotland', 'northern-ireland', 'elsewhere'] as const) {
      const { removal } = ask({ nation, when: on('2025-03-10') });
      expect(removal!.text).toMatch(/StopNCII\.org .* as soon as someone threatens to share it/);
      expect(removal!.text).toMatch(/From 29 June 2026, you can also make an “intimate image content report” to a site: it must then have systems to take the image down as soon as reasonably practicable, and no later than 48 hours, unless/);
      expect(removal!.text).toMatch(/reported to be in force from 29 June 2026/);
      expect(removal!.href).toBe('/law/civil-routes-and-removal');
    }
  });

  it('P10: the Revenge Porn Helpline in an answer carries its opening hours', () => {
    const rph = ask({ when: on('2025-03-10') }).helplines.find((entry) => entry.id === 'revenge-porn-helpline')!;
    expect(rph.hours!.text).toBe('Monday to Friday, 10am to 4pm, not on bank holidays');
  });

  it('walk 3: each answer lists only the sources for what it says', () => {
    const scotland = ask({ nation: 'scotland', when: on('2025-03-10') }).sources.map((source) => source.title);
    expect(scotland.join(' ')).toMatch(/Abusive Behaviour and Sexual Harm \(Scotland\) Act 2016/);
    expect(scotland.join(' ')).not.toMatch(/Criminal Justice and Courts Act|Northern Ireland|Sexual Offences Act 2003, section 66B/);
    const shared2016 = ask({ when: on('2016-06-01') }).sources.map((source) => source.title).join(' ');
    expect(shared2016).toMatch(/Criminal Justice and Courts Act 2015/);
    expect(shared2016).not.toMatch(/Scotland|Northern Ireland|Data \(Use and Access\)/);
    const urls = ask({ when: { kind: 'not-sure' }, what: 'both' }).sources.map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('walk 3: the 2026 "taken" headline is no surer than "reported to be in force"', () => {
    const result = ask({ when: on('2026-08-01'), what: 'taken' });
    expect(result.headline).toMatch(/^Probably\. .* we have not confirmed the date it started/);
    expect(result.headline).not.toMatch(/^Yes/);
  });

  it('walk 3: the periods offered for Scotland and Northern Ireland follow their own law', () => {
    expect(ask({ nation: 'scotland', when: { kind: 'scotland-before-july-2017' } }).outcome).toBe('no-specific-offence');
    expect(ask({ nation: 'scotland', when: { kind: 'scotland-since-july-2017' } }).outcome).toBe('offence');
    expect(ask({ nation: 'northern-ireland', when: { kind: 'ni-before-may-2016' }, what: 'both' }).outcome).toBe('no-specific-offence');
    expect(ask({ nation: 'northern-ireland', when: { kind: 'ni-since-november-2023' }, what: 'both' }).outcome).toBe('offence');
  });
});
