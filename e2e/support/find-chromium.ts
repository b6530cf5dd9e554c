/**
 * Which Chromium the end-to-end tests drive: Playwright's own build when it is installed (a
 * developer laptop after `npx playwright install chromium`), otherwise the system's Chromium
 * (Debian's `chromium` package here and in CI), otherwise a clear error that says how to fix it.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): { executablePath?: string; source: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    }
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (fs.existsSync(chromium.executablePath())) {
    return { source: "Playwright's own Chromium" };
  }
  const system = systemChromiums.find((candidate) => fs.existsSync(candidate));
  if (system) return { executablePath: system, source: 'the system Chromium' };
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  - the system package: sudo apt-get install -y chromium   (Debian, Ubuntu)\n' +
      "  - Playwright's own build: npx playwright install chromium\n" +
      'or set CHROMIUM_PATH to the path of a Chromium or Chrome executable.',
  );
}
