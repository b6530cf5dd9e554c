/**
 * Builds Exit this page's browser script (components/exit-this-page/exit-this-page-script.ts)
 * into public/exit-this-page.js: one small file with no framework and no dependencies, which
 * every page loads and `next start` serves as a static file. The built file is committed, so the
 * site runs without this step; a unit test fails when it is out of date with its source.
 *
 * `node scripts/build-exit-script.mjs` writes it; `--check` only says whether it is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const exitScriptSource = path.join(root, 'components', 'exit-this-page', 'exit-this-page-script.ts');
export const exitScriptOutput = path.join(root, 'public', 'exit-this-page.js');

/** The built script's text. */
export function buildExitScript() {
  const result = buildSync({
    entryPoints: [exitScriptSource],
    bundle: true,
    minify: true,
    // A classic script in its own scope: nothing leaks onto window, and it runs in any browser
    // the site supports without module loading.
    format: 'iife',
    target: ['es2020'],
    alias: { '@': root },
    legalComments: 'none',
    write: false,
  });
  return `/* Exit this page: see components/exit-this-page/exit-this-page-script.ts */\n${result.outputFiles[0].text}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const built = buildExitScript();
  if (process.argv.includes('--check')) {
    const current = fs.readFileSync(exitScriptOutput, 'utf8') === built;
    console.log(current ? 'public/exit-this-page.js is current.' : 'public/exit-this-page.js is out of date.');
    process.exit(current ? 0 : 1);
  }
  fs.writeFileSync(exitScriptOutput, built);
  console.log(`Wrote public/exit-this-page.js (${built.length} bytes).`);
}
