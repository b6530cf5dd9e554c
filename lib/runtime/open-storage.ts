/**
 * The one place a process opens its storage: it creates the data directory, opens the store
 * `DATABASE_URL` selects (migrated) and loads the data key, once. The server, `npm run outbox`
 * and `npm run staff` each start here, and hand what it opened to everything else as arguments.
 */
import 'server-only';
import { loadDataKey } from '@/lib/crypto/data-key';
import { ensureDataDirectory } from '@/lib/data-directory';
import type { Env } from '@/lib/env';
import { openStore, type Store } from '@/lib/storage/store';

export type Storage = { store: Store; dataKey: Buffer; close(): Promise<void> };

/**
 * Opens the store and loads the data key. Rejects if either cannot be had (the store closed
 * again), so a server stops at once with the reason.
 */
export async function openStorage(env: Pick<Env, 'dataDir' | 'storage' | 'delivery'>): Promise<Storage> {
  // DATA_DIR holds the data key and the demo's mailbox with either store, and SQLite's file.
  ensureDataDirectory(env.dataDir);
  const store = openStore(env.storage, env.dataDir);
  try {
    await store.ready;
    return { store, dataKey: loadDataKey(env.delivery.dataKey), close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
