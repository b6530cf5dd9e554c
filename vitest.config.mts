import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Unit tests run server modules directly, as the server does: resolve `server-only` the
      // way React's server environment does (to its empty module) instead of throwing.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['{app,bench,components,lib,scripts,server}/**/*.test.{ts,tsx,mts}'],
    // Tests of the production build run after it, in their own step of npm test
    // (vitest.after-build.config.mts).
    exclude: [...configDefaults.exclude, '**/*.after-build.test.ts'],
    environment: 'node',
    // One real PostgreSQL for the run, for the contract suite's second store.
    globalSetup: ['./scripts/vitest-postgres.ts'],
    // Server modules that read the configuration run as the demo, as `npm run demo` starts it;
    // tests of production settings pass their own to parseEnv.
    env: { APP_MODE: 'demo' },
  },
});
