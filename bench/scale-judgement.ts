/**
 * The inbox-at-scale scenario's judgement (scale.ts runs it): the figures one store at one size
 * reports, the percentiles they are read with, what a page's answer must show to count, when a
 * run misses its targets, and the Markdown tables BENCHMARKS.md quotes. Kept apart from the run
 * so the rules are tested without a server.
 *
 * The targets, at the largest size on each store: every inbox page's median under 100 ms and no
 * more than twice its median at the smallest size; the server's peak resident memory (VmHWM,
 * which includes start-up) under 500 MB; and the public form page's p99 while staff browse within
 * twice its p99 alone, read from a run in which at least 5% of those requests met a staff page in
 * flight. A page that answered anything but itself (a sign-in redirect, an error)
 * fails at any size: its time measured something else.
 */

export const PAGE_MEDIAN_TARGET_MS = 100;
export const GROWTH_TARGET = 2;
export const PEAK_RSS_TARGET_MB = 500;
export const PUBLIC_P99_TARGET_RATIO = 2;
// Of the public requests while staff browse, the share that must meet a staff page in flight:
// five times the 1% the p99 leaves out, so that the p99 is read among requests that met one.
export const OVERLAPPED_AT_LEAST = 0.05;

export type PageFigures = {
  name: string;
  path: string;
  medianMs: number;
  p95Ms: number;
  /** The answer's size in bytes (the last measured request's). */
  bytes: number;
  /** The server's highest resident memory sampled while this page's requests ran, in MB. */
  rssPeakMb: number;
  /** Answers that were not the page (status, or a missing heading), with the first one's reason. */
  wrongAnswers: number;
  firstWrong?: string;
};

export type LatencyFigures = {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests made while a staff page was in flight, or during which one was sent. */
  overlapped: number;
};

export type SeedFigures = {
  referrals: number;
  open: number;
  closed: number;
  notes: number;
  auditRows: number;
  seconds: number;
  secondsPer1000: number;
};

export type ScaleRun = {
  store: string;
  size: number;
  seed: SeedFigures;
  pages: PageFigures[];
  memory: { rssAfterStartMb: number; vmHwmMb: number };
  publicPage: {
    path: string;
    idle: LatencyFigures;
    whileBrowsing: LatencyFigures;
    /** Staff page requests the browsing loops completed meanwhile. */
    staffRequests: number;
    /** The server's highest resident memory sampled while they ran, in MB. */
    rssPeakMb: number;
    /** p99 while browsing over p99 idle. */
    p99Ratio: number;
  };
};

export type ScaleFigures = { sizes: number[]; stores: string[]; runs: ScaleRun[] };

/** The nearest-rank percentile (`p` from 0 to 100) of a list: a value that was measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** The text of a page's first-level heading, tags and React's text separators taken out. */
export function headingOf(html: string): string | undefined {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  return inner?.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** Why an answer is not the page it was asked for; undefined when it is. */
export function wrongAnswer(status: number, contentType: string, body: string, expect: { heading?: string; csvHeader?: string }): string | undefined {
  if (status !== 200) return `status ${status}`;
  if (expect.csvHeader !== undefined) {
    return contentType.startsWith('text/csv') && body.startsWith(expect.csvHeader) ? undefined : `not the CSV (${contentType})`;
  }
  const heading = headingOf(body);
  return heading !== undefined && expect.heading !== undefined && heading.startsWith(expect.heading) ? undefined : `heading "${heading ?? 'none'}"`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** What missed a target, in words: empty when the run passes. */
export function scaleProblems({ runs }: ScaleFigures): string[] {
  const problems: string[] = [];
  for (const run of runs) {
    for (const page of run.pages.filter((p) => p.wrongAnswers > 0)) {
      problems.push(`${run.store} at ${run.size}: ${page.name} answered ${page.wrongAnswers} time(s) with something else (${page.firstWrong})`);
    }
  }
  for (const store of new Set(runs.map((run) => run.store))) {
    const ofStore = runs.filter((run) => run.store === store).sort((a, b) => a.size - b.size);
    const smallest = ofStore[0]!;
    const largest = ofStore[ofStore.length - 1]!;
    const at = `${store} at ${largest.size}`;
    for (const page of largest.pages) {
      if (page.medianMs >= PAGE_MEDIAN_TARGET_MS) problems.push(`${at}: ${page.name} median ${round(page.medianMs)} ms (target under ${PAGE_MEDIAN_TARGET_MS} ms)`);
      const before = smallest.pages.find((p) => p.name === page.name);
      if (largest !== smallest && before && page.medianMs > GROWTH_TARGET * before.medianMs) {
        problems.push(`${at}: ${page.name} median ${round(page.medianMs)} ms, more than ${GROWTH_TARGET}× its ${round(before.medianMs)} ms at ${smallest.size}`);
      }
    }
    if (largest.memory.vmHwmMb >= PEAK_RSS_TARGET_MB) problems.push(`${at}: the server's peak memory was ${largest.memory.vmHwmMb} MB (target under ${PEAK_RSS_TARGET_MB} MB)`);
    const { idle, whileBrowsing, p99Ratio } = largest.publicPage;
    if (!(whileBrowsing.overlapped >= OVERLAPPED_AT_LEAST * whileBrowsing.requests)) {
      problems.push(`${at}: only ${whileBrowsing.overlapped} of ${whileBrowsing.requests} public requests met a staff page in flight (at least ${OVERLAPPED_AT_LEAST * 100}% must)`);
    }
    if (!(p99Ratio <= PUBLIC_P99_TARGET_RATIO)) {
      problems.push(`${at}: the public page's p99 was ${whileBrowsing.p99Ms} ms while staff browsed against ${idle.p99Ms} ms alone (${p99Ratio}×, target within ${PUBLIC_P99_TARGET_RATIO}×)`);
    }
  }
  return problems;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const kilobytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`);

/** The scenario's tables: the seed, every page at every size, and memory with the public page. */
export function scaleMarkdown({ runs }: ScaleFigures): string {
  const where = (run: ScaleRun) => `${run.store}, ${run.size.toLocaleString('en-GB')}`;
  return [
    table(
      ['store, referrals', 'open', 'closed', 'notes', 'audit rows', 'seed s', 's per 1,000'],
      runs.map((run) => [where(run), run.seed.open, run.seed.closed, run.seed.notes, run.seed.auditRows, round(run.seed.seconds), round(run.seed.secondsPer1000)]),
    ),
    table(
      ['store, referrals', 'page', 'median ms', 'p95 ms', 'size', 'RSS peak MB'],
      runs.flatMap((run) => run.pages.map((page) => [where(run), `${page.name}${page.wrongAnswers ? ` (${page.wrongAnswers} wrong answers)` : ''}`, round(page.medianMs), round(page.p95Ms), kilobytes(page.bytes), page.rssPeakMb])),
    ),
    table(
      ['store, referrals', 'RSS after start MB', 'RSS peak while staff browse MB', 'VmHWM MB', 'public p50 / p99 ms, alone', 'while staff browse', 'p99 ratio', 'staff requests meanwhile', 'public requests meeting one'],
      runs.map((run) => {
        const { idle, whileBrowsing, p99Ratio, staffRequests, rssPeakMb } = run.publicPage;
        return [where(run), run.memory.rssAfterStartMb, rssPeakMb, run.memory.vmHwmMb, `${idle.p50Ms} / ${idle.p99Ms}`, `${whileBrowsing.p50Ms} / ${whileBrowsing.p99Ms}`, p99Ratio, staffRequests, `${whileBrowsing.overlapped} of ${whileBrowsing.requests}`];
      }),
    ),
  ].join('\n\n');
}
