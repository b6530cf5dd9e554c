/**
 * Opens the staff side's storage for one process: the referrals' database file (migrated), as
 * the staff repository, the case repository and the data key that encrypts notes and TOTP
 * secrets. The server and `npm run staff` both start here.
 */
import 'server-only';
import { ensureDataDirectory } from '@/lib/data-directory';
import { loadDataKey } from '@/lib/delivery/data-key';
import { databaseFile } from '@/lib/delivery/delivery-runtime';
import type { Env } from '@/lib/env';
import { openDatabase, type SqliteDatabase } from '@/lib/storage/sqlite-database';
import { createSqliteStaffRepository } from '@/lib/storage/sqlite-staff-repository';
import type { StaffRepository } from '@/lib/staff/repository';

export type StaffStorage = { db: SqliteDatabase; staff: StaffRepository; dataKey: Buffer; close(): void };

export function openStaffStorage(env: Env): StaffStorage {
  ensureDataDirectory(env.dataDir);
  const db = openDatabase(databaseFile(env.dataDir));
  try {
    return { db, staff: createSqliteStaffRepository(db), dataKey: loadDataKey(env.delivery.dataKey), close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
