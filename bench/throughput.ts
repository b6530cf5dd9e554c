/**
 * The throughput scenarios: pages and submissions under load with autocannon, for a fixed
 * duration at each connection count, against a fresh server per count. Submissions are then
 * counted: accepted (references in the responses), stored (the SQLite file, read-only),
 * delivered (at the SMTP capture) and duplicated.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { referralFormPath } from '@/lib/referral/addresses';
import { burst, deliveredReferences, waitForDrain } from './referral-traffic';
import { startServer, storedReferences, type BenchServer } from './server';
import { BENCH_RATE_LIMIT, basePort, chosenScenario, connectionCounts, duration, MAIL, PAGES, tempDir } from './settings';
import { readActionFields, readStepTokens, referenceIn, submissionBodies } from './submission';

export type LoadFigures = {
  scenario: string;
  connections: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Everything that is not a good answer: connection errors, timeouts, non-2xx, refusals. */
  errors: number;
  /** Of the errors, requests unanswered after autocannon's timeout (10 s for pages). */
  timeouts: number;
};

export type SubmissionFigures = LoadFigures & {
  sent: number;
  accepted: number;
  refused: number;
  stored: number;
  delivered: number;
  duplicates: number;
  drainSeconds: number;
  ratioToFormPage: number;
};

function figuresOf(scenario: string, connections: number, result: autocannon.Result, extraErrors = 0): LoadFigures {
  return {
    scenario,
    connections,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon's `errors` already includes its timeouts.
    errors: result.errors + result.non2xx + extraErrors,
    timeouts: result.timeouts,
  };
}

async function loadPage(baseUrl: string, pagePath: string, connections: number): Promise<autocannon.Result> {
  return autocannon({ url: `${baseUrl}${pagePath}`, connections, duration, headers: { 'accept-encoding': 'gzip' } });
}

/**
 * Posts referrals for about `duration` seconds; counts the references on the confirmation pages.
 *
 * A fixed-duration autocannon run cuts off the requests still in flight when time is up: the
 * server stores those referrals but the client never sees their references, so stored would
 * exceed accepted by however many were cut off. Instead a short calibration burst measures the
 * rate, and autocannon then sends a fixed number of referrals sized to last `duration` seconds
 * and waits for every answer. Every referral sent is then either accepted or counted as an error.
 */
async function loadSubmissions(server: BenchServer, connections: number) {
  const calibration = await burst(server.baseUrl, connections * 2, connections);
  const rate = calibration.references.length / calibration.seconds;
  const amount = Math.max(connections, Math.round(rate * duration));
  const bodies = submissionBodies(await readActionFields(server.baseUrl), await readStepTokens(server.baseUrl, amount));
  const references: string[] = [...calibration.references];
  let refused = calibration.attempted - calibration.references.length;
  const result = await autocannon({
    url: `${server.baseUrl}${referralFormPath}`,
    connections,
    amount,
    // A referral slower than this under load counts as an error, but it is not cut off early.
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': bodies.contentType, origin: server.baseUrl, accept: 'text/html' },
        setupRequest: (request) => ({ ...request, body: bodies.next() }),
        onResponse: (status, body) => {
          const reference = status === 200 ? referenceIn(body) : undefined;
          if (reference) references.push(reference);
          // A non-2xx answer is already in autocannon's own count; a 2xx page without a
          // reference (validation errors, a refusal) is not.
          else if (status >= 200 && status < 300) refused += 1;
        },
      },
    ],
  });
  return { result, references, refused, sent: calibration.attempted + amount };
}

/** One run of the throughput scenarios against a fresh server. */
export async function throughputRun(run: number): Promise<{ pages: LoadFigures[]; submissions: SubmissionFigures[] }> {
  const smtp = await startSmtpCapture(basePort + 10);
  const pages: LoadFigures[] = [];
  const submissions: SubmissionFigures[] = [];
  try {
    for (const connections of connectionCounts) {
      const dataDir = tempDir('throughput');
      const server = await startServer(basePort, {
        DATA_DIR: dataDir,
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        ...MAIL,
        ...BENCH_RATE_LIMIT,
      });
      try {
        // Warm each route once so the first measured second is not the first render.
        for (const page of PAGES) await fetch(`${server.baseUrl}${page.path}`).then((r) => r.text());
        // Submissions are compared with the form's own page, which a person loads before sending
        // and which, like the Send, is rendered per request. (Against the home page, a static file
        // since issue 20, they would round to 0%.)
        let formPageRps = 0;
        for (const page of chosenScenario('pages') ? PAGES : PAGES.filter((entry) => entry.path === referralFormPath)) {
          const figures = figuresOf(page.name, connections, await loadPage(server.baseUrl, page.path, connections));
          if (page.path === referralFormPath) formPageRps = figures.requestsPerSecond;
          pages.push(figures);
          log(run, figures);
        }
        if (!chosenScenario('submissions')) continue;
        smtp.messages.length = 0;
        const { result, references, refused, sent } = await loadSubmissions(server, connections);
        const { seconds: drainSeconds } = await waitForDrain(dataDir, smtp, references.length, 180_000);
        const stored = storedReferences(dataDir);
        const delivered = deliveredReferences(smtp);
        const figures: SubmissionFigures = {
          ...figuresOf('submission', connections, result, refused),
          sent,
          accepted: references.length,
          refused: refused + result.non2xx,
          stored: stored.length,
          delivered: new Set(delivered).size,
          duplicates: delivered.length - new Set(delivered).size,
          drainSeconds,
          ratioToFormPage: formPageRps > 0 ? result.requests.average / formPageRps : 0,
        };
        const storedSet = new Set(stored);
        if (references.some((reference) => !storedSet.has(reference))) figures.errors += 1;
        submissions.push(figures);
        log(run, figures);
      } finally {
        await server.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await smtp.close();
  }
  return { pages, submissions };
}

function log(run: number, figures: LoadFigures): void {
  console.log(
    `run ${run}  ${figures.scenario.padEnd(18)} c=${String(figures.connections).padEnd(3)} ${figures.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${figures.latencyP50Ms} ms  p99 ${figures.latencyP99Ms} ms  errors ${figures.errors} (timeouts ${figures.timeouts})`,
  );
}
