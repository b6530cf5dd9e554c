/**
 * The retention repository contract (`lib/retention/retention-repository-contract.ts`) on a real
 * PostgreSQL database, fresh for each test: the same cases SQLite runs in
 * `sqlite-retention-repository.test.ts`.
 */
import { describeRetentionRepositoryContract } from '@/lib/testing/retention-repository-contract';
import { openTestStore } from '@/lib/testing/test-stores';

describeRetentionRepositoryContract('PostgreSQL', async () => {
  const { store, cleanup } = await openTestStore('postgres');
  return { ...store, close: cleanup };
});
