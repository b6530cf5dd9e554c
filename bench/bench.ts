/**
 * `npm run bench`: how fast, how much load, measured. Not part of `npm test`. Loopback only;
 * every phase is bounded in count and time. It builds if needed, then runs, in this order, each
 * scenario in the module that says how:
 *
 * 1. the recognisers' worst case, before any server starts: every platform's slowest adversarial
 *    input at 2,000 characters, against a target of 1 ms (recognisers.ts);
 * 2. throughput, each run against a fresh production server on its embedded defaults: pages and
 *    the submission path under load at 10 and 50 connections, then every referral counted
 *    accepted, stored, delivered and duplicated (throughput.ts);
 * 3. delivery resilience at a larger size: an SMTP outage while referrals arrive, and a SIGKILL
 *    a third of the way through a burst (resilience-scenarios.ts);
 * 4. two instances on one shared store behind a round-robin proxy, one killed mid-burst, a rate
 *    limit tried across them, and throughput through two against one (two-instances.ts);
 * 5. staff sign-in timing (sign-in-timing.ts) and the check-back's PIN timing (pin-timing.ts);
 * 6. hostile step posts from one address, then from a new address per post, beside a real
 *    client (target, from one address: no errors, p99 within 2× of idle), and the server's CPU
 *    time per hostile post (hostile.ts);
 * 7. the inbox at scale: stores of 1,000, 10,000 and 50,000 referrals on SQLite and PostgreSQL,
 *    seeded through the acceptance path, every inbox page timed, the server's memory, and a
 *    public page while staff browse (scale.ts; alone with BENCH_ONLY=scale);
 * 8. Lighthouse, our pages beside the GOV.UK Frontend peer page (lighthouse.ts).
 *
 * The settings (environment) and BENCH_SCENARIOS, to run some alone, are in settings.ts.
 * report.ts writes the figures to bench-results/ (JSON, and the Markdown tables BENCHMARKS.md
 * quotes) and prints the tables; the bench exits 1 if a submission was lost, duplicated or
 * refused, or a target was missed. BENCH_RUNS=0 BENCH_LIGHTHOUSE=0 runs the resilience
 * scenarios alone. BENCH_ONLY=pin-timing runs only the check-back's PIN timing, a wrong PIN
 * against an unknown reference (pin-timing.ts), with no build or server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { cpuPerHostilePost, HOSTILE_ATTACKS, runHostileScenario, type HostileFigures } from './hostile';
import { runLighthouse, type LighthouseFigures } from './lighthouse';
import { startPeerServer } from './peer';
import { measurePinTiming } from './pin-timing';
import { recogniserFigures, type RecogniserFigures } from './recognisers';
import { benchProblems, machine, writeReport, type HostileReport } from './report';
import type { ResilienceFigures } from './resilience';
import { sigkill, smtpOutage } from './resilience-scenarios';
import { startServer } from './server';
import {
  basePort, chosenScenario, duration, HOSTILE_CPU_POSTS, hostileConnections, lighthousePaths, lighthouseRepeats, MAIL, resilienceSize, root, runs,
  scaleSizes, scaleStores, tempDir, twoInstanceSize, twoInstanceStore, twoInstanceThroughput, withLighthouse, withRecognisers,
} from './settings';
import { sharedStore } from './shared-store';
import { measureSignInTiming } from './sign-in-timing';
import { throughputRun } from './throughput';
import { runScale } from './scale';
import type { ScaleFigures } from './scale-judgement';
import { runTwoInstances } from './two-instances';
import type { TwoInstanceFigures } from './two-instances-judgement';

async function main() {
  // One scenario alone, needing no build or server: the check-back's PIN timing.
  if (process.env.BENCH_ONLY === 'pin-timing') {
    console.log(`check-back, wrong PIN against unknown reference: ${JSON.stringify(await measurePinTiming())}`);
    return;
  }
  const started = new Date();
  const { buildIfNeeded } = (await import(path.join(root, 'scripts', 'build-if-needed.mjs'))) as {
    buildIfNeeded: (settings: Record<string, string>) => void;
  };
  buildIfNeeded({ APP_MODE: 'demo' });
  const about = machine();
  console.log(`Benchmark: ${runs} run(s), ${duration} s per scenario, on ${about.cores} × ${about.cpu}, load ${about.loadAverageAtStart.join(' ')}`);

  // Before any server starts, so the machine is as quiet as it will be.
  const recognisers: RecogniserFigures[] = withRecognisers ? recogniserFigures() : [];
  if (recognisers.length > 0) console.table(recognisers);

  const throughput = [];
  if (chosenScenario('pages') || chosenScenario('submissions')) {
    for (let run = 1; run <= runs; run += 1) throughput.push(await throughputRun(run));
  }

  const resilience: ResilienceFigures[] = [];
  if (resilienceSize > 0 && chosenScenario('resilience')) {
    for (const scenario of [smtpOutage, sigkill]) {
      const figures = await scenario(resilienceSize);
      console.log(`${figures.scenario}: ${JSON.stringify(figures)}`);
      resilience.push(figures);
    }
  }

  let twoInstances: TwoInstanceFigures | undefined;
  if (twoInstanceSize > 0 && chosenScenario('two-instances')) {
    const store = await sharedStore(twoInstanceStore);
    try {
      twoInstances = await runTwoInstances({
        store,
        size: twoInstanceSize,
        throughputSize: twoInstanceThroughput,
        throughputRounds: 3,
        basePort: basePort + 20,
        log: (line) => console.log(line),
      });
      console.log(`two instances: ${JSON.stringify(twoInstances)}`);
    } finally {
      await store.close();
    }
  }

  const signInTiming = chosenScenario('sign-in') ? await measureSignInTiming() : undefined;
  if (signInTiming) console.log(`staff sign-in, wrong password: ${JSON.stringify(signInTiming)}`);
  const pinTiming = chosenScenario('pin-timing') ? await measurePinTiming() : undefined;
  if (pinTiming) console.log(`check-back, wrong PIN against unknown reference: ${JSON.stringify(pinTiming)}`);
  let hostile: HostileReport | undefined;
  if (hostileConnections > 0 && chosenScenario('hostile')) {
    const dataDir = tempDir('hostile');
    const smtp = await startSmtpCapture(basePort + 13);
    // Behind one trusted proxy hop, so each client is known by the X-Forwarded-For it sends; and
    // the service's own rate limits, since every real referral comes from its own address.
    const server = await startServer(basePort + 4, {
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      TRUSTED_PROXY_HOPS: '1',
      ...MAIL,
    });
    try {
      const attacks: HostileFigures[] = [];
      for (const attack of HOSTILE_ATTACKS) {
        const figures = await runHostileScenario(server.baseUrl, attack, duration, hostileConnections);
        console.log(`${figures.scenario}, ${attack}: ${JSON.stringify(figures)}`);
        attacks.push(figures);
      }
      const cpuPerPostMs = await cpuPerHostilePost(server.baseUrl, server.child.pid!, HOSTILE_CPU_POSTS);
      console.log(`hostile step post, server CPU per post checked in full: ${cpuPerPostMs} ms`);
      hostile = { attacks, cpuPerPostMs };
    } finally {
      await server.stop();
      await smtp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  let scale: ScaleFigures | undefined;
  if (chosenScenario('scale') && scaleSizes.length > 0 && scaleStores.length > 0) {
    scale = await runScale({ stores: scaleStores, sizes: scaleSizes, port: basePort + 30, log: (line) => console.log(line) });
  }

  let lighthouse: LighthouseFigures | undefined;
  if (withLighthouse && chosenScenario('lighthouse')) {
    const dataDir = tempDir('lighthouse');
    const server = await startServer(basePort + 3, { DATA_DIR: dataDir, EMBEDDED_SMTP_PORT: '0' });
    const peer = await startPeerServer(basePort + 5);
    try {
      lighthouse = await runLighthouse(server.baseUrl, path.join(root, 'bench-results', 'lighthouse'), {
        peerUrl: peer.baseUrl,
        repeats: lighthouseRepeats,
        onlyPaths: lighthousePaths,
      });
    } finally {
      await peer.close();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const figures = { throughput, resilience, twoInstances, signInTiming, pinTiming, hostile, scale, lighthouse, recognisers };
  const problems = benchProblems(writeReport(started, about, figures), figures);
  for (const problem of problems) console.error(`FAILED: ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
