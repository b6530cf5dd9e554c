/**
 * The service's figures on a seeded set of 31 cases, against values counted by hand, with small
 * cells suppressed and the cells that would give them away withheld. The store's SQL counts are
 * tested on both stores in lib/storage/store-contract.test.ts; here the cases are counted simply.
 */
import { describe, expect, it } from 'vitest';
import { contactDeadline, DAY_MS, type CaseOutcome } from '@/lib/cases/case-state';
import type { Nation } from '@/lib/nations';
import type { Priority } from '@/lib/referral/triage';
import { cellText, computeFigures, CONTACT_DAYS_KEPT, contactDays, contactTenths, figurePeriods, figuresCsv, weekOf, weekStart, type CountTable, type FigureCell, type FigureCounts } from './figures';

type FigureCase = {
  nation: Nation;
  priority: Priority | null;
  receivedAt: number;
  firstContactedAt: number | null;
  outcome: CaseOutcome | null;
  overdueNow: boolean;
};

/** The counts the store gives, from a list of cases: each case a group of one. */
function countsOf(cases: FigureCase[]): FigureCounts {
  const contacted = cases.filter((c): c is FigureCase & { firstContactedAt: number } => c.firstContactedAt !== null);
  const ended: FigureCounts['ended'] = {};
  for (const c of cases) if (c.outcome) ended[c.outcome] = (ended[c.outcome] ?? 0) + 1;
  return {
    arrivals: cases.map((c) => ({ firstAt: c.receivedAt, priority: c.priority, nation: c.nation, count: 1 })),
    ended,
    contacts: contacted.map((c) => ({ tenths: contactTenths(c.receivedAt, c.firstContactedAt), count: 1 })),
    contactedLate: contacted.filter((c) => c.firstContactedAt > contactDeadline(c.receivedAt, 2)).length,
    overdueNow: cases.filter((c) => c.overdueNow).length,
  };
}

const HOUR = 3_600_000;
const weekA = Date.parse('2026-11-02T09:00:00Z'); // Monday
const weekB = Date.parse('2026-11-09T09:00:00Z'); // the Monday after
const now = Date.parse('2026-11-12T09:00:00Z'); // Thursday of week B
const ALL = { from: null, to: null };

function seeded(): FigureCase[] {
  const make = (count: number, shape: { nation: Nation; priority: Priority | null; receivedAt: number; outcome?: (i: number) => CaseOutcome | null; contactedAfterHours?: (i: number) => number | null; overdueNow?: boolean }) =>
    Array.from({ length: count }, (_, i): FigureCase => {
      const hours = shape.contactedAfterHours?.(i) ?? null;
      return {
        nation: shape.nation,
        priority: shape.priority,
        receivedAt: shape.receivedAt,
        firstContactedAt: hours === null ? null : shape.receivedAt + hours * HOUR,
        outcome: shape.outcome?.(i) ?? null,
        overdueNow: shape.overdueNow ?? false,
      };
    });
  return [
    // Week A: 12 urgent from England, contacted after 1..11 hours and one after 120 (5 days:
    // late for a 2-working-day target); 10 supported, 2 declined.
    ...make(12, { nation: 'england', priority: 'urgent', receivedAt: weekA, contactedAfterHours: (i) => (i === 11 ? 120 : i + 1), outcome: (i) => (i < 10 ? 'supported' : 'declined') }),
    // 3 high from Wales, withdrawn by the person before anyone made contact.
    ...make(3, { nation: 'wales', priority: 'high', receivedAt: weekA, outcome: () => 'withdrawn' }),
    // Week B: 15 standard from England and one unreadable from Northern Ireland, all new and overdue.
    ...make(15, { nation: 'england', priority: 'standard', receivedAt: weekB, overdueNow: true }),
    ...make(1, { nation: 'northern-ireland', priority: null, receivedAt: weekB, overdueNow: true }),
  ];
}

const texts = <C extends string>(table: CountTable<C>) => ({
  rows: table.rows.map((row) => [row.label, ...table.columns.map((column) => cellText(row.cells[column])), cellText(row.total)]),
  totals: [...table.columns.map((column) => cellText(table.totals[column])), cellText(table.grandTotal)],
});

/** No row or column (its total included) may have exactly one hidden entry: it could be subtracted back. */
function linesWithOneHidden<C extends string>(table: CountTable<C>): number {
  const hidden = (entry: FigureCell) => entry.shown !== 'yes';
  const lines = [
    ...table.rows.map((row) => [...table.columns.map((column) => row.cells[column]), row.total]),
    ...table.columns.map((column) => [...table.rows.map((row) => row.cells[column]), table.totals[column]]),
    [...table.columns.map((column) => table.totals[column]), table.grandTotal],
    [...table.rows.map((row) => row.total), table.grandTotal],
  ];
  return lines.filter((line) => line.filter(hidden).length === 1).length;
}

describe('the service’s figures', () => {
  const figures = computeFigures(countsOf(seeded()), { now, period: ALL, firstWeek: weekStart(weekA) });

  it('counts referrals per week by priority, suppressing small cells and withholding what would reveal them', () => {
    // By hand: week A urgent 12, high 3, standard 0, unknown 0 (15); week B 0, 0, 15, 1 (16).
    // Under 10 → "fewer than 10". The urgent column then has one hidden entry (week B's 0) beside
    // its total 12, so week A's 12 is withheld; likewise week B's 15 standard beside the total 15.
    expect(texts(figures.byPriority)).toEqual({
      rows: [
        ['2026-11-02', 'not shown', 'fewer than 10', 'fewer than 10', 'fewer than 10', '15'],
        ['2026-11-09', 'fewer than 10', 'fewer than 10', 'not shown', 'fewer than 10', '16'],
      ],
      totals: ['12', 'fewer than 10', '15', 'fewer than 10', '31'],
    });
    expect(linesWithOneHidden(figures.byPriority)).toBe(0);
  });

  it('counts referrals per week by nation, with the same weekly totals', () => {
    // By hand: England 12 then 15 (27), Wales 3, Northern Ireland 1, Scotland and elsewhere none.
    expect(texts(figures.byNation)).toEqual({
      rows: [
        ['2026-11-02', '12', 'fewer than 10', 'fewer than 10', 'fewer than 10', 'fewer than 10', '15'],
        ['2026-11-09', '15', 'fewer than 10', 'fewer than 10', 'fewer than 10', 'fewer than 10', '16'],
      ],
      totals: ['27', 'fewer than 10', 'fewer than 10', 'fewer than 10', 'fewer than 10', '31'],
    });
    expect(linesWithOneHidden(figures.byNation)).toBe(0);
  });

  it('counts how cases ended, withdrawn among them', () => {
    // By hand: 10 supported, 2 declined, 3 withdrawn; 15 ended; the 16 of week B are open.
    expect(texts(figures.outcomes).rows).toEqual([['All cases', '10', 'fewer than 10', 'fewer than 10', 'fewer than 10', 'fewer than 10', '15']]);
  });

  it('gives the median and 90th percentile time to first contact, and counts late and overdue contacts', () => {
    // By hand: 1..11 hours and 120 → median (6 + 7) / 2 = 6.5; 90th percentile: the 11th of 12 = 11.
    expect(figures.firstContact).toEqual({ cases: { count: 12, shown: 'yes' }, medianHours: 6.5, p90Hours: 11 });
    expect(cellText(figures.contactedLate)).toBe('fewer than 10'); // 1: the one after 5 days
    expect(figures.contactedLate.count).toBe(1);
    expect(cellText(figures.overdueNow)).toBe('16');
  });

  it('gives no median or percentile for fewer than 10 contacted cases', () => {
    const few = computeFigures(countsOf(seeded().slice(0, 9)), { now, period: ALL, firstWeek: weekStart(weekA) });
    expect(few.firstContact).toEqual({ cases: { count: 9, shown: 'small' }, medianHours: null, p90Hours: null });
  });

  it('withholds a weekly total in both tables when either needs it hidden', () => {
    // 12 urgent from England one week, 4 urgent from Wales the next: each table must withhold
    // week A's total (beside week B's small one and the grand total), and the other must follow.
    const cases: FigureCase[] = [
      ...Array.from({ length: 12 }, () => ({ nation: 'england' as const, priority: 'urgent' as const, receivedAt: weekA, firstContactedAt: null, outcome: null, overdueNow: false })),
      ...Array.from({ length: 4 }, () => ({ nation: 'wales' as const, priority: 'urgent' as const, receivedAt: weekB, firstContactedAt: null, outcome: null, overdueNow: false })),
    ];
    const result = computeFigures(countsOf(cases), { now, period: ALL, firstWeek: weekStart(weekA) });
    expect(linesWithOneHidden(result.byPriority)).toBe(0);
    expect(linesWithOneHidden(result.byNation)).toBe(0);
    result.byPriority.rows.forEach((row, index) => expect(row.total.shown === 'yes').toBe(result.byNation.rows[index]!.total.shown === 'yes'));
    expect(result.byPriority.grandTotal.shown === 'yes').toBe(result.byNation.grandTotal.shown === 'yes');
    // Week B's 4 is small wherever it appears, so it is never readable.
    expect(cellText(result.byPriority.rows[1]!.total)).toBe('fewer than 10');
  });

  it('starts weeks on Monday, in UTC', () => {
    expect(weekOf(Date.parse('2026-11-08T23:59:59Z'))).toBe('2026-11-02');
    expect(weekOf(Date.parse('2026-11-09T00:00:00Z'))).toBe('2026-11-09');
  });

  it('shows the weeks of the period chosen that the service was open for, up to now', () => {
    // The store counts only the cases that arrived in the period's weeks.
    const inPeriod = ({ from, to }: { from: number | null; to: number | null }) => (c: FigureCase) => c.receivedAt >= (from ?? -Infinity) && c.receivedAt < (to ?? Infinity);
    const weeks = (period: { from: number | null; to: number | null }) =>
      computeFigures(countsOf(seeded().filter(inPeriod(period))), { now, period, firstWeek: weekStart(weekA) }).byPriority.rows.map((row) => row.label);
    expect(weeks(ALL)).toEqual(['2026-11-02', '2026-11-09']);
    // The last 52 weeks reach back before the first referral: only the weeks since are shown.
    expect(weeks(figurePeriods(weekStart(weekA), now)[0]!)).toEqual(['2026-11-02', '2026-11-09']);
    expect(weeks({ from: weekStart(weekB), to: null })).toEqual(['2026-11-09']);
    expect(weeks({ from: null, to: weekStart(weekB) })).toEqual(['2026-11-02']);
  });

  it('offers the last 52 weeks, each financial year since the first referral (weeks by their Monday), and everything', () => {
    const periods = figurePeriods(Date.parse('2024-11-04T00:00:00Z'), Date.parse('2026-05-20T12:00:00Z'));
    expect(periods.map((period) => [period.id, period.label])).toEqual([
      ['last-52-weeks', 'The last 52 weeks'],
      ['2026-2027', 'April 2026 to March 2027'],
      ['2025-2026', 'April 2025 to March 2026'],
      ['2024-2025', 'April 2024 to March 2025'],
      ['all', 'Since the service began'],
    ]);
    const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString().slice(0, 10));
    // 1 April 2025 was a Tuesday: that year starts on Monday 7 April and ends before Monday 6 April 2026.
    expect([iso(periods[2]!.from), iso(periods[2]!.to)]).toEqual(['2025-04-07', '2026-04-06']);
    expect([iso(periods[0]!.from), iso(periods[0]!.to)]).toEqual(['2025-05-26', null]);
    expect(figurePeriods(null, Date.parse('2026-02-01T00:00:00Z')).map((period) => period.id)).toEqual(['last-52-weeks', '2025-2026', 'all']);
  });

  it('keeps contact times to the tenth of an hour up to 10 hours, the hour up to 100, ten hours beyond; and whole days for lateness', () => {
    const took = (ms: number) => contactTenths(weekA, weekA + ms);
    expect([took(0), took(1), took(HOUR), took(10 * HOUR), took(10 * HOUR + 1), took(99.5 * HOUR), took(100 * HOUR + 1), took(250 * HOUR)]).toEqual([
      0, 1, 10, 100, 110, 1000, 1100, 2500,
    ]);
    const days = (ms: number) => contactDays(weekA, weekA + ms);
    // Exactly on a whole-day deadline is not later than it; a millisecond more is.
    expect([days(0), days(2 * DAY_MS), days(2 * DAY_MS + 1), days(400 * DAY_MS)]).toEqual([0, 2, 3, CONTACT_DAYS_KEPT]);
  });

  it('exports the same cells as CSV, one figure per line, with no count under 10', () => {
    const csv = figuresCsv(figures);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('figure,week,group,value');
    expect(lines).toContain('referrals by priority,2026-11-02,urgent,not shown');
    expect(lines).toContain('referrals by priority,2026-11-09,all,16');
    expect(lines).toContain('referrals by nation,all weeks,england,27');
    expect(lines).toContain('how cases ended,all weeks,withdrawn,fewer than 10');
    expect(lines).toContain('time to first contact,all weeks,median hours,6.5');
    expect(lines).toContain('time to first contact,all weeks,90th percentile hours,11');
    expect(lines).toContain('overdue for first contact now,all weeks,all,16');
    for (const line of lines.slice(1)) expect(line.split(',').at(-1)).toMatch(/^(fewer than 10|not shown|\d{2,}|\d+\.\d|\d+)$/);
    const counts = lines.slice(1).filter((line) => !line.includes('hours')).map((line) => line.split(',').at(-1)!);
    expect(counts.filter((value) => /^\d$/.test(value))).toEqual([]);
  });
});
