/**
 * The inbox at scale: for each store (BENCH_SCALE_STORES) and size (BENCH_SCALE_SIZES), a fresh
 * store seeded through the service's own acceptance path and casework (scale-seed.ts), then the
 * production server on it, signed in as the demo manager through the sign-in pages (Chromium),
 * and every inbox page timed one request at a time (3 warm-ups, 20 measured, each answer checked
 * to be the page itself), the server's memory sampled from /proc meanwhile and its peak (VmHWM)
 * read at the end, and the public form's first page (rendered per request) timed alone and then
 * while staff browse. scale-judgement.ts says what passes.
 *
 * "While staff browse" models a busy helpline's inbox: four caseworkers at once, each reading
 * the queue, a case, the figures and the audit log in turn with a pause of 0.5 to 1.5 s between
 * pages (a brisk click, glance and click; people reading a case take longer), so a staff page is
 * in flight for a good part of the time and often two at once. A public request made while one
 * is in flight counts as overlapped; a run with too few of them has not tested the public page
 * beside staff (the judgement says how few). It replaced two loops requesting those pages back
 * to back with no pause, which modelled a load test of the inbox rather than people reading it.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { findChromium } from '@/e2e/support/find-chromium';
import { casePath } from '@/lib/cases/case-path';
import { parseEnv } from '@/lib/env';
import { referralFormPath } from '@/lib/referral/addresses';
import { percentile, wrongAnswer, type LatencyFigures, type PageFigures, type ScaleFigures, type ScaleRun } from './scale-judgement';
import { seedStore, type SeedResult } from './scale-seed';
import { startServer } from './server';
import { tempDir } from './settings';
import { median } from './stats';

const WARM_UPS = 3;
const MEASURED = 20;
const PUBLIC_REQUESTS = 200;
const CASEWORKERS = 4;
const PAUSE_MS = { least: 500, most: 1500 };
// Fixed, so the seed and the server it is read by share it; the data is thrown away.
const DATA_KEY = Buffer.from(Array.from({ length: 32 }, (_, index) => (index * 53 + 7) % 256)).toString('base64');

type Answer = { ms: number; status: number; contentType: string; body: string };

async function request(url: string, cookie?: string): Promise<Answer> {
  const start = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const body = await response.text();
  return { ms: performance.now() - start, status: response.status, contentType: response.headers.get('content-type') ?? '', body };
}

/** Reads a field of /proc/<pid>/status in MB (VmRSS now, VmHWM the peak since start). */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : Number.NaN;
}

/** The session cookie of the demo manager, signed in through the pages as a person would. */
async function signInAsDemoManager(baseUrl: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: findChromium().executablePath });
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto('/inbox/sign-in');
    const hint = page.getByRole('note', { name: 'Demo sign-in' });
    await page.getByLabel('Email address').fill((await hint.locator('code').nth(0).textContent()) ?? '');
    await page.getByLabel('Password').fill((await hint.locator('code').nth(1).textContent()) ?? '');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('demo-code').waitFor({ timeout: 60_000 });
    await page.getByLabel('Code from your authenticator app').fill((await page.getByTestId('demo-code').textContent()) ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor({ timeout: 120_000 });
    const cookie = (await context.cookies()).find((entry) => entry.name === '__Host-inbox-session');
    if (!cookie) throw new Error('Signed in, but no session cookie was set');
    return `${cookie.name}=${cookie.value}`;
  } finally {
    await browser.close();
  }
}

/** The inbox pages timed, with what each must show. */
function inboxPages(seed: SeedResult) {
  return [
    { name: 'queue (open)', path: '/inbox', heading: 'Referrals' },
    { name: 'queue, all statuses', path: '/inbox?status=all', heading: 'Referrals' },
    { name: 'queue, closed, last page', path: `/inbox?status=closed&page=${seed.closedPages}`, heading: 'Referrals' },
    { name: 'case page', path: casePath(seed.inProgressReference), heading: `Referral ${seed.inProgressReference}` },
    { name: 'figures', path: '/inbox/figures', heading: 'Figures' },
    { name: 'figures, CSV export', path: '/inbox/figures/export', csvHeader: 'figure,week,group,value' },
    { name: 'retention', path: '/inbox/retention', heading: 'Retention and holds' },
    { name: 'audit log', path: '/inbox/audit', heading: 'Audit log' },
    // The oldest 200 rows, reached as the page's Next links reach them: by the cursor of the row after them.
    { name: 'audit log, last page', path: `/inbox/audit?before=201&page=${seed.auditPages}`, heading: 'Audit log' },
  ];
}

async function timePage(baseUrl: string, cookie: string, pid: number, page: ReturnType<typeof inboxPages>[number]): Promise<PageFigures> {
  const rss = sampleRss(pid);
  try {
    const times: number[] = [];
    let wrongAnswers = 0;
    let firstWrong: string | undefined;
    let bytes = 0;
    for (let n = 0; n < WARM_UPS + MEASURED; n += 1) {
      const answer = await request(`${baseUrl}${page.path}`, cookie);
      const wrong = wrongAnswer(answer.status, answer.contentType, answer.body, page);
      if (wrong) {
        wrongAnswers += 1;
        firstWrong ??= wrong;
      }
      if (n >= WARM_UPS) times.push(answer.ms);
      bytes = Buffer.byteLength(answer.body);
    }
    return { name: page.name, path: page.path, medianMs: median(times), p95Ms: percentile(times, 95), bytes, rssPeakMb: rss.stop(), wrongAnswers, firstWrong };
  } finally {
    rss.stop();
  }
}

async function publicLatency(url: string, staffInFlight = () => ({ inFlight: 0, started: 0 })): Promise<LatencyFigures> {
  const times: number[] = [];
  let overlapped = 0;
  for (let n = 0; n < PUBLIC_REQUESTS; n += 1) {
    const before = staffInFlight();
    const answer = await request(url);
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
    times.push(answer.ms);
    // Overlapped: a staff page was in flight when it was sent, or one was sent before it ended.
    if (before.inFlight > 0 || staffInFlight().started > before.started) overlapped += 1;
  }
  const hundredths = (ms: number) => Math.round(ms * 100) / 100;
  return { requests: times.length, p50Ms: hundredths(percentile(times, 50)), p99Ms: hundredths(percentile(times, 99)), overlapped };
}

/** Samples the server's resident memory every 50 ms until `stop()`, which returns the highest, in MB. */
function sampleRss(pid: number): { stop(): number } {
  let peak = procMb(pid, 'VmRSS');
  const timer = setInterval(() => (peak = Math.max(peak, procMb(pid, 'VmRSS'))), 50);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** The public page alone, then while caseworkers browse the inbox, each pausing between pages. */
async function publicWhileBrowsing(baseUrl: string, cookie: string, pid: number, seed: SeedResult): Promise<ScaleRun['publicPage']> {
  const url = `${baseUrl}${referralFormPath}`;
  await publicLatency(url); // Warm.
  const idle = await publicLatency(url);
  let browsing = true;
  const staff = { inFlight: 0, started: 0 };
  // Repeatable pauses: one fixed linear congruential sequence.
  let state = 12345;
  const pause = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return PAUSE_MS.least + (state / 2 ** 31) * (PAUSE_MS.most - PAUSE_MS.least);
  };
  const caseworkers = Array.from({ length: CASEWORKERS }, async (_, worker) => {
    const paths = ['/inbox', casePath(seed.inProgressReference), '/inbox/figures', '/inbox/audit'];
    await sleep(worker * (PAUSE_MS.least / CASEWORKERS)); // Not all in step.
    for (let n = worker; browsing; n += 1) {
      staff.inFlight += 1;
      staff.started += 1;
      await request(`${baseUrl}${paths[n % paths.length]}`, cookie);
      staff.inFlight -= 1;
      await sleep(pause());
    }
  });
  const rss = sampleRss(pid);
  await sleep(200);
  const whileBrowsing = await publicLatency(url, () => ({ ...staff }));
  browsing = false;
  await Promise.all(caseworkers);
  const rssPeakMb = rss.stop();
  return { path: referralFormPath, idle, whileBrowsing, staffRequests: staff.started, rssPeakMb, p99Ratio: Math.round((whileBrowsing.p99Ms / idle.p99Ms) * 100) / 100 };
}

type ScaleStore = { name: string; database(size: number): Promise<{ url?: string; drop(): Promise<void> }>; close(): Promise<void> };

async function openScaleStore(name: string): Promise<ScaleStore> {
  if (name === 'sqlite') return { name, database: async () => ({ drop: async () => undefined }), close: async () => undefined };
  if (name !== 'postgres') throw new Error(`BENCH_SCALE_STORES: ${name} is not sqlite or postgres`);
  // As shared-store.ts: imported when needed, a throwaway real server; a fresh database per size.
  const { startTestPostgres } = await import('../scripts/test-postgres.mjs');
  const server = await startTestPostgres();
  const admin = new pg.Client(server.url);
  await admin.connect();
  return {
    name,
    async database(size) {
      const database = `scale_${size}`;
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(server.url);
      url.pathname = `/${database}`;
      return { url: url.toString(), drop: async () => void (await admin.query(`DROP DATABASE ${database} WITH (FORCE)`)) };
    },
    async close() {
      await admin.end();
      await server.stop();
    },
  };
}

async function runOne(store: ScaleStore, size: number, port: number, log: (line: string) => void): Promise<ScaleRun> {
  const dataDir = tempDir(`scale-${store.name}-${size}`);
  const database = await store.database(size);
  const settings = { DATA_DIR: dataDir, DATA_KEY, ...(database.url ? { DATABASE_URL: database.url } : {}) };
  try {
    const seed = await seedStore(parseEnv({ APP_MODE: 'demo', ...settings }), size, Date.now(), (line) => log(`scale, ${store.name} at ${size}: ${line}`));
    log(`scale, ${store.name} at ${size}: seeded in ${seed.seconds.toFixed(1)} s (${seed.secondsPer1000.toFixed(2)} s per 1,000): ${seed.open} open, ${seed.closed} closed, ${seed.notes} notes, ${seed.auditRows} audit rows`);
    const server = await startServer(port, { ...settings, EMBEDDED_SMTP_PORT: '0' });
    try {
      const pid = server.child.pid!;
      const rssAfterStartMb = procMb(pid, 'VmRSS');
      const cookie = await signInAsDemoManager(server.baseUrl);
      const pages: PageFigures[] = [];
      for (const page of inboxPages(seed)) {
        const figures = await timePage(server.baseUrl, cookie, pid, page);
        log(`scale, ${store.name} at ${size}: ${page.name}: median ${figures.medianMs.toFixed(1)} ms, p95 ${figures.p95Ms.toFixed(1)} ms, ${figures.bytes} bytes${figures.wrongAnswers ? `, ${figures.wrongAnswers} wrong answers (${figures.firstWrong})` : ''}`);
        pages.push(figures);
      }
      const publicPage = await publicWhileBrowsing(server.baseUrl, cookie, pid, seed);
      const memory = { rssAfterStartMb, vmHwmMb: procMb(pid, 'VmHWM') };
      const { seconds, secondsPer1000, referrals, open, closed, notes, auditRows } = seed;
      return { store: store.name, size, seed: { referrals, open, closed, notes, auditRows, seconds, secondsPer1000 }, pages, memory, publicPage };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every store at every size, smallest first; `port` is the server's. */
export async function runScale({ stores, sizes, port, log }: { stores: string[]; sizes: number[]; port: number; log: (line: string) => void }): Promise<ScaleFigures> {
  const runs: ScaleRun[] = [];
  const ordered = [...sizes].sort((a, b) => a - b);
  for (const name of stores) {
    const store = await openScaleStore(name);
    try {
      for (const size of ordered) {
        const run = await runOne(store, size, port, log);
        log(`scale, ${name} at ${size}: server ${run.memory.rssAfterStartMb} MB after start, ${run.publicPage.rssPeakMb} MB at most while staff browsed, peak ${run.memory.vmHwmMb} MB; public page p99 ${run.publicPage.idle.p99Ms} ms alone, ${run.publicPage.whileBrowsing.p99Ms} ms while staff browse (${run.publicPage.p99Ratio}×, ${run.publicPage.whileBrowsing.overlapped} of ${run.publicPage.whileBrowsing.requests} overlapping a staff page)`);
        runs.push(run);
      }
    } finally {
      await store.close();
    }
  }
  return { sizes: ordered, stores, runs };
}
