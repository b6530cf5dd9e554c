/**
 * The service's own figures, for managers and funders: referrals per week by priority and by
 * nation, time from arrival to first contact, how cases ended, withdrawals, and overdue first
 * contacts. Computed from live cases and tombstones alike, so deleting a case never erases the
 * count, and with no one's data in them.
 *
 * Small numbers are suppressed: any count under 10 is shown as "fewer than 10". A table with
 * totals would let someone subtract a suppressed cell back out of its total, so every row and
 * column (its total included) must have none or at least two suppressed entries; where it has
 * one, the smallest other entry in that line is withheld too ("not shown"), repeated until that
 * holds everywhere. The weekly tables by priority and by nation share their weekly totals and
 * grand total, so a total withheld in one is withheld in the other. Suppression still gives a
 * range away (a withheld entry is at least 10, a suppressed one fewer), never a number.
 *
 * First contact is when a caseworker first moved the case on from "new" (to contacting, in
 * progress, waiting or closed): the inbox records that moment once, and never moves it. The time
 * it took is kept rounded up (`contactTenths`) in a tally by week (lib/storage/figure-tally.ts),
 * not as every case's own time.
 *
 * Pure: no Node, database or environment imports.
 */
import type { CaseOutcome } from '@/lib/cases/case-state';
import { caseOutcomes } from '@/lib/cases/case-state';
import type { Nation } from '@/lib/nations';
import { nations } from '@/lib/nations';
import type { Priority } from '@/lib/referral/triage';
import { DAY_MS } from '@/lib/cases/case-state';

/** Counts under this are never shown. */
export const SMALL_CELL = 10;
export const SMALL_CELL_TEXT = `fewer than ${SMALL_CELL}`;
export const WITHHELD_TEXT = 'not shown';

export type FigureCell = { count: number; shown: 'yes' | 'small' | 'withheld' };

/** The unit time to first contact is counted in: a tenth of an hour, as the figures show it. */
const CONTACT_TIME_UNIT_MS = 360_000;

/**
 * How long a first contact took, as the figures keep it: in tenths of an hour rounded up, to the
 * tenth up to 10 hours, to the hour up to 100 and to ten hours beyond, so the store keeps a few
 * hundred counts a week however many cases there are.
 */
export function contactTenths(receivedAt: number, firstContactedAt: number): number {
  const tenths = Math.max(0, Math.ceil((firstContactedAt - receivedAt) / CONTACT_TIME_UNIT_MS));
  const step = tenths <= 100 ? 1 : tenths <= 1000 ? 10 : 100;
  return Math.ceil(tenths / step) * step;
}

/**
 * The longest first contact counted by its own number of days; any longer counts as this. Past
 * the longest deadline a target allows (30 working days: 44 days), so it never hides a late one.
 */
export const CONTACT_DAYS_KEPT = 60;

/**
 * How long a first contact took in whole days, rounded up (at most `CONTACT_DAYS_KEPT`): a
 * deadline is a whole number of days, so "later than the deadline" is the same in these as in
 * milliseconds.
 */
export const contactDays = (receivedAt: number, firstContactedAt: number) =>
  Math.min(CONTACT_DAYS_KEPT, Math.max(0, Math.ceil((firstContactedAt - receivedAt) / DAY_MS)));

/**
 * What the figures are made from, counted by the store (from live cases and tombstones alike):
 * referrals by week, priority and nation; how they ended; first contacts.
 */
export type FigureCounts = {
  /** Referrals by priority (null: unknown) and nation, per week; `firstAt` names the week (see `weekOf`). */
  arrivals: { firstAt: number; priority: Priority | null; nation: Nation; count: number }[];
  /** Closed (or ended) cases by outcome. */
  ended: Partial<Record<CaseOutcome, number>>;
  /** First contacts by how long they took (`contactTenths`), any order. */
  contacts: { tenths: number; count: number }[];
  /** First contacts later than the target. */
  contactedLate: number;
  /** Still stored, new and past the contact target now. */
  overdueNow: number;
};

export const priorityColumns = ['urgent', 'high', 'standard', 'unknown'] as const;
export type PriorityColumn = (typeof priorityColumns)[number];

export type CountTable<Column extends string> = {
  columns: readonly Column[];
  rows: { label: string; cells: Record<Column, FigureCell>; total: FigureCell }[];
  totals: Record<Column, FigureCell>;
  grandTotal: FigureCell;
};

export type ServiceFigures = {
  /** Weeks start on Monday (UTC); labelled by that Monday's date. */
  byPriority: CountTable<PriorityColumn>;
  byNation: CountTable<Nation>;
  /** How cases ended (closed or withdrawn), one row. */
  outcomes: CountTable<CaseOutcome>;
  /** Arrival to first contact, in hours; null when fewer than 10 cases were contacted. */
  firstContact: { cases: FigureCell; medianHours: number | null; p90Hours: number | null };
  /** First contact later than the service's target (of those contacted), and new cases overdue now. */
  contactedLate: FigureCell;
  overdueNow: FigureCell;
};

/** The Monday (UTC) of the week `at` falls in, as YYYY-MM-DD. */
export function weekOf(at: number): string {
  const date = new Date(at);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - sinceMonday * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * The median and 90th percentile of the contact times, in hours to a tenth, by the nearest-rank
 * method (the median of an even count is the mean of the middle two); none under `SMALL_CELL`.
 */
function contactPercentiles(contacts: FigureCounts['contacts']): { count: number; medianHours: number | null; p90Hours: number | null } {
  const sorted = [...contacts].sort((a, b) => a.tenths - b.tenths);
  const count = sorted.reduce((sum, bucket) => sum + bucket.count, 0);
  if (count < SMALL_CELL) return { count, medianHours: null, p90Hours: null };
  /** The time at a 0-based rank, quickest first. */
  const at = (rank: number) => {
    let before = 0;
    for (const bucket of sorted) {
      before += bucket.count;
      if (rank < before) return bucket.tenths;
    }
    return sorted.at(-1)!.tenths;
  };
  const median = count % 2 === 0 ? (at(count / 2 - 1) + at(count / 2)) / 2 : at((count - 1) / 2);
  const hours = (tenths: number) => Math.round(tenths) / 10;
  return { count, medianHours: hours(median), p90Hours: hours(at(Math.max(0, Math.ceil(0.9 * count) - 1))) };
}

const cell = (count: number): FigureCell => ({ count, shown: count < SMALL_CELL ? 'small' : 'yes' });
const hidden = (entry: FigureCell) => entry.shown !== 'yes';

/**
 * Makes every line (a list of entries, a total among them) have none or at least two hidden
 * entries, withholding the smallest shown one where a line has exactly one. True if it changed anything.
 */
function protectLines(lines: FigureCell[][]): boolean {
  let changed = false;
  for (const line of lines) {
    if (line.filter(hidden).length !== 1) continue;
    const candidates = line.filter((entry) => !hidden(entry)).sort((a, b) => a.count - b.count);
    if (candidates[0]) {
      candidates[0].shown = 'withheld';
      changed = true;
    }
  }
  return changed;
}

function linesOf<Column extends string>(table: CountTable<Column>): FigureCell[][] {
  const rows = table.rows.map((row) => [...table.columns.map((column) => row.cells[column]), row.total]);
  const columns = table.columns.map((column) => [...table.rows.map((row) => row.cells[column]), table.totals[column]]);
  const totals = [...table.columns.map((column) => table.totals[column]), table.grandTotal];
  const rowTotals = [...table.rows.map((row) => row.total), table.grandTotal];
  return [...rows, ...columns, totals, rowTotals];
}

function countTable<Column extends string>(
  columns: readonly Column[],
  rowLabels: string[],
  items: { row: string; column: Column; count: number }[],
): CountTable<Column> {
  const zeroes = () => Object.fromEntries(columns.map((column) => [column, 0])) as Record<Column, number>;
  const counts = new Map(rowLabels.map((label) => [label, zeroes()]));
  const totals = zeroes();
  for (const item of items) {
    counts.get(item.row)![item.column] += item.count;
    totals[item.column] += item.count;
  }
  const rows = rowLabels.map((label) => {
    const row = counts.get(label)!;
    const cells = Object.fromEntries(columns.map((column) => [column, cell(row[column])])) as Record<Column, FigureCell>;
    return { label, cells, total: cell(columns.reduce((sum, column) => sum + row[column], 0)) };
  });
  return {
    columns,
    rows,
    totals: Object.fromEntries(columns.map((column) => [column, cell(totals[column])])) as Record<Column, FigureCell>,
    grandTotal: cell(columns.reduce((sum, column) => sum + totals[column], 0)),
  };
}

/** The Monday 00:00 UTC that starts the week of `at`. */
export const weekStart = (at: number) => Date.parse(`${weekOf(at)}T00:00:00Z`);

/**
 * A run of weeks the figures cover, each week by its Monday: from `from` (null: the first
 * referral's week) to before `to` (null: up to now). A case is counted in the week it arrived,
 * so its outcome and first contact are counted with it, whenever they came.
 */
export type FigurePeriod = { id: string; label: string; from: number | null; to: number | null };

/** 1 April of `year`, UTC: where a UK financial year starts. */
const aprilFirst = (year: number) => Date.UTC(year, 3, 1);
/** The Monday on or after `at`. */
const mondayFrom = (at: number) => (weekStart(at) === at ? at : weekStart(at) + 7 * DAY_MS);

/**
 * What a manager can choose: the last 52 weeks (the default), each financial year (April to
 * March, the weeks whose Monday falls in it) since the first referral, newest first, and
 * everything since the service began.
 */
export function figurePeriods(firstWeek: number | null, now: number): FigurePeriod[] {
  const years: FigurePeriod[] = [];
  const thisYear = new Date(now).getUTCFullYear() - (now < aprilFirst(new Date(now).getUTCFullYear()) ? 1 : 0);
  const firstYear = firstWeek === null ? thisYear : new Date(firstWeek).getUTCFullYear() - (firstWeek < aprilFirst(new Date(firstWeek).getUTCFullYear()) ? 1 : 0);
  for (let year = thisYear; year >= firstYear; year -= 1) {
    years.push({ id: `${year}-${year + 1}`, label: `April ${year} to March ${year + 1}`, from: mondayFrom(aprilFirst(year)), to: mondayFrom(aprilFirst(year + 1)) });
  }
  return [
    { id: 'last-52-weeks', label: 'The last 52 weeks', from: weekStart(now) - 51 * 7 * DAY_MS, to: null },
    ...years,
    { id: 'all', label: 'Since the service began', from: null, to: null },
  ];
}

/** Every week of the period that the service has been open for, up to now, so an empty week shows as one. */
function weeksOf(period: Pick<FigurePeriod, 'from' | 'to'>, firstWeek: number, now: number): string[] {
  const weeks: string[] = [];
  const end = Math.min(period.to ?? Infinity, now + 1);
  for (let at = Math.max(period.from ?? firstWeek, firstWeek); at < end; at += 7 * DAY_MS) weeks.push(weekOf(at));
  return weeks;
}

/** The figures for `period`; `firstWeek` is the Monday of the first referral's week (null: none yet). */
export function computeFigures(
  counts: FigureCounts,
  settings: { now: number; period: Pick<FigurePeriod, 'from' | 'to'>; firstWeek: number | null },
): ServiceFigures {
  const { arrivals } = counts;
  const weeks = settings.firstWeek === null ? [] : weeksOf(settings.period, settings.firstWeek, settings.now);
  const byPriority = countTable(
    priorityColumns,
    weeks,
    arrivals.map((group) => ({ row: weekOf(group.firstAt), column: group.priority ?? 'unknown', count: group.count })),
  );
  const byNation = countTable(nations, weeks, arrivals.map((group) => ({ row: weekOf(group.firstAt), column: group.nation, count: group.count })));
  const outcomes = countTable(caseOutcomes, ['All cases'], caseOutcomes.map((outcome) => ({ row: 'All cases', column: outcome, count: counts.ended[outcome] ?? 0 })));

  // Complementary suppression, the two weekly tables kept in step through their shared totals.
  for (let changed = true; changed; ) {
    changed = protectLines(linesOf(byPriority)) || protectLines(linesOf(byNation));
    const shared = [...byPriority.rows.map((row, index) => [row.total, byNation.rows[index]!.total]), [byPriority.grandTotal, byNation.grandTotal]];
    for (const [a, b] of shared) {
      if (hidden(a!) !== hidden(b!)) {
        for (const entry of [a!, b!]) if (!hidden(entry)) entry.shown = 'withheld';
        changed = true;
      }
    }
  }
  while (protectLines(linesOf(outcomes)));

  const firstContact = contactPercentiles(counts.contacts);
  return {
    byPriority,
    byNation,
    outcomes,
    firstContact: { cases: cell(firstContact.count), medianHours: firstContact.medianHours, p90Hours: firstContact.p90Hours },
    contactedLate: cell(counts.contactedLate),
    overdueNow: cell(counts.overdueNow),
  };
}

/** How a cell reads on the page and in the CSV. */
export function cellText(entry: FigureCell): string {
  return entry.shown === 'yes' ? String(entry.count) : entry.shown === 'small' ? SMALL_CELL_TEXT : WITHHELD_TEXT;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The figures as CSV, one figure per line (figure, week, group, value), exactly as the page shows them. */
export function figuresCsv(figures: ServiceFigures): string {
  const lines: string[][] = [['figure', 'week', 'group', 'value']];
  /** `weekly`: the rows are weeks, each with its cells and total; otherwise only the totals over all weeks. */
  const table = <Column extends string>(name: string, counts: CountTable<Column>, weekly: boolean) => {
    for (const row of weekly ? counts.rows : []) {
      for (const column of counts.columns) lines.push([name, row.label, column, cellText(row.cells[column])]);
      lines.push([name, row.label, 'all', cellText(row.total)]);
    }
    for (const column of counts.columns) lines.push([name, 'all weeks', column, cellText(counts.totals[column])]);
    lines.push([name, 'all weeks', 'all', cellText(counts.grandTotal)]);
  };
  table('referrals by priority', figures.byPriority, true);
  table('referrals by nation', figures.byNation, true);
  table('how cases ended', figures.outcomes, false);
  const { firstContact } = figures;
  lines.push(['time to first contact', 'all weeks', 'cases', cellText(firstContact.cases)]);
  lines.push(['time to first contact', 'all weeks', 'median hours', firstContact.medianHours === null ? SMALL_CELL_TEXT : String(firstContact.medianHours)]);
  lines.push(['time to first contact', 'all weeks', '90th percentile hours', firstContact.p90Hours === null ? SMALL_CELL_TEXT : String(firstContact.p90Hours)]);
  lines.push(['first contact later than target', 'all weeks', 'all', cellText(figures.contactedLate)]);
  lines.push(['overdue for first contact now', 'all weeks', 'all', cellText(figures.overdueNow)]);
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
