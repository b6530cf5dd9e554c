/**
 * Opens the staff side's storage for one process: the store `DATABASE_URL` selects (SQLite's
 * file in DATA_DIR, or PostgreSQL), with its staff, case and check-back repositories, and the
 * data key that encrypts notes and TOTP secrets. The server and `npm run staff` both start here.
 */
import 'server-only';
import { ensureDataDirectory } from '@/lib/data-directory';
import { loadDataKey } from '@/lib/delivery/data-key';
import type { Env } from '@/lib/env';
import { openStore, type Store } from '@/lib/storage/store';
import type { StaffRepository } from '@/lib/staff/repository';

export type StaffStorage = { store: Store; staff: StaffRepository; dataKey: Buffer; close(): Promise<void> };

export function openStaffStorage(env: Env): StaffStorage {
  ensureDataDirectory(env.dataDir);
  const store = openStore(env.storage, env.dataDir);
  try {
    return { store, staff: store.staff, dataKey: loadDataKey(env.delivery.dataKey), close: () => store.close() };
  } catch (error) {
    void store.close();
    throw error;
  }
}
