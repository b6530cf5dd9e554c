/** Types of scripts/test-postgres.mjs, for the TypeScript tests and bench that start one. */
export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`: the superuser on the default database. */
  url: string;
  /** Fast shutdown (open sessions are ended), then the cluster's directory is deleted. */
  stop(): Promise<void>;
}

export function findPostgresBin(): string;

export function startTestPostgres(options?: { maxConnections?: number; timeoutMs?: number }): Promise<TestPostgres>;
