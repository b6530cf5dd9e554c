/** The data directory the end-to-end server runs with (set in playwright.config.ts). */
import os from 'node:os';
import path from 'node:path';

export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

export const e2eDataDir = path.join(os.tmpdir(), `get-help-e2e-${e2ePort}`);
