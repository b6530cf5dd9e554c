/**
 * This process's shared state (see `shared-state.ts`): in memory on SQLite, one instance; in
 * PostgreSQL when `DATABASE_URL` names one, so every instance counts together. Kept on
 * `globalThis`, like the other runtimes: Next.js loads routes as separate module graphs in one
 * process, and they must all count in the same place.
 */
import 'server-only';
import { getEnv, type Env } from '@/lib/env';
import { createMemorySharedState, type SharedState } from '@/lib/security/shared-state';
import { openPostgres } from '@/lib/storage/postgres-database';
import { createPostgresSharedState } from '@/lib/storage/postgres-shared-state';

const RUNTIME = Symbol.for('get-help-with-intimate-image-abuse.shared-state');
type Holder = { [RUNTIME]?: SharedState };

/** The limits shared by everything in this process (and, on PostgreSQL, by every instance). */
export function sharedState(env: Env = getEnv()): SharedState {
  const holder = globalThis as Holder;
  holder[RUNTIME] ??=
    env.storage.kind === 'postgres'
      ? createPostgresSharedState(
          // A small pool of its own: each check is one short transaction.
          openPostgres(env.storage.url, { maxConnections: 4 }),
        )
      : createMemorySharedState();
  return holder[RUNTIME];
}
