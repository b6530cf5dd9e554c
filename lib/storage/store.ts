/**
 * The one place that chooses the store: SQLite in `DATA_DIR` (the single-instance default), or
 * PostgreSQL when `DATABASE_URL` names one (several instances on one database). Everything else
 * (the server's runtimes, `npm run outbox`, `npm run staff`) opens its storage here and sees only
 * the repository interfaces, which both stores implement and one contract suite tests
 * (`lib/storage/store-contract.test.ts`).
 */
import 'server-only';
import path from 'node:path';
import type { CheckBackRepository } from '@/lib/check-back/repository';
import type { DeliveryRepository } from '@/lib/delivery/repository';
import type { StorageEnv } from '@/lib/env';
import type { CaseRepository } from '@/lib/cases/case-repository';
import type { RetentionRepository } from '@/lib/retention/repository';
import type { StaffRepository } from '@/lib/staff/repository';
import { createPostgresCaseRepository } from '@/lib/storage/postgres-case-repository';
import { createPostgresCheckBackRepository } from '@/lib/storage/postgres-check-back-repository';
import { openPostgres } from '@/lib/storage/postgres-database';
import { createPostgresDeliveryRepository } from '@/lib/storage/postgres-delivery-repository';
import { createPostgresRetentionRepository } from '@/lib/storage/postgres-retention-repository';
import { createPostgresStaffRepository } from '@/lib/storage/postgres-staff-repository';
import { createSqliteCaseRepository } from '@/lib/storage/sqlite-case-repository';
import { createSqliteCheckBackRepository } from '@/lib/storage/sqlite-check-back-repository';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { createSqliteDeliveryRepository } from '@/lib/storage/sqlite-delivery-repository';
import { createSqliteRetentionRepository } from '@/lib/storage/sqlite-retention-repository';
import { createSqliteStaffRepository } from '@/lib/storage/sqlite-staff-repository';

export type Store = {
  kind: StorageEnv['kind'];
  delivery: DeliveryRepository;
  staff: StaffRepository;
  cases: CaseRepository;
  checkBack: CheckBackRepository;
  retention: RetentionRepository;
  /** Resolves when the store is open and its schema migrated; rejects with why it could not be. */
  ready: Promise<void>;
  /** Closes this store's connection (SQLite's file, or PostgreSQL's pool). */
  close(): Promise<void>;
};

/** The SQLite database file inside a data directory. */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'referrals.sqlite');
}

/**
 * Opens the store `storage` selects, with its own connection: SQLite's file in `dataDir`
 * (created and migrated now, or a thrown error), or a PostgreSQL pool (migrated in the
 * background: await `ready` to know it worked).
 */
export function openStore(storage: StorageEnv, dataDir: string): Store {
  if (storage.kind === 'postgres') {
    const db = openPostgres(storage.url);
    return {
      kind: 'postgres',
      delivery: createPostgresDeliveryRepository(db),
      staff: createPostgresStaffRepository(db),
      cases: createPostgresCaseRepository(db),
      checkBack: createPostgresCheckBackRepository(db),
      retention: createPostgresRetentionRepository(db),
      ready: db.ready,
      close: () => db.close(),
    };
  }
  const db = openDatabase(databaseFile(dataDir));
  return {
    kind: 'sqlite',
    delivery: createSqliteDeliveryRepository(db),
    staff: createSqliteStaffRepository(db),
    cases: createSqliteCaseRepository(db),
    checkBack: createSqliteCheckBackRepository(db),
    retention: createSqliteRetentionRepository(db),
    ready: Promise.resolve(),
    close: async () => {
      db.close();
    },
  };
}
