/**
 * The retention repository contract (`lib/retention/retention-repository-contract.ts`) on a real
 * SQLite file, fresh for each test: the same cases PostgreSQL runs in
 * `postgres-retention-repository.test.ts`.
 */
import { describeRetentionRepositoryContract } from '@/lib/testing/retention-repository-contract';
import { openTestStore } from '@/lib/testing/test-stores';

describeRetentionRepositoryContract('SQLite', async () => {
  const { store, cleanup } = await openTestStore('sqlite');
  return { ...store, close: cleanup };
});
