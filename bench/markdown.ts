/**
 * The benchmark's figures as Markdown tables, the form BENCHMARKS.md quotes them in, so the
 * document is pasted from a run's output rather than typed.
 *
 *   node --import tsx bench/markdown.ts [bench-results/latest.json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { range, type SummaryRow } from './stats';
import { scaleMarkdown, type ScaleFigures } from './scale-judgement';
import type { TwoInstanceFigures } from './two-instances-judgement';

type Report = {
  startedAt: string;
  finishedAt: string;
  settings: { runs: number; durationSeconds: number; resilienceSize: number };
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  summary: SummaryRow[];
  resilience: Record<string, number | string>[];
  /** Reports from before the two-instance scenario have none. */
  twoInstances?: TwoInstanceFigures;
  lighthouse?: { scores: Record<string, number | string | string[] | boolean | undefined>[] };
  staticVsPerRequest?: { connections: number; staticRate?: number; perRequestRate?: number; ratio?: number }[];
  /** Reports from before the two hostile attacks were measured have none. */
  hostile?: {
    attacks: {
      attack: string;
      hostileConnections: number;
      idle: { requests: number; errors: number; latencyP50Ms: number; latencyP99Ms: number };
      underLoad: { requests: number; errors: number; latencyP50Ms: number; latencyP99Ms: number };
      hostilePosts: number;
      hostileRefused: number;
      p99Ratio: number;
    }[];
    cpuPerPostMs: number;
  };
  /** Reports from before the inbox at scale was measured have none. */
  scale?: ScaleFigures;
  /** Reports from before the recognisers were measured have none. */
  recognisers?: { platform: string; slowestInput: string; length: number; ms: number; ratio: number }[];
};

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The two-instance scenario's figures (two-instances.ts). */
function twoInstanceMarkdown(figures: TwoInstanceFigures): string {
  const refused = Object.entries(figures.refused).map(([kind, n]) => `${n} ${kind}`).join(', ') || 'none';
  const lines = [
    '| store | attempted | accepted | refused | cut off, resent | stored | delivered | duplicated (same Message-ID) | stored not delivered | drain s |',
    '|---|---|---|---|---|---|---|---|---|---|',
    `| ${figures.store} | ${figures.attempted} | ${figures.accepted} | ${refused} | ${figures.cutOff} (${figures.resubmitted} accepted on a resend, ${figures.resentAlreadySent ?? 0} of them told "already sent"; ${figures.startedAgain ?? 0} told "expired" and started again) | ${figures.stored} | ${figures.delivered} | ${figures.duplicated} (${figures.duplicated - figures.duplicatesWithAnotherMessageId}) | ${figures.storedNotDelivered} | ${figures.drainSeconds.toFixed(1)} |`,
    '',
    `Instance A killed with SIGKILL once ${figures.kill.acceptedAtKill} of the burst's ${figures.size} referrals had been accepted; ` +
      `the proxy answered ${figures.kill.cutOffByProxy} request(s) it had given A with 502; A served again ${figures.kill.downSeconds.toFixed(1)} s after the kill. ` +
      `${figures.kill.messagesAtKill} messages had arrived at the kill; duplicates (reference: arrival order of its copies): ${figures.duplicates.map((d) => `${d.reference}: ${d.arrivals.join(', ')}`).join('; ') || 'none'}; leases lost by a slow sender: ${figures.leaseLost ?? 'not counted'}. ` +
      `Rate limit: ${figures.rateLimit.acceptedThroughA} of ${figures.rateLimit.limit} referrals accepted through A, then B answered the same client "${figures.rateLimit.nextThroughB}" and a new client "${figures.rateLimit.newClientThroughB}".`,
  ];
  const { throughput } = figures;
  if (throughput) {
    lines.push(
      '',
      '| referrals per round, concurrency | one instance, referrals/s per round | two instances, referrals/s per round | ratio of medians |',
      '|---|---|---|---|',
      `| ${throughput.referralsPerRound}, ${throughput.concurrency} | ${throughput.oneInstance.join(', ')} | ${throughput.twoInstances.join(', ')} | ${throughput.ratio} |`,
    );
  }
  return lines.join('\n');
}

/** Markdown for one benchmark report. */
/** "1 request", "8 requests". */
const counted = (count: unknown, noun: string) => `${count} ${noun}${Number(count) === 1 ? '' : 's'}`;

export function benchMarkdown(report: Report): string {
  const { machine, settings } = report;
  const parts = [
    `Run ${report.startedAt} to ${report.finishedAt}: ${settings.runs} run(s), ${settings.durationSeconds} s per scenario. ` +
      `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}. ` +
      `Load average (1, 5, 15 min) ${machine.loadAverageAtStart.join(', ')} at the start and ${machine.loadAverageAtEnd.join(', ')} at the end.`,
    table(
      ['scenario', 'connections', 'req/s median [range]', 'p50 ms median [range]', 'p99 ms median [range]', 'errors (of which timeouts), worst run'],
      report.summary.map((row) => [
        row.scenario,
        row.connections,
        `${row.requestsPerSecond.median.toFixed(1)} [${range(row.requestsPerSecond)}]`,
        `${row.latencyP50Ms.median} [${range(row.latencyP50Ms)}]`,
        `${row.latencyP99Ms.median} [${range(row.latencyP99Ms)}]`,
        `${row.errors.max} (${row.timeouts.max})`,
      ]),
    ),
    table(
      ['submissions at', 'throughput vs the form\'s first question, median [range]', 'sent', 'accepted', 'stored', 'delivered', 'duplicates', 'drain s'],
      report.summary
        .filter((row) => row.accepted)
        .flatMap((row) =>
          row.runs.map((run, index) => [
            `${row.connections} connections, run ${index + 1}`,
            index === 0 ? `${(row.ratioToFormPage!.median * 100).toFixed(0)}% [${(row.ratioToFormPage!.min * 100).toFixed(0)}–${(row.ratioToFormPage!.max * 100).toFixed(0)}%]` : '',
            (run as { sent?: number }).sent ?? '',
            run.accepted ?? '',
            run.stored ?? '',
            run.delivered ?? '',
            run.duplicates ?? '',
            ((run as { drainSeconds?: number }).drainSeconds ?? 0).toFixed(1),
          ]),
        ),
    ),
  ];
  if (report.resilience.length > 0) {
    parts.push(
      table(
        ['scenario', 'attempted', 'cut off (of which already stored)', 'accepted', 'stored', 'delivered', 'duplicated', 'accepted but not stored', 'stored but not delivered', 'seconds'],
        report.resilience.map((r) => [
          r.scenario!,
          r.attempted!,
          // Reports from before the burst went on after the kill have no cut-off count.
          r.cutOff === undefined ? '–' : `${r.cutOff} (${r.resubmittedAlreadyStored})`,
          r.accepted!,
          r.stored!,
          r.delivered!,
          r.duplicated!,
          r.acceptedNotStored!,
          r.storedNotDelivered!,
          Math.round(Number(r.seconds)),
        ]),
      ),
    );
    const kill = report.resilience.find((r) => r.storedAtKill !== undefined);
    if (kill) {
      parts.push(
        `SIGKILL once ${kill.acceptedAtKill} references had been given; the killed server gave ${kill.acceptedByKilledServer ?? '?'} in all and had stored ${kill.storedAtKill}; ` +
          `the restarted server answered ${Number(kill.downSeconds).toFixed(1)} s after the kill. ` +
          `${counted(kill.cutOff, 'request')} got no answer; resent with their own form tokens, ${counted(kill.resubmitted, 'referral')} accepted: ` +
          `${kill.resubmittedAlreadyStored} had been stored before the kill and got that reference back, ${Number(kill.resubmitted) - Number(kill.resubmittedAlreadyStored)} stored on resending. ` +
          `${kill.abandoned} given up unanswered, ${kill.refused} refused.`,
      );
    }
  }
  if (report.twoInstances) parts.push(twoInstanceMarkdown(report.twoInstances));
  if (report.staticVsPerRequest?.some((row) => row.ratio !== undefined)) {
    parts.push(
      table(
        ['connections', 'static law page req/s', 'privacy notice (per request) req/s', 'ratio'],
        report.staticVsPerRequest.map((row) => [row.connections, row.staticRate?.toFixed(1) ?? '', row.perRequestRate?.toFixed(1) ?? '', row.ratio ?? '']),
      ),
    );
  }
  if (report.lighthouse) {
    parts.push(
      table(
        ['page', 'preset', 'runs', 'performance', 'vs baseline', 'FCP ms', 'LCP ms', 'TBT ms', 'KB', 'vs peer: perf, LCP ×, TBT ms, bytes ×', 'guidance targets', 'accessibility', 'best practices', 'SEO'],
        report.lighthouse.scores.map((s) => {
          const vsPeer = s.vsPeer as unknown as Record<string, number> | undefined;
          return [
            s.page as string,
            s.preset as string,
            (s.repeats as number | undefined) ?? 1,
            s.performance as number,
            s.performanceVsBaseline as number,
            (s.firstContentfulPaintMs as number | undefined) ?? '',
            (s.largestContentfulPaintMs as number | undefined) ?? '',
            (s.totalBlockingTimeMs as number | undefined) ?? '',
            s.totalBytes === undefined ? '' : Math.round((s.totalBytes as number) / 1000),
            vsPeer ? `${vsPeer.performance}, ${vsPeer.largestContentfulPaint}, ${vsPeer.totalBlockingTimeMs}, ${vsPeer.bytes}` : '',
            s.guidanceTargetsMet === undefined ? '' : s.guidanceTargetsMet ? 'met' : 'NOT met',
            s.accessibility as number,
            s.bestPractices as number,
            s.seo as number,
          ];
        }),
      ),
    );
  }
  if (report.hostile) {
    parts.push(
      table(
        ['hostile step posts', 'connections', 'real client: referrals idle / under load', 'errors', 'p50 ms idle / load', 'p99 ms idle / load', 'p99 ×', 'hostile posts (refused unread)'],
        report.hostile.attacks.map((a) => [
          a.attack,
          a.hostileConnections,
          `${a.idle.requests} / ${a.underLoad.requests}`,
          a.idle.errors + a.underLoad.errors,
          `${a.idle.latencyP50Ms} / ${a.underLoad.latencyP50Ms}`,
          `${a.idle.latencyP99Ms} / ${a.underLoad.latencyP99Ms}`,
          a.p99Ratio,
          `${a.hostilePosts} (${a.hostileRefused})`,
        ]),
      ) + `\n\nServer CPU time per hostile post checked in full: ${report.hostile.cpuPerPostMs} ms.`,
    );
  }
  if (report.scale) parts.push(scaleMarkdown(report.scale));
  if (report.recognisers && report.recognisers.length > 0) {
    parts.push(
      table(
        ['recogniser', 'slowest adversarial input', 'characters', 'ms (target under 1)', 'time at double length'],
        report.recognisers.map((r) => [r.platform, r.slowestInput, r.length, r.ms.toFixed(3), `${r.ratio.toFixed(2)}×`]),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

if (process.argv[1] && path.basename(process.argv[1]) === 'markdown.ts') {
  const file = process.argv[2] ?? path.join(__dirname, '..', 'bench-results', 'latest.json');
  process.stdout.write(benchMarkdown(JSON.parse(fs.readFileSync(file, 'utf8')) as Report));
}
