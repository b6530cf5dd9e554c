/**
 * The retention repository contract (`testing/retention-repository-contract.ts`) on each
 * store, a real SQLite file and a real PostgreSQL database, fresh for each test.
 */
import { describeRetentionRepositoryContract } from '@/testing/retention-repository-contract';
import { openTestStore } from '@/testing/test-stores';

for (const [name, kind] of [['SQLite', 'sqlite'], ['PostgreSQL', 'postgres']] as const) {
  describeRetentionRepositoryContract(name, async () => {
    const { store, cleanup } = await openTestStore(kind);
    return { ...store, close: cleanup };
  });
}
