import { defineConfig } from '@playwright/test';
import { e2eDataDir, e2ePort as port } from './e2e/support/e2e-data-dir';
import { findChromium } from './e2e/support/find-chromium';
import { loopbackOnlyHostResolverRules } from './e2e/support/loopback-only';

const chromiumBuild = findChromium();

export default defineConfig({
  testDir: 'e2e',
  // One server, one browser at a time: the tests share the server's state (later, its mailbox).
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Most people arrive on a phone: test at a phone's size.
    viewport: { width: 390, height: 844 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumBuild.executablePath,
          // Keep the browser from calling home: test traffic may go only to loopback, and tests
          // that count requests must only see the page's own. The flags below stop most of what
          // Chromium fetches by itself; the host resolver rule stops the rest, and any spec that
          // strays to another site (see e2e/support/loopback-only.ts).
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
            `--host-resolver-rules=${loopbackOnlyHostResolverRules}`,
          ],
        },
      },
    },
  ],
  webServer: {
    // The same command a newcomer runs, on another port and with its own data directory.
    command: 'node scripts/demo.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
      DATA_DIR: e2eDataDir,
      // Any free port for the embedded SMTP server: several copies may run on one machine. The
      // server writes the port it got to DATA_DIR/embedded-smtp.port for the tests to read.
      EMBEDDED_SMTP_PORT: '0',
      // The referral journeys all send from 127.0.0.1, which the default limit (5 in 10 minutes)
      // would soon refuse: four specs send today, and one more spec or --repeat-each would trip
      // it. The limit itself is tested in canary-and-limits.spec.ts, on a server of its own.
      RATE_LIMIT_SUBMISSIONS: '1000',
      // Likewise every journey without JavaScript posts each step from 127.0.0.1, one test
      // straight after another: a few journeys back to back could reach the default burst (30
      // posts in 10 s) that one person never does. 100 in 10 s is still a bound no script
      // passes unnoticed; the default is tested in post-limits.spec.ts, on a server of its own.
      RATE_LIMIT_STEP_BURST: '100',
    },
  },
});
