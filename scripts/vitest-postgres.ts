/**
 * Vitest's global setup: one real, throwaway PostgreSQL for the whole run (see
 * scripts/test-postgres.mjs), stopped and deleted when the run ends. Test files make their own
 * database in it (lib/storage/test-stores.ts), so files running in parallel never share data.
 *
 * `TEST_DATABASE_URL` (a superuser's URL on a server you run yourself) is used instead of
 * starting one, for a machine where the tests may not start servers.
 */
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './test-postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL on the run's PostgreSQL, for creating each test file's database. */
    testPostgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('testPostgresUrl', given);
    return async () => undefined;
  }
  const server = await startTestPostgres();
  project.provide('testPostgresUrl', server.url);
  return () => server.stop();
}
