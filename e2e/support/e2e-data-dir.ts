/** The data directory the end-to-end server runs with (set in playwright.config.ts). */
import os from 'node:os';
import path from 'node:path';

export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

// A new directory for every run, so no mail, referral or port file an earlier run left behind is
// read as this run's. The id is set once, when the main process loads the config, and the
// workers inherit it with the rest of the environment.
process.env.E2E_RUN_ID ??= `${Date.now()}-${process.pid}`;

export const e2eDataDir = path.join(os.tmpdir(), `get-help-e2e-${e2ePort}-${process.env.E2E_RUN_ID}`);
