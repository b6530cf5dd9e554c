import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations.
import { buildExitScript, exitScriptOutput } from '@/scripts/build-exit-script.mjs';

describe('the built Exit this page script', () => {
  // The browser runs the committed file, not the TypeScript: an edit to the source (or to the
  // Shift gesture it bundles) must be built, or the site would quietly run the old behaviour.
  it('is current with its source (run node scripts/build-exit-script.mjs)', () => {
    expect(fs.readFileSync(exitScriptOutput, 'utf8')).toBe(buildExitScript());
  });

  // It is loaded by every page, most of which have no other script: keep it small.
  it('stays under 4 KB', () => {
    expect(fs.statSync(exitScriptOutput).size).toBeLessThan(4096);
  });
});
