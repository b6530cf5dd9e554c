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
import { createCaseRepository } from '@/lib/storage/case-repository';
import { createCheckBackRepository } from '@/lib/storage/check-back-repository';
import { createDeliveryRepository } from '@/lib/storage/delivery-repository';
import { openPostgres } from '@/lib/storage/postgres-database';
import { createRetentionRepository } from '@/lib/storage/retention-repository';
import { postgresPort, sqlitePort, type SqlPort } from '@/lib/storage/sql-port';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { createStaffRepository } from '@/lib/storage/staff-repository';

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
    return { kind: 'postgres', ...repositories(postgresPort(db)), ready: db.ready };
  }
  return { kind: 'sqlite', ...repositories(sqlitePort(openDatabase(databaseFile(dataDir)))), ready: Promise.resolve() };
}

/** Every repository over one port: the same code on either store. */
export function repositories(port: SqlPort): Omit<Store, 'kind' | 'ready'> {
  return {
    delivery: createDeliveryRepository(port),
    staff: createStaffRepository(port),
    cases: createCaseRepository(port),
    checkBack: createCheckBackRepository(port),
    retention: createRetentionRepository(port),
    close: () => port.close(),
  };
}
