/**
 * Whether the guidance pages this server serves were built with the settings it runs with.
 *
 * Those pages are static files, rendered by `next build` with the shell's settings (the demo
 * banner, Exit this page's destination, the support service's name and number). A server
 * started with other settings would show people one support service's number in the footer and
 * another's in the form, so it refuses to start instead, naming the settings that differ.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { ShellEnv } from '@/lib/shell-env';

/** Each shell setting, by the variable that sets it, read from the settings object. */
const settingsByVariable: Record<string, (shell: ShellEnv) => string> = {
  APP_MODE: (shell) => shell.mode,
  PUBLIC_BASE_URL: (shell) => shell.publicBaseUrl,
  EXIT_URL: (shell) => shell.exitUrl,
  SUPPORT_SERVICE_NAME: (shell) => shell.supportService.name,
  SUPPORT_SERVICE_EMAIL: (shell) => shell.supportService.email,
  SUPPORT_SERVICE_PHONE: (shell) => shell.supportService.phone,
  SUPPORT_SERVICE_HOURS: (shell) => shell.supportService.hours,
};

/**
 * The variables whose values differ between the build and the running server. A demo's address
 * follows the port it listens on (and a static page shows only its host), so two demos may
 * differ there; a production site's address is its own and must match.
 */
export function differingShellSettings(built: ShellEnv, running: ShellEnv): string[] {
  const bothDemos = built.mode === 'demo' && running.mode === 'demo';
  return Object.entries(settingsByVariable)
    .filter(([variable]) => !(bothDemos && variable === 'PUBLIC_BASE_URL'))
    .filter(([, read]) => read(built) !== read(running))
    .map(([variable]) => variable);
}

/**
 * The shell settings the home page was built with, from the props Next.js keeps beside the
 * built page; undefined where there is no production build (next dev, unit tests).
 */
export function builtShellSettings(distDir = path.join(process.cwd(), '.next')): ShellEnv | undefined {
  const file = path.join(distDir, 'server', 'pages', 'index.json');
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { pageProps?: { shell?: ShellEnv } };
  return data.pageProps?.shell;
}
