/**
 * Tests that start the production build itself (`next start`), so they run after `next build`:
 * npm test's "Tests of the build" step, and by hand with
 * `npx next build && npx vitest run --config vitest.after-build.config.mts`.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

export default defineConfig({
  ...base,
  // No run-wide PostgreSQL (the unit tests' global setup): each test here starts its own.
  test: { ...base.test, include: ['bench/**/*.after-build.test.ts'], exclude: configDefaults.exclude, globalSetup: [] },
});
