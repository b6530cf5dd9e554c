/**
 * Lighthouse 12.2.3 (the last to run on Node 20) with the system Chromium, on the home page, a
 * law page, a platform guide and the form, with the mobile and desktop presets. Accessibility,
 * best practices and SEO must be 100. Performance on these small shared CPUs moves by several
 * points between identical runs, so it is reported beside a baseline page measured in the same
 * run: /accessibility, plain text that loads only the framework's floor of JavaScript.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loopbackOnlyHostResolverRules } from '../../e2e/support/loopback-only';

const root = path.resolve(__dirname, '..', '..');

export const LIGHTHOUSE_PAGES = [
  { name: 'baseline (/accessibility)', path: '/accessibility' },
  { name: 'home', path: '/' },
  { name: 'law page', path: '/law/scotland' },
  { name: 'platform guide', path: '/evidence/instagram' },
  { name: 'form, first page', path: '/report' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScore = {
  page: string;
  preset: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Performance minus the baseline page's in the same preset and run. */
  performanceVsBaseline: number;
  failedAudits: string[];
};

export type LighthouseFigures = { scores: LighthouseScore[]; problems: string[] };

function chromium(): string {
  return process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/** Runs Lighthouse on every page with both presets; writes each JSON report under `outDir`. */
export async function runLighthouse(baseUrl: string, outDir: string): Promise<LighthouseFigures> {
  fs.mkdirSync(outDir, { recursive: true });
  const scores: LighthouseScore[] = [];
  const problems: string[] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    let baseline = Number.NaN;
    for (const page of LIGHTHOUSE_PAGES) {
      const output = path.join(outDir, `${preset}-${page.path.replace(/\W+/g, '_') || 'home'}.json`);
      const result = spawnSync(
        path.join(root, 'node_modules', '.bin', 'lighthouse'),
        [
          `${baseUrl}${page.path}`,
          ...(preset === 'desktop' ? ['--preset=desktop'] : []),
          `--only-categories=${CATEGORIES.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
          // The same loopback-only rule as the end-to-end browser's; Lighthouse splits its Chrome
          // flags on spaces, so the rule, which has spaces, goes quoted in a flag of its own.
          `--chrome-flags=--host-resolver-rules="${loopbackOnlyHostResolverRules}"`,
        ],
        { cwd: root, env: { ...process.env, CHROME_PATH: chromium() }, encoding: 'utf8', timeout: 120_000 },
      );
      if (result.status !== 0 || !fs.existsSync(output)) {
        problems.push(`Lighthouse failed on ${page.path} (${preset}): ${(result.stderr ?? '').slice(-500)}`);
        continue;
      }
      const report = JSON.parse(fs.readFileSync(output, 'utf8')) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
      };
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
        report.categories[category]!.auditRefs
          .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && (report.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}:${ref.id}`),
      );
      const performance = score('performance');
      if (page.path === LIGHTHOUSE_PAGES[0].path) baseline = performance;
      const row: LighthouseScore = {
        page: page.name,
        preset,
        performance,
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        performanceVsBaseline: performance - baseline,
        failedAudits,
      };
      scores.push(row);
      console.log(`lighthouse ${preset} ${page.path}: ${JSON.stringify(row)}`);
      for (const category of ['accessibility', 'bestPractices', 'seo'] as const) {
        if (row[category] !== 100) problems.push(`Lighthouse ${category} ${row[category]} on ${page.path} (${preset}): ${failedAudits.join(', ')}`);
      }
    }
  }
  return { scores, problems };
}
