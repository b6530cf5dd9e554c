/**
 * Summaries across benchmark runs: the median of each figure and its range (lowest, highest),
 * per scenario and connection count. Pure, so it is tested without a server.
 */

export type Spread = { median: number; min: number; max: number; values: number[] };

/** The median of a list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
}

/** "low–high" with one decimal where the figure has fractions. */
export function range(s: Spread): string {
  const show = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return `${show(s.min)}–${show(s.max)}`;
}

type Row = { scenario: string; connections: number; requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; errors: number } & Partial<
  Record<'timeouts' | 'accepted' | 'stored' | 'delivered' | 'duplicates' | 'ratioToFormPage', number>
>;

export type SummaryRow = {
  scenario: string;
  connections: number;
  requestsPerSecond: Spread;
  latencyP50Ms: Spread;
  latencyP99Ms: Spread;
  errors: Spread;
  timeouts: Spread;
  accepted?: Spread;
  stored?: Spread;
  delivered?: Spread;
  duplicates?: Spread;
  ratioToFormPage?: Spread;
  runs: Row[];
};

/** Groups every run's rows by scenario and connections, in first-seen order, and summarises each. */
export function summariseRuns(runs: { pages: Row[]; submissions: Row[] }[]): SummaryRow[] {
  const groups = new Map<string, Row[]>();
  for (const run of runs) {
    for (const row of [...run.pages, ...run.submissions]) {
      const key = `${row.scenario}@${row.connections}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
  }
  return [...groups.values()].map((rows) => {
    const of = (key: keyof Row) => spread(rows.map((row) => row[key] as number));
    const summary: SummaryRow = {
      scenario: rows[0]!.scenario,
      connections: rows[0]!.connections,
      requestsPerSecond: of('requestsPerSecond'),
      latencyP50Ms: of('latencyP50Ms'),
      latencyP99Ms: of('latencyP99Ms'),
      errors: of('errors'),
      timeouts: spread(rows.map((row) => row.timeouts ?? 0)),
      runs: rows,
    };
    if (rows[0]!.accepted !== undefined) {
      for (const key of ['accepted', 'stored', 'delivered', 'duplicates', 'ratioToFormPage'] as const) summary[key] = of(key);
    }
    return summary;
  });
}

/**
 * Two timed cases measured in turns, `samples` times each after one warm-up call, so load on the
 * machine falls on both alike: each median in milliseconds to a hundredth, and second minus
 * first (negative: the second was faster). For "does a wrong answer take as long as an unknown
 * account" comparisons.
 */
export async function alternatingMedians(
  samples: number,
  first: (sample: number) => Promise<unknown>,
  second: (sample: number) => Promise<unknown>,
): Promise<{ firstMs: number; secondMs: number; differenceMs: number }> {
  const time = async (call: () => Promise<unknown>) => {
    const start = performance.now();
    await call();
    return performance.now() - start;
  };
  await first(-1);
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    firsts.push(await time(() => first(sample)));
    seconds.push(await time(() => second(sample)));
  }
  const hundredths = (ms: number) => Math.round(ms * 100) / 100;
  const firstMs = hundredths(median(firsts));
  const secondMs = hundredths(median(seconds));
  return { firstMs, secondMs, differenceMs: hundredths(secondMs - firstMs) };
}
