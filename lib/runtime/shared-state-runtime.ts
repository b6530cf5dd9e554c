/**
 * The shared state of one process (see `lib/security/shared-state.ts`): in memory on SQLite, one
 * instance; in PostgreSQL when `DATABASE_URL` names one, so every instance counts together.
 */
import 'server-only';
import type { Env } from '@/lib/env';
import { createMemorySharedState, type SharedState } from '@/lib/security/shared-state';
import { openPostgres } from '@/lib/storage/postgres-database';
import { createPostgresSharedState } from '@/lib/storage/postgres-shared-state';

/** The limits shared by everything in this process (and, on PostgreSQL, by every instance). */
export function openSharedState(env: Pick<Env, 'storage'>): { state: SharedState; close(): Promise<void> } {
  if (env.storage.kind !== 'postgres') return { state: createMemorySharedState(), close: async () => {} };
  // A small pool of its own: each check is one short transaction, and a flood of them must not
  // queue behind the store's work (or the store's behind them).
  const db = openPostgres(env.storage.url, { maxConnections: 4 });
  return { state: createPostgresSharedState(db), close: () => db.close() };
}
