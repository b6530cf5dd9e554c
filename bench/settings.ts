/**
 * The benchmark's settings, read once from the environment, and what every scenario shares:
 * which scenarios run, the pages measured, the servers' settings and a scratch directory.
 *
 * Loopback only; every phase is bounded in count and time. Settings (environment):
 *   BENCH_RUNS (3), BENCH_DURATION (10 s per scenario), BENCH_PORT (3710: servers on it to +4, SMTP captures on +10 to +13),
 *   BENCH_RESILIENCE_SIZE (1000; 0 skips), BENCH_HOSTILE_CONNECTIONS (8; 0 skips), BENCH_LIGHTHOUSE (1; 0 skips), BENCH_RECOGNISERS (1; 0 skips),
 *   BENCH_LIGHTHOUSE_REPEATS (3: mobile runs per page, medians reported), BENCH_LIGHTHOUSE_PAGES (all: a
 *   comma list of our pages' paths to measure, beside the peer and the baseline),
 *   BENCH_TWO_INSTANCE_SIZE (1000; 0 skips), BENCH_TWO_INSTANCE_THROUGHPUT (200 referrals per round, 3 rounds each; 0 skips),
 *   BENCH_TWO_INSTANCE_STORE (postgres, a throwaway real one; or sqlite, one file between the two; ports BENCH_PORT+20 to +25),
 *   BENCH_SCENARIOS (all: a comma list of pages, submissions, resilience, two-instances, sign-in, hostile,
 *   pin-timing, scale, lighthouse, to run some alone; `pages` is the page throughput table, static guidance pages
 *   beside one rendered per request; `lighthouse` is our pages beside the peer page),
 *   BENCH_ONLY (pin-timing: that alone, with no build or server; scale: the inbox at scale alone, nothing else),
 *   BENCH_SCALE_SIZES (1000,10000,50000: referrals stored, one fresh store each), BENCH_SCALE_STORES (sqlite,postgres;
 *   the scale scenario's server on BENCH_PORT+30).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { referralFormPath, referralStartPath } from '@/lib/referral/addresses';

export const root = path.resolve(__dirname, '..');
export const runs = Number(process.env.BENCH_RUNS ?? 3);
export const duration = Number(process.env.BENCH_DURATION ?? 10);
export const basePort = Number(process.env.BENCH_PORT ?? 3710);
export const resilienceSize = Number(process.env.BENCH_RESILIENCE_SIZE ?? 1000);
export const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
export const benchOnly = process.env.BENCH_ONLY;
export const withRecognisers = process.env.BENCH_RECOGNISERS !== '0' && benchOnly !== 'scale';
export const hostileConnections = Number(process.env.BENCH_HOSTILE_CONNECTIONS ?? 8);
export const twoInstanceSize = Number(process.env.BENCH_TWO_INSTANCE_SIZE ?? 1000);
export const twoInstanceThroughput = Number(process.env.BENCH_TWO_INSTANCE_THROUGHPUT ?? 200);
export const twoInstanceStore = process.env.BENCH_TWO_INSTANCE_STORE ?? 'postgres';
export const connectionCounts = [10, 50];
export const lighthouseRepeats = Number(process.env.BENCH_LIGHTHOUSE_REPEATS ?? 3);
// Our pages Lighthouse measures, by path (the peer and the baseline always): all when unset.
export const lighthousePaths = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').map((entry) => entry.trim());
const list = (value: string) => value.split(',').map((entry) => entry.trim()).filter(Boolean);
export const scaleSizes = list(process.env.BENCH_SCALE_SIZES ?? '1000,10000,50000').map(Number);
export const scaleStores = list(process.env.BENCH_SCALE_STORES ?? 'sqlite,postgres');
for (const size of scaleSizes) if (!(Number.isInteger(size) && size > 0)) throw new Error(`BENCH_SCALE_SIZES: ${size} is not a number of referrals`);
/** Hostile posts sent one at a time to measure the server's CPU time for each. */
export const HOSTILE_CPU_POSTS = 100;

const SCENARIOS = ['pages', 'submissions', 'resilience', 'two-instances', 'sign-in', 'pin-timing', 'hostile', 'scale', 'lighthouse'] as const;
const chosen = benchOnly === 'scale' ? ['scale'] : (process.env.BENCH_SCENARIOS ?? SCENARIOS.join(',')).split(',').map((name) => name.trim());
for (const name of chosen) {
  if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`BENCH_SCENARIOS: ${name} is not one of ${SCENARIOS.join(', ')}`);
}
export const chosenScenario = (scenario: (typeof SCENARIOS)[number]) => chosen.includes(scenario);

/**
 * Pages measured, by what they stand for. Home, the law page, the platform guide and the form's
 * start page are static files (pages/); the privacy notice and the form's first question are
 * rendered per request, as every page was before, so the table shows what building guidance to
 * files is worth in the same run.
 */
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'law page', path: '/law/scotland' },
  { name: 'platform guide', path: '/evidence/instagram' },
  { name: 'privacy, per request', path: '/privacy' },
  { name: 'form, start page', path: referralStartPath },
  { name: 'form, first question, per request', path: referralFormPath },
] as const;

// The bench server accepts many submissions from one address (all of them come from loopback),
// each a post to the form, at once: set for the throughput and resilience servers only, which
// measure what the server can do rather than what one client may; the service's own defaults
// (5 in 10 minutes; posts 30 in 10 s, 250 ms apart) are untouched, and the hostile scenario
// runs with them.
export const BENCH_RATE_LIMIT = {
  RATE_LIMIT_SUBMISSIONS: '1000',
  RATE_LIMIT_WINDOW_SECONDS: '1',
  RATE_LIMIT_STEP_BURST: '1000',
  RATE_LIMIT_STEP_BURST_SECONDS: '1',
  RATE_LIMIT_STEP_SPACING_MS: '0',
};
export const MAIL = { MAIL_FROM: 'referrals-noreply@get-help.example', REFERRAL_TO_EMAIL: 'intake@support-service.example' };
// For the resilience scenarios only: retries in seconds rather than minutes, as in the delivery
// reliability tests, so an outage of a few seconds is recovered within the bench's time bound.
export const FAST_OUTBOX = {
  OUTBOX_POLL_MS: '50',
  OUTBOX_LEASE_MS: '5000',
  OUTBOX_BACKOFF_BASE_MS: '200',
  OUTBOX_BACKOFF_MAX_MS: '1000',
  OUTBOX_MAX_ATTEMPTS: '1000',
};

export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
}
