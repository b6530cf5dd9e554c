/**
 * The inbox-at-scale judgement (scale-judgement.ts), without servers: the percentiles, what
 * counts as the page asked for, and which runs miss their targets.
 */
import { describe, expect, it } from 'vitest';
import { headingOf, percentile, scaleMarkdown, scaleProblems, wrongAnswer, type PageFigures, type ScaleRun } from './scale-judgement';

const page = (name: string, medianMs: number): PageFigures => ({ name, path: `/${name}`, medianMs, p95Ms: medianMs * 1.5, bytes: 40_000, rssPeakMb: 300, wrongAnswers: 0 });

const run = (store: string, size: number, queueMs: number, overrides: Partial<ScaleRun> = {}): ScaleRun => ({
  store,
  size,
  seed: { referrals: size, open: 300, closed: size - 300, notes: 30, auditRows: size * 6, seconds: size / 500, secondsPer1000: 2 },
  pages: [page('queue', queueMs), page('case page', 20)],
  memory: { rssAfterStartMb: 250, vmHwmMb: 400 },
  publicPage: { path: '/report/questions', idle: { requests: 200, p50Ms: 10, p99Ms: 20, overlapped: 0 }, whileBrowsing: { requests: 200, p50Ms: 12, p99Ms: 35, overlapped: 40 }, staffRequests: 60, rssPeakMb: 380, p99Ratio: 1.75 },
  ...overrides,
});

describe('scale percentiles and answers', () => {
  it('takes the nearest-rank percentile, a value that was measured', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('reads a heading through React’s text separators, and refuses a sign-in page or a redirect', () => {
    const casePage = '<h1 class="heading-l"><span class="caption">Referral</span> <!-- -->KQ7M-X4PD<!-- --> <strong class="tag">High</strong></h1>';
    expect(headingOf(casePage)).toBe('Referral KQ7M-X4PD High');
    expect(wrongAnswer(200, 'text/html', casePage, { heading: 'Referral KQ7M-X4PD' })).toBeUndefined();
    expect(wrongAnswer(200, 'text/html', '<h1>Sign in</h1>', { heading: 'Referrals' })).toBe('heading "Sign in"');
    expect(wrongAnswer(307, 'text/html', '', { heading: 'Referrals' })).toBe('status 307');
    expect(wrongAnswer(200, 'text/csv; charset=utf-8', 'figure,week,group,value\r\n', { csvHeader: 'figure,week,group,value' })).toBeUndefined();
    expect(wrongAnswer(200, 'text/html', '<h1>Sign in</h1>', { csvHeader: 'figure,week,group,value' })).toMatch(/not the CSV/);
  });
});

describe('scale verdict', () => {
  it('passes pages under 100 ms that at most doubled, memory under 500 MB and a public p99 within 2×', () => {
    expect(scaleProblems({ sizes: [1000, 50000], stores: ['sqlite'], runs: [run('sqlite', 1000, 30), run('sqlite', 50000, 60)] })).toEqual([]);
  });

  it('judges each store at its largest size against its smallest', () => {
    const problems = scaleProblems({
      sizes: [1000, 50000],
      stores: ['sqlite', 'postgres'],
      runs: [
        run('sqlite', 1000, 30),
        run('sqlite', 50000, 61),
        // At the smallest size a slow page is only reported, never failed on its own.
        run('postgres', 1000, 150),
        run('postgres', 50000, 120, { memory: { rssAfterStartMb: 300, vmHwmMb: 520 } }),
      ],
    });
    expect(problems).toEqual([
      expect.stringMatching(/^sqlite at 50000: queue median 61 ms, more than 2× its 30 ms at 1000$/),
      expect.stringMatching(/^postgres at 50000: queue median 120 ms \(target under 100 ms\)$/),
      expect.stringMatching(/^postgres at 50000: the server's peak memory was 520 MB/),
    ]);
  });

  it('fails a public page slowed more than 2× by staff browsing, a run in which too few public requests met a staff page, and any answer that was not the page', () => {
    const slowed = run('sqlite', 1000, 30, {
      publicPage: { path: '/report/questions', idle: { requests: 200, p50Ms: 10, p99Ms: 20, overlapped: 0 }, whileBrowsing: { requests: 200, p50Ms: 30, p99Ms: 900, overlapped: 9 }, staffRequests: 9, rssPeakMb: 380, p99Ratio: 45 },
      pages: [{ ...page('queue', 30), wrongAnswers: 23, firstWrong: 'heading "Sign in"' }],
    });
    expect(scaleProblems({ sizes: [1000], stores: ['sqlite'], runs: [slowed] })).toEqual([
      expect.stringMatching(/queue answered 23 time\(s\) with something else \(heading "Sign in"\)/),
      expect.stringMatching(/only 9 of 200 public requests met a staff page in flight \(at least 5% must\)/),
      expect.stringMatching(/public page's p99 was 900 ms while staff browsed against 20 ms alone \(45×/),
    ]);
  });

  it('writes a row per page and per run', () => {
    const markdown = scaleMarkdown({ sizes: [1000], stores: ['sqlite'], runs: [run('sqlite', 1000, 30)] });
    expect(markdown).toContain('| sqlite, 1,000 | queue | 30 | 45 | 39 kB | 300 |');
    expect(markdown).toContain('| sqlite, 1,000 | 250 | 380 | 400 | 10 / 20 | 12 / 35 | 1.75 | 60 | 40 of 200 |');
  });
});
